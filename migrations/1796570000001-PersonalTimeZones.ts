import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's own time zone: people travel and take part remotely, so "your time" beside a process's time is the
 * zone they chose, not only the browser's. Null until chosen (the browser's zone is used). The API accepts only
 * zones the runtime's IANA data knows; the check keeps the column to the shape of an IANA name ("Area/Location",
 * or a single word such as "UTC"), so nothing else reaches it whatever writes the row.
 */
export class PersonalTimeZones1796570000001 implements MigrationInterface {
  name = 'PersonalTimeZones1796570000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "time_zone" character varying(64), ADD CONSTRAINT "users_time_zone_check" CHECK ("time_zone" ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_time_zone_check", DROP COLUMN "time_zone"`);
  }
}
