/**
 * Writes apps/api/openapi.json from the API's decorators and apps/web/src/api/schema.d.ts from it.
 * A test fails when either committed file differs from what this writes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/config';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';
import { ensureAppLogin, runMigrations, urlWithCredentials } from '../apps/api/src/migrate';
import { CLIENT_TYPES_FILE, OPENAPI_FILE, renderContract } from '../apps/api/src/openapi/contract';
import { findPort } from './lib/ports';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-openapi-'));
  const db = await startEmbeddedPostgres({ dataDir: dir, port: await findPort(), fast: true });
  try {
    await runMigrations(db.ownerUrl);
    await ensureAppLogin(db.ownerUrl, 'common_ground_app', db.secrets.appPassword);
    const app = await createApp(loadConfig({ NODE_ENV: 'test' }), urlWithCredentials(db.ownerUrl, 'common_ground_app', db.secrets.appPassword), db.secrets.sessionSecret);
    await app.init();
    const { json, types } = await renderContract(app);
    await app.close();
    fs.writeFileSync(OPENAPI_FILE, json);
    fs.mkdirSync(path.dirname(CLIENT_TYPES_FILE), { recursive: true });
    fs.writeFileSync(CLIENT_TYPES_FILE, types);
    console.log(`Wrote ${OPENAPI_FILE} and ${CLIENT_TYPES_FILE}`);
  } finally {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
