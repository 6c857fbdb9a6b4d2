// Browser tests: the built API (serving the built web app) in a child process, driven with Chromium.
import { preset } from '../../../jest.preset.mjs';

export default preset({
  displayName: 'web-e2e',
  roots: ['<rootDir>/apps/web/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/apps/web/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/web/e2e/support/global-teardown.ts',
});
