import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796520000001 implements MigrationInterface {
  name = 'Notifications1796520000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "process_id" uuid, "kind" character varying(40) NOT NULL, "object_type" character varying(40) NOT NULL, "object_id" uuid NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "path" character varying(500) NOT NULL, "dedupe_key" character varying(300) NOT NULL, "delivery" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "digested_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notifications_delivery_check" CHECK ("delivery" IN ('inApp', 'email', 'digest')), CONSTRAINT "PK_notifications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_once_key" ON "notifications" ("user_id", "dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "notifications_user_idx" ON "notifications" ("user_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications" ("user_id") WHERE read_at IS NULL`);
    await queryRunner.query(
      `CREATE INDEX "notifications_digest_idx" ON "notifications" ("user_id", "created_at") WHERE delivery = 'digest' AND digested_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_ff8a9bf1b558104a843964c01ec" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_e0ae5e7825f20d6f0749c513a60" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "delivery" character varying(8) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_preferences_delivery_check" CHECK ("delivery" IN ('inApp', 'email', 'digest', 'off')), CONSTRAINT "PK_notification_preferences" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // A person reads their own notifications and marks them read (or digested); producers only insert,
    // inside the transaction of the workspace the notification belongs to. Nobody deletes through the app.
    await queryRunner.query(`GRANT SELECT, INSERT ON "notifications" TO cg_app`);
    await queryRunner.query(`GRANT UPDATE ("read_at", "digested_at") ON "notifications" TO cg_app`);
    await queryRunner.query(`ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "notifications" FORCE ROW LEVEL SECURITY`);
    // INSERT … ON CONFLICT checks the new row against the SELECT policies too (PostgreSQL 18), so the
    // producer's workspace transaction must see the rows it writes; the app reads the inbox only with
    // user_id = the signed-in person, and only the person may update.
    await queryRunner.query(
      `CREATE POLICY notifications_read ON "notifications" FOR SELECT USING ("user_id" = app_user_id() OR "workspace_id" = app_workspace_id())`,
    );
    await queryRunner.query(
      `CREATE POLICY notifications_produce ON "notifications" FOR INSERT WITH CHECK ("workspace_id" = app_workspace_id())`,
    );
    await queryRunner.query(
      `CREATE POLICY notifications_mark ON "notifications" FOR UPDATE USING ("user_id" = app_user_id()) WITH CHECK ("user_id" = app_user_id())`,
    );

    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "notification_preferences" TO cg_app`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" FORCE ROW LEVEL SECURITY`);
    // A producer decides how each recipient hears of a change, so it reads the choices of the members of
    // the workspace it acts in; only the person changes theirs.
    await queryRunner.query(
      `CREATE POLICY notification_preferences_read ON "notification_preferences" FOR SELECT USING ("user_id" = app_user_id() OR EXISTS (SELECT 1 FROM workspace_members m WHERE m.user_id = "notification_preferences"."user_id" AND m.workspace_id = app_workspace_id()))`,
    );
    await queryRunner.query(
      `CREATE POLICY notification_preferences_insert ON "notification_preferences" FOR INSERT WITH CHECK ("user_id" = app_user_id())`,
    );
    await queryRunner.query(
      `CREATE POLICY notification_preferences_update ON "notification_preferences" FOR UPDATE USING ("user_id" = app_user_id()) WITH CHECK ("user_id" = app_user_id())`,
    );
    await queryRunner.query(
      `CREATE POLICY notification_preferences_delete ON "notification_preferences" FOR DELETE USING ("user_id" = app_user_id())`,
    );

    // The digest job learns whom to write to without reading anyone's notifications: ids only.
    await queryRunner.query(
      `CREATE FUNCTION notification_digest_recipients() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT DISTINCT user_id FROM notifications WHERE delivery = 'digest' AND digested_at IS NULL $$`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION notification_digest_recipients() FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION notification_digest_recipients() TO cg_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION notification_digest_recipients()`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
