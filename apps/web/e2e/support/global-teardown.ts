import fs from 'node:fs';
import { stopServer } from './server';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.cgE2eServer;
  if (!server) return;
  await stopServer(server.child);
  if (process.env.CG_E2E_KEEP_DATA !== '1') fs.rmSync(server.dataDir, { recursive: true, force: true });
  globalThis.cgE2eServer = undefined;
}
