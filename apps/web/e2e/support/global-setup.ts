import { launchChromium, assertChromium } from './chromium';
import { startServer } from './server';

export default async function globalSetup(): Promise<void> {
  assertChromium();
  const server = await startServer();
  globalThis.cgE2eServer = server;
  process.env.CG_E2E_BASE_URL = server.baseUrl;
  process.env.CG_E2E_OWNER_DATABASE_URL = server.ownerDatabaseUrl;
  // The first Chromium start on a machine is slow; pay it once here, not in a test's timeout.
  const browser = await launchChromium();
  await browser.close();
}
