import { preset } from '../../jest.preset.mjs';

export default preset({
  displayName: 'api',
  roots: ['<rootDir>/apps/api/src', '<rootDir>/apps/api/test'],
  testMatch: ['**/*.spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
});
