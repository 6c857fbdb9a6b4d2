import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDataSource } from '../src/database/data-source';
import { CLIENT_TYPES_FILE, OPENAPI_FILE, renderContract } from '../src/openapi/contract';
import { ownerDatabaseUrl, startTestApp, type TestApp } from './harness';

describe('contract and schema checks', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  it('has a committed OpenAPI document and web client identical to what the code generates (run npm run openapi)', async () => {
    const { json, types } = await renderContract(server.app);
    expect(fs.readFileSync(OPENAPI_FILE, 'utf8')).toBe(json);
    expect(fs.readFileSync(CLIENT_TYPES_FILE, 'utf8')).toBe(types);
  });

  it('has migrations that match the entities: generating a migration would produce nothing', async () => {
    const dataSource = createDataSource(ownerDatabaseUrl(), 1);
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
