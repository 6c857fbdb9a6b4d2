import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1796490000000 implements MigrationInterface {
  name = 'MailOutbox1796490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outgoing_mails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" character varying(300) NOT NULL, "workspace_id" uuid, "recipient_user_id" uuid, "to_address" character varying(254) NOT NULL, "locale" character varying(16) NOT NULL DEFAULT 'en', "template" character varying(40) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "failed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_outgoing_mails" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "outgoing_mails_dedupe_key" ON "outgoing_mails" ("dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "outgoing_mails_unsent_idx" ON "outgoing_mails" ("created_at") WHERE sent_at IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "outgoing_mails" ADD CONSTRAINT "FK_49b9de5b7c9c03b5f58893d24cd" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outgoing_mails" ADD CONSTRAINT "FK_80b9eee6cdb52cf2d932f6e30ff" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "outgoing_mails" TO cg_app`);
    await queryRunner.query(`ALTER TABLE "outgoing_mails" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "outgoing_mails" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant ON "outgoing_mails" USING ("workspace_id" = app_workspace_id() OR ("workspace_id" IS NULL AND "recipient_user_id" = app_user_id())) WITH CHECK ("workspace_id" = app_workspace_id() OR ("workspace_id" IS NULL AND "recipient_user_id" = app_user_id()))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outgoing_mails"`);
  }
}
