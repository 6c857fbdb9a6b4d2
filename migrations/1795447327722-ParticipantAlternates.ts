import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantAlternates1795447327722 implements MigrationInterface {
  name = 'ParticipantAlternates1795447327722';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "process_members" ADD "alternate_for" uuid`);
    await queryRunner.query(`ALTER TABLE "process_members" ADD CONSTRAINT "FK_b6367b226296ff5646440bd603c" FOREIGN KEY ("alternate_for") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "process_members" DROP CONSTRAINT "FK_b6367b226296ff5646440bd603c"`);
    await queryRunner.query(`ALTER TABLE "process_members" DROP COLUMN "alternate_for"`);
  }
}
