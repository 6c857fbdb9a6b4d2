import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AcquaintAgreements1795444348064 implements MigrationInterface {
  name = 'AcquaintAgreements1795444348064';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ground_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'proposed', "position" integer NOT NULL, "proposed_by" uuid NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE, "decision" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_56a9dae9d30632747d33fba481e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ground_rules_process_idx" ON "ground_rules"  ("process_id", "position") `);
    await queryRunner.query(`CREATE TABLE "ground_rule_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "rule_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "status" character varying(16) NOT NULL, "changed_by" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "note" text, CONSTRAINT "PK_3589d833e0c3a2a649d1a09568e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ground_rule_changes_rule_idx" ON "ground_rule_changes"  ("rule_id", "changed_at") `);
    await queryRunner.query(`CREATE TABLE "accountability_entries" ("process_id" uuid NOT NULL, "user_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "accountable_to" character varying(200) NOT NULL, "constituency" character varying(200) NOT NULL, "channel" character varying(200) NOT NULL, "frequency" character varying(24) NOT NULL, "last_reported_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8ad9492e051f9d0fe49856b2bf" PRIMARY KEY ("process_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "grievance_procedures" ("process_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "handlers" text NOT NULL, "acknowledge_days" smallint NOT NULL, "respond_days" smallint NOT NULL, "escalation_path" text NOT NULL, "appeal_procedure" text NOT NULL, "inactive_participant_procedure" text NOT NULL, "undermining_behaviour_procedure" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42e529222bc868bacfbf106df3c" PRIMARY KEY ("process_id"))`);
    await queryRunner.query(`CREATE TABLE "confidentiality_regimes" ("process_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "default_mode" character varying(24) NOT NULL, "media_spokespeople" text NOT NULL, "external_communication" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_76d71d02b96b460cf015b0e8363" PRIMARY KEY ("process_id"))`);
    await queryRunner.query(`CREATE TABLE "charter_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version_id" uuid NOT NULL, "section_key" character varying(40) NOT NULL, "body" text NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e789110194b4ccad04953ace5bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "charter_comments_version_idx" ON "charter_comments"  ("version_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "charter_amendments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version_id" uuid NOT NULL, "section_key" character varying(40) NOT NULL, "proposed_text" text NOT NULL, "rationale" text, "status" character varying(16) NOT NULL DEFAULT 'open', "decision_reason" text, "author_id" uuid NOT NULL, "decided_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_eb313ffcb9c748cbffbd553ba6f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "charter_amendments_version_idx" ON "charter_amendments"  ("version_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "charter_declines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_528383295affdcfa342d235537c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "charter_declines_once_key" ON "charter_declines"  ("version_id", "user_id") `);
    await queryRunner.query(`ALTER TABLE "ground_rules" ADD CONSTRAINT "FK_f1d6336228ab3cf664c2c5d6edb" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ground_rules" ADD CONSTRAINT "FK_8408685715fb0813cbe373ae5c2" FOREIGN KEY ("proposed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ground_rules" ADD CONSTRAINT "FK_be90d3f3ce0172bd1cc39be40a6" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ground_rule_changes" ADD CONSTRAINT "FK_84f8a119e80fc521c7b45f53bb2" FOREIGN KEY ("rule_id") REFERENCES "ground_rules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ground_rule_changes" ADD CONSTRAINT "FK_4203b6ce5b5d51729d1e76b5fa2" FOREIGN KEY ("changed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ground_rule_changes" ADD CONSTRAINT "FK_a74d273145249b4f80af0836933" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "accountability_entries" ADD CONSTRAINT "FK_a69b976f959321c851bc819a832" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "accountability_entries" ADD CONSTRAINT "FK_a124148dc9271cb946a73b49f11" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "accountability_entries" ADD CONSTRAINT "FK_01c5e9022ea4082c24c271a53ad" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grievance_procedures" ADD CONSTRAINT "FK_42e529222bc868bacfbf106df3c" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grievance_procedures" ADD CONSTRAINT "FK_7bf0d3dd6af8be1ba0550e9335a" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "confidentiality_regimes" ADD CONSTRAINT "FK_76d71d02b96b460cf015b0e8363" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "confidentiality_regimes" ADD CONSTRAINT "FK_ea3e38bf1481fbb819ce1894af6" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_comments" ADD CONSTRAINT "FK_e7e2744a2c042c10603bf103446" FOREIGN KEY ("version_id") REFERENCES "charter_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_comments" ADD CONSTRAINT "FK_baa63c91436585702b0941aeb37" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_comments" ADD CONSTRAINT "FK_088b23bebfca3b8c4b482d21ba9" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_amendments" ADD CONSTRAINT "FK_29544a54952186a407e0f9a064d" FOREIGN KEY ("version_id") REFERENCES "charter_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_amendments" ADD CONSTRAINT "FK_cff85fbe46c06fae17c9c54f864" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_amendments" ADD CONSTRAINT "FK_c992623d3c513098d0d72d37559" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_amendments" ADD CONSTRAINT "FK_085280a786ab3961d20374d5869" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_declines" ADD CONSTRAINT "FK_cdd343510ac6feec1ce4a6eb34a" FOREIGN KEY ("version_id") REFERENCES "charter_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_declines" ADD CONSTRAINT "FK_18940f068428b0c085218bb1c97" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "charter_declines" ADD CONSTRAINT "FK_feadec2432f325f9165c44530be" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const table of ['charter_comments', 'charter_amendments', 'charter_declines', 'ground_rules', 'ground_rule_changes', 'accountability_entries', 'grievance_procedures', 'confidentiality_regimes']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant ON "${table}" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "charter_declines" DROP CONSTRAINT "FK_feadec2432f325f9165c44530be"`);
    await queryRunner.query(`ALTER TABLE "charter_declines" DROP CONSTRAINT "FK_18940f068428b0c085218bb1c97"`);
    await queryRunner.query(`ALTER TABLE "charter_declines" DROP CONSTRAINT "FK_cdd343510ac6feec1ce4a6eb34a"`);
    await queryRunner.query(`ALTER TABLE "charter_amendments" DROP CONSTRAINT "FK_085280a786ab3961d20374d5869"`);
    await queryRunner.query(`ALTER TABLE "charter_amendments" DROP CONSTRAINT "FK_c992623d3c513098d0d72d37559"`);
    await queryRunner.query(`ALTER TABLE "charter_amendments" DROP CONSTRAINT "FK_cff85fbe46c06fae17c9c54f864"`);
    await queryRunner.query(`ALTER TABLE "charter_amendments" DROP CONSTRAINT "FK_29544a54952186a407e0f9a064d"`);
    await queryRunner.query(`ALTER TABLE "charter_comments" DROP CONSTRAINT "FK_088b23bebfca3b8c4b482d21ba9"`);
    await queryRunner.query(`ALTER TABLE "charter_comments" DROP CONSTRAINT "FK_baa63c91436585702b0941aeb37"`);
    await queryRunner.query(`ALTER TABLE "charter_comments" DROP CONSTRAINT "FK_e7e2744a2c042c10603bf103446"`);
    await queryRunner.query(`ALTER TABLE "confidentiality_regimes" DROP CONSTRAINT "FK_ea3e38bf1481fbb819ce1894af6"`);
    await queryRunner.query(`ALTER TABLE "confidentiality_regimes" DROP CONSTRAINT "FK_76d71d02b96b460cf015b0e8363"`);
    await queryRunner.query(`ALTER TABLE "grievance_procedures" DROP CONSTRAINT "FK_7bf0d3dd6af8be1ba0550e9335a"`);
    await queryRunner.query(`ALTER TABLE "grievance_procedures" DROP CONSTRAINT "FK_42e529222bc868bacfbf106df3c"`);
    await queryRunner.query(`ALTER TABLE "accountability_entries" DROP CONSTRAINT "FK_01c5e9022ea4082c24c271a53ad"`);
    await queryRunner.query(`ALTER TABLE "accountability_entries" DROP CONSTRAINT "FK_a124148dc9271cb946a73b49f11"`);
    await queryRunner.query(`ALTER TABLE "accountability_entries" DROP CONSTRAINT "FK_a69b976f959321c851bc819a832"`);
    await queryRunner.query(`ALTER TABLE "ground_rule_changes" DROP CONSTRAINT "FK_a74d273145249b4f80af0836933"`);
    await queryRunner.query(`ALTER TABLE "ground_rule_changes" DROP CONSTRAINT "FK_4203b6ce5b5d51729d1e76b5fa2"`);
    await queryRunner.query(`ALTER TABLE "ground_rule_changes" DROP CONSTRAINT "FK_84f8a119e80fc521c7b45f53bb2"`);
    await queryRunner.query(`ALTER TABLE "ground_rules" DROP CONSTRAINT "FK_be90d3f3ce0172bd1cc39be40a6"`);
    await queryRunner.query(`ALTER TABLE "ground_rules" DROP CONSTRAINT "FK_8408685715fb0813cbe373ae5c2"`);
    await queryRunner.query(`ALTER TABLE "ground_rules" DROP CONSTRAINT "FK_f1d6336228ab3cf664c2c5d6edb"`);
    await queryRunner.query(`DROP INDEX "public"."charter_declines_once_key"`);
    await queryRunner.query(`DROP TABLE "charter_declines"`);
    await queryRunner.query(`DROP INDEX "public"."charter_amendments_version_idx"`);
    await queryRunner.query(`DROP TABLE "charter_amendments"`);
    await queryRunner.query(`DROP INDEX "public"."charter_comments_version_idx"`);
    await queryRunner.query(`DROP TABLE "charter_comments"`);
    await queryRunner.query(`DROP TABLE "confidentiality_regimes"`);
    await queryRunner.query(`DROP TABLE "grievance_procedures"`);
    await queryRunner.query(`DROP TABLE "accountability_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ground_rule_changes_rule_idx"`);
    await queryRunner.query(`DROP TABLE "ground_rule_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ground_rules_process_idx"`);
    await queryRunner.query(`DROP TABLE "ground_rules"`);
  }
}
