import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrail1796487190001 implements MigrationInterface {
  name = 'AuditTrail1796487190001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("workspace_id" uuid NOT NULL, "seq" bigint NOT NULL, "process_id" uuid, "actor_id" uuid, "object_type" character varying(40) NOT NULL, "action" character varying(40) NOT NULL, "object_id" character varying(100) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "canonical" text NOT NULL, "prev_hash" bytea NOT NULL, "hash" bytea NOT NULL, CONSTRAINT "audit_events_prev_hash_key" UNIQUE ("workspace_id", "prev_hash"), CONSTRAINT "audit_events_pkey" PRIMARY KEY ("workspace_id", "seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events"  ("workspace_id", "actor_id", "seq") `);
    await queryRunner.query(
      `CREATE INDEX "audit_events_object_idx" ON "audit_events"  ("workspace_id", "object_type", "object_id", "seq") `,
    );
    await queryRunner.query(`CREATE INDEX "audit_events_process_idx" ON "audit_events"  ("workspace_id", "process_id", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "audit_chain_heads" ("workspace_id" uuid NOT NULL, "seq" bigint NOT NULL, "hash" bytea NOT NULL, CONSTRAINT "audit_chain_heads_pkey" PRIMARY KEY ("workspace_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_ce538042f1afc3b80bfa0fb2de2" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_chain_heads" ADD CONSTRAINT "FK_b86709bcdd93ac6b6fe6edf40e1" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // Append-only for the app: it may read and add links, never change or remove one. The grants say so,
    // and triggers say it again for any role that still holds the right (an owner must first disable them,
    // which is what the tamper test does and what verification then catches).
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM cg_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_events" TO cg_app`);
    await queryRunner.query(`REVOKE DELETE, TRUNCATE ON "audit_chain_heads" FROM cg_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "audit_chain_heads" TO cg_app`);
    await queryRunner.query(
      `CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant ON "audit_events" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`,
    );
    await queryRunner.query(`ALTER TABLE "audit_chain_heads" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_chain_heads" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant ON "audit_chain_heads" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_no_truncate ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER audit_events_no_change ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`ALTER TABLE "audit_chain_heads" DROP CONSTRAINT "FK_b86709bcdd93ac6b6fe6edf40e1"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_ce538042f1afc3b80bfa0fb2de2"`);
    await queryRunner.query(`DROP TABLE "audit_chain_heads"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_process_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_object_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
