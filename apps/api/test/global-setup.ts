import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ensureAppLogin, runMigrations, urlWithCredentials } from '../src/migrate';
import { findPort } from '../src/database/ports';

async function createDatabase(ownerUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

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
  // The mail tests work the job queue: they get a database of their own in the same server, so their worker
  // neither sends the mail every other file queues nor competes with it (see mail.spec.ts).
  const mailOwnerUrl = await createDatabase(db.ownerUrl, 'cg_mail_test');
  await runMigrations(mailOwnerUrl);
  process.env.CG_TEST_MAIL_OWNER_URL = mailOwnerUrl;
  process.env.CG_TEST_MAIL_APP_URL = urlWithCredentials(mailOwnerUrl, 'common_ground_app', db.secrets.appPassword);
  (globalThis as Record<string, unknown>).__cgTestDb = { db, dataDir };
}
