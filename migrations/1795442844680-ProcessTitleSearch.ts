import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Title search (ILIKE '%term%') scanned every process of a workspace. A trigram GIN index over
 * (workspace_id, title) answers it from the index. pg_trgm and btree_gin are trusted extensions
 * (PostgreSQL ≥ 13): the schema owner may create them without superuser rights.
 */
export class ProcessTitleSearch1795442844680 implements MigrationInterface {
  name = 'ProcessTitleSearch1795442844680';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gin');
    await queryRunner.query('CREATE INDEX "processes_title_search_idx" ON "processes" USING gin ("workspace_id", "title" gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "processes_title_search_idx"');
  }
}
