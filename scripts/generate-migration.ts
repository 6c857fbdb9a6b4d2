/**
 * Writes a migration with the SQL that brings a database migrated to the latest committed migration
 * in line with the entities. Usage: npm run migration:generate -- AddStakeholders
 * Runs against a throw-away embedded PostgreSQL, so it needs no server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../apps/api/src/data-source';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';
import { runMigrations } from '../apps/api/src/migrate';
import { findPort } from './lib/ports';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- <PascalCaseName>');
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-migration-'));
  const db = await startEmbeddedPostgres({ dataDir: dir, port: await findPort(), fast: true });
  try {
    await runMigrations(db.ownerUrl);
    const dataSource = createDataSource(db.ownerUrl, 1);
    await dataSource.initialize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (query: string) => '`' + query.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = [...sql.downQueries].reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const file = path.join('migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}; add ${name}${timestamp} to apps/api/src/migration-list.ts, grant cg_app its rights and add row-level security to tenant tables.`);
  } finally {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
