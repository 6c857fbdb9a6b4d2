import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDataSource } from '../src/data-source';
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

  it('names every DTO class once: the OpenAPI document keys schemas by class name, so a second class of the same name would silently replace the first', () => {
    const sourceRoot = path.join(path.dirname(OPENAPI_FILE), 'src');
    const places = new Map<string, string[]>();
    for (const file of fs.readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
      for (const [, name] of fs.readFileSync(path.join(sourceRoot, file), 'utf8').matchAll(/export class (\w+Dto)\b/g)) {
        places.set(name, [...(places.get(name) ?? []), file]);
      }
    }
    expect([...places].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
