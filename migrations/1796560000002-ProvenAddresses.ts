import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-up does not check the address, so anyone can open an account with someone else's. Until the person
 * has proven the address — by using a link mailed to it (an invitation, a password reset, an e-mail change) —
 * the invitations pending for it stay out of their sight: a workspace's name and who invited whom can say
 * too much in the places our users work. Accepting still needs the mailed link, as before.
 */
export class ProvenAddresses1796560000002 implements MigrationInterface {
  name = 'ProvenAddresses1796560000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "email_proven_at" TIMESTAMP WITH TIME ZONE`);
    // People who already accepted an invitation have proven their address.
    await queryRunner.query(
      `UPDATE "users" u SET "email_proven_at" = i."accepted_at" FROM (SELECT "accepted_by", min("accepted_at") AS "accepted_at" FROM "workspace_invitations" WHERE "accepted_by" IS NOT NULL GROUP BY "accepted_by") i WHERE i."accepted_by" = u."id"`,
    );
    await queryRunner.query(`DROP POLICY addressee ON "workspace_invitations"`);
    await queryRunner.query(
      `CREATE POLICY addressee ON "workspace_invitations" FOR SELECT USING ("accepted_at" IS NULL AND "revoked_at" IS NULL AND lower("email") = (SELECT lower("u"."email") FROM "users" "u" WHERE "u"."id" = app_user_id() AND "u"."email_proven_at" IS NOT NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY addressee ON "workspace_invitations"`);
    await queryRunner.query(
      `CREATE POLICY addressee ON "workspace_invitations" FOR SELECT USING ("accepted_at" IS NULL AND "revoked_at" IS NULL AND lower("email") = (SELECT lower("u"."email") FROM "users" "u" WHERE "u"."id" = app_user_id()))`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_proven_at"`);
  }
}
