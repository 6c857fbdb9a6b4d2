import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ensureAppLogin, runMigrations, urlWithCredentials } from '../src/migrate';
import { findPort } from '../src/database/ports';

/** One real PostgreSQL per test run, migrated once; test files share it, each in workspaces of its own. */
export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-test-'));
  const db = await startEmbeddedPostgres({ dataDir, port: await findPort(), fast: true });
  await runMigrations(db.ownerUrl);
  await ensureAppLogin(db.ownerUrl, 'common_ground_app', db.secrets.appPassword);
  process.env.CG_TEST_OWNER_URL = db.ownerUrl;
  // The transaction interceptor notes every successful audited write here; the teardown checks coverage.
  process.env.CG_TEST_AUDIT_LOG ??= path.join(dataDir, 'audited-writes.log');
  process.env.CG_TEST_APP_URL = urlWithCredentials(db.ownerUrl, 'common_ground_app', db.secrets.appPassword);
  (globalThis as Record<string, unknown>).__cgTestDb = { db, dataDir };
}
