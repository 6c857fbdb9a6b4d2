import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "What I need to do" lists the invitations pending for the signed-in person's e-mail address, in
 * workspaces they do not belong to yet. Like the token-hash exception, this is a narrow read-only policy:
 * a pending invitation is visible to the person whose account has the address it was sent to (the
 * transaction's `app.user_id`). Accepting still needs the link's token.
 */
export class InvitationAddressee1796530000001 implements MigrationInterface {
  name = 'InvitationAddressee1796530000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "workspace_invitations_pending_email_idx" ON "workspace_invitations" (lower("email")) WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE POLICY addressee ON "workspace_invitations" FOR SELECT USING ("accepted_at" IS NULL AND "revoked_at" IS NULL AND lower("email") = (SELECT lower("u"."email") FROM "users" "u" WHERE "u"."id" = app_user_id()))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY addressee ON "workspace_invitations"`);
    await queryRunner.query(`DROP INDEX "workspace_invitations_pending_email_idx"`);
  }
}
