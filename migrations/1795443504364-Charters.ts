import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Charters1795443504364 implements MigrationInterface {
  name = 'Charters1795443504364';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "charter_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "number" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "content" jsonb NOT NULL, "content_hash" character(64), "based_on" uuid, "version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "adopted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5458b06a46fb6bc5b78cd7afeb4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "charter_versions_number_key" ON "charter_versions"  ("process_id", "number") `);
    await queryRunner.query(`CREATE TABLE "charter_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version_id" uuid NOT NULL, "signer_id" uuid NOT NULL, "on_behalf_of" uuid NOT NULL, "content_hash" character(64) NOT NULL, "consent_statement" text NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1e3666992c060f7d19159784ac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "charter_signatures_once_key" ON "charter_signatures"  ("version_id", "on_behalf_of") `);
    await queryRunner.query(`ALTER TABLE "processes" ADD "ratification_share_numerator" smallint NOT NULL DEFAULT '2'`);
    await queryRunner.query(`ALTER TABLE "processes" ADD "ratification_share_denominator" smallint NOT NULL DEFAULT '3'`);
    await queryRunner.query(`ALTER TABLE "processes" ADD CONSTRAINT "processes_ratification_share_check" CHECK ("ratification_share_numerator" >= 0 AND "ratification_share_denominator" >= 1 AND "ratification_share_numerator" <= "ratification_share_denominator")`);
    await queryRunner.query(`ALTER TABLE "processes" ADD "ratification_every_indispensable" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "charter_versions" ADD CONSTRAINT "FK_2e045b62282ca31d479ee0da078" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_versions" ADD CONSTRAINT "FK_d592827ff45f6b6ddbf351a7c9d" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_versions" ADD CONSTRAINT "FK_bb8c16e3a054c28620e1b16cbcf" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_signatures" ADD CONSTRAINT "FK_9744586dfec778e9095acd0879a" FOREIGN KEY ("version_id") REFERENCES "charter_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_signatures" ADD CONSTRAINT "FK_c491332ba4d96b0a62feaf31f73" FOREIGN KEY ("signer_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_signatures" ADD CONSTRAINT "FK_d085a1b495aec92aa197a85bbf9" FOREIGN KEY ("on_behalf_of") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_signatures" ADD CONSTRAINT "FK_b1309037a915949f76368e273ca" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // At most one version in the making and one in force per process.
    await queryRunner.query(`CREATE UNIQUE INDEX "charter_versions_open_key" ON "charter_versions" ("process_id") WHERE "status" IN ('draft', 'proposed')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "charter_versions_adopted_key" ON "charter_versions" ("process_id") WHERE "status" = 'adopted'`);
    for (const table of ['charter_versions', 'charter_signatures']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant ON "${table}" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "charter_versions_adopted_key"`);
    await queryRunner.query(`DROP INDEX "charter_versions_open_key"`);
    await queryRunner.query(`ALTER TABLE "charter_signatures" DROP CONSTRAINT "FK_b1309037a915949f76368e273ca"`);
    await queryRunner.query(`ALTER TABLE "charter_signatures" DROP CONSTRAINT "FK_d085a1b495aec92aa197a85bbf9"`);
    await queryRunner.query(`ALTER TABLE "charter_signatures" DROP CONSTRAINT "FK_c491332ba4d96b0a62feaf31f73"`);
    await queryRunner.query(`ALTER TABLE "charter_signatures" DROP CONSTRAINT "FK_9744586dfec778e9095acd0879a"`);
    await queryRunner.query(`ALTER TABLE "charter_versions" DROP CONSTRAINT "FK_bb8c16e3a054c28620e1b16cbcf"`);
    await queryRunner.query(`ALTER TABLE "charter_versions" DROP CONSTRAINT "FK_d592827ff45f6b6ddbf351a7c9d"`);
    await queryRunner.query(`ALTER TABLE "charter_versions" DROP CONSTRAINT "FK_2e045b62282ca31d479ee0da078"`);
    await queryRunner.query(`ALTER TABLE "processes" DROP COLUMN "ratification_every_indispensable"`);
    await queryRunner.query(`ALTER TABLE "processes" DROP CONSTRAINT "processes_ratification_share_check"`);
    await queryRunner.query(`ALTER TABLE "processes" DROP COLUMN "ratification_share_denominator"`);
    await queryRunner.query(`ALTER TABLE "processes" DROP COLUMN "ratification_share_numerator"`);
    await queryRunner.query(`DROP INDEX "public"."charter_signatures_once_key"`);
    await queryRunner.query(`DROP TABLE "charter_signatures"`);
    await queryRunner.query(`DROP INDEX "public"."charter_versions_number_key"`);
    await queryRunner.query(`DROP TABLE "charter_versions"`);
  }
}
