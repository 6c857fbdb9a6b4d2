import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Languages: a person's chosen language (null until they choose: the browser's language is used on screen,
 * English in e-mail), and a process's language for its documents (the charter PDF, later the final report).
 * Both are one of the app's locales (libs/domain/src/locales.ts).
 */
export class Languages1796550000001 implements MigrationInterface {
  name = 'Languages1796550000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "locale" character varying(8), ADD CONSTRAINT "users_locale_check" CHECK ("locale" IN ('en', 'fr', 'es', 'ar'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "processes" ADD "language" character varying(8) NOT NULL DEFAULT 'en', ADD CONSTRAINT "processes_language_check" CHECK ("language" IN ('en', 'fr', 'es', 'ar'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "processes" DROP CONSTRAINT "processes_language_check", DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_locale_check", DROP COLUMN "locale"`);
  }
}
