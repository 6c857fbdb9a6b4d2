// Unit tests of the web app's plain logic (no DOM); the screens are tested in a real browser (e2e/).
import { preset } from '../../jest.preset.mjs';

export default preset({ displayName: 'web', roots: ['<rootDir>/apps/web/src'], testMatch: ['**/*.spec.ts'] });
