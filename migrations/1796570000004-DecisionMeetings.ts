import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A decision taken in a meeting names it; cancelling or deleting the meeting keeps the decision, unlinked. */
export class DecisionMeetings1796570000004 implements MigrationInterface {
  name = 'DecisionMeetings1796570000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_449b70492ca79d469c415a714f3" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_449b70492ca79d469c415a714f3"`);
  }
}
