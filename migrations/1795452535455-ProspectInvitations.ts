import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProspectInvitations1795452535455 implements MigrationInterface {
  name = 'ProspectInvitations1795452535455';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD "prospect_id" uuid`);
    await queryRunner.query(`CREATE INDEX "workspace_invitations_prospect_idx" ON "workspace_invitations"  ("prospect_id") `);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD CONSTRAINT "FK_d5ed90c6e792596266651e96855" FOREIGN KEY ("prospect_id") REFERENCES "prospects"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP CONSTRAINT "FK_d5ed90c6e792596266651e96855"`);
    await queryRunner.query(`DROP INDEX "public"."workspace_invitations_prospect_idx"`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP COLUMN "prospect_id"`);
  }
}
