// The process outlet is shared with the other features' tabs, so it lives in src/context.
export { processPermissions, useProcessOutlet, type ProcessOutlet } from '../../../context/process-context';
