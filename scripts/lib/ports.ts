export { findPort } from '../../apps/api/src/database/ports';
