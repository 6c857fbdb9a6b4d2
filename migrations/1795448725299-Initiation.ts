import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initiation1795448725299 implements MigrationInterface {
  name = 'Initiation1795448725299';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "initiation_key_questions" ("process_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answers" jsonb NOT NULL, CONSTRAINT "PK_2146e77a0231f062441afa74264" PRIMARY KEY ("process_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiation_hosting" ("process_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "model" character varying(16) NOT NULL, "hosts" character varying(200) array NOT NULL, "rotation_note" text NOT NULL, CONSTRAINT "initiation_hosting_model_check" CHECK ("model" IN ('single_host', 'co_hosts', 'rotation')), CONSTRAINT "PK_7db724b6d5385b15647949fcd07" PRIMARY KEY ("process_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiation_mous" ("process_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "text" text NOT NULL, "status" character varying(8) NOT NULL, "agreed_on" date, "parties" character varying(200) array NOT NULL, CONSTRAINT "initiation_mous_status_check" CHECK ("status" IN ('draft', 'agreed')), CONSTRAINT "PK_265041b6c2def0b19ed75fa35e6" PRIMARY KEY ("process_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiation_reality_checks" ("process_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "contingency_plan" text NOT NULL, CONSTRAINT "PK_4b5fa3ccf8b1602dc9292d41d19" PRIMARY KEY ("process_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiation_champions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "affiliation" character varying(200) NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_c3700b10fbc10cd5a3c90c11c08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "initiation_champions_list_idx" ON "initiation_champions"  ("process_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "initiation_core_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "organisation" character varying(200) NOT NULL, "contribution" text NOT NULL, CONSTRAINT "PK_7ce5eea6beeeef3dbf483350d06" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "initiation_core_members_list_idx" ON "initiation_core_members"  ("process_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "initiation_facilitation_resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(24) NOT NULL, "description" character varying(1000) NOT NULL, "secured" boolean NOT NULL DEFAULT false, CONSTRAINT "initiation_facilitation_resources_kind_check" CHECK ("kind" IN ('facilitator', 'facilitation_team', 'venue', 'interpreter', 'training', 'other')), CONSTRAINT "PK_87a6417a423114efc507bd58a00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "initiation_facilitation_resources_list_idx" ON "initiation_facilitation_resources"  ("process_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "initiation_cost_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "item" character varying(300) NOT NULL, "amount" numeric(14,2) NOT NULL, "currency" character varying(3) NOT NULL, CONSTRAINT "initiation_cost_lines_amount_check" CHECK ("amount" >= 0), CONSTRAINT "PK_10dec8526e31bb6cb4e93efa818" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "initiation_cost_lines_list_idx" ON "initiation_cost_lines"  ("process_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "initiation_funding_sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "funder" character varying(200) NOT NULL, "amount" numeric(14,2) NOT NULL, "currency" character varying(3) NOT NULL, "status" character varying(8) NOT NULL, CONSTRAINT "initiation_funding_sources_status_check" CHECK ("status" IN ('secured', 'pledged')), CONSTRAINT "initiation_funding_sources_amount_check" CHECK ("amount" >= 0), CONSTRAINT "PK_91c2ef39e00582f900b73d61a81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "initiation_funding_sources_list_idx" ON "initiation_funding_sources"  ("process_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "initiation_participant_checklists" ("group_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "answers" jsonb NOT NULL, "stance" character varying(24) NOT NULL, "shared_with_conveners" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "initiation_participant_checklists_stance_check" CHECK ("stance" IN ('undecided', 'join', 'join_with_conditions', 'not_join')), CONSTRAINT "PK_520d171a9fbee00aae7abacdada" PRIMARY KEY ("group_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "initiation_participant_checklists_process_idx" ON "initiation_participant_checklists"  ("process_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_key_questions" ADD CONSTRAINT "FK_2146e77a0231f062441afa74264" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_key_questions" ADD CONSTRAINT "FK_e100b1a7e3e291bba06203ff708" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_key_questions" ADD CONSTRAINT "FK_ba4cb82dfe6287c1dcec190fcf9" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_hosting" ADD CONSTRAINT "FK_7db724b6d5385b15647949fcd07" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_hosting" ADD CONSTRAINT "FK_a2742a3804ef3118df778cbe4ac" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_hosting" ADD CONSTRAINT "FK_e0b580522ebbd5d0d63b16e0644" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_mous" ADD CONSTRAINT "FK_265041b6c2def0b19ed75fa35e6" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_mous" ADD CONSTRAINT "FK_088ca988a9e2bfbd2b4390ed8c7" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_mous" ADD CONSTRAINT "FK_510f442d2f81dd2f0d95add6561" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_reality_checks" ADD CONSTRAINT "FK_4b5fa3ccf8b1602dc9292d41d19" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_reality_checks" ADD CONSTRAINT "FK_24c79b5376f5741338f3bf178ff" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_reality_checks" ADD CONSTRAINT "FK_60a24f1c7fd95075be227b684c6" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_champions" ADD CONSTRAINT "FK_a83ab588115ab9e33c027802474" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_champions" ADD CONSTRAINT "FK_b535581863916241137293bada0" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_core_members" ADD CONSTRAINT "FK_045b96c4cd8a01d4eb5f86f030a" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_core_members" ADD CONSTRAINT "FK_38080b0738bec3dfcff5e7b4871" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_facilitation_resources" ADD CONSTRAINT "FK_56c85e4e40822fafa73fcb0e1b1" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_facilitation_resources" ADD CONSTRAINT "FK_60e3f7a1241a9bb8bba60aed190" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_cost_lines" ADD CONSTRAINT "FK_9ba393804152649a358ebe53d17" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_cost_lines" ADD CONSTRAINT "FK_4100efda7a485edecffc88391d1" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_funding_sources" ADD CONSTRAINT "FK_38caee980ef4ce5671fe213f8fc" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_funding_sources" ADD CONSTRAINT "FK_245a3b1f6c769fa88a30bcfde91" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_participant_checklists" ADD CONSTRAINT "FK_520d171a9fbee00aae7abacdada" FOREIGN KEY ("group_id") REFERENCES "stakeholder_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_participant_checklists" ADD CONSTRAINT "FK_57c043cc0974cb9cb4a62b335d5" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_participant_checklists" ADD CONSTRAINT "FK_9c9d94a0e348ac142494a310f10" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiation_participant_checklists" ADD CONSTRAINT "FK_869f71f760214b7b3da36647f8c" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    for (const table of [
      'initiation_key_questions',
      'initiation_hosting',
      'initiation_mous',
      'initiation_reality_checks',
      'initiation_champions',
      'initiation_core_members',
      'initiation_facilitation_resources',
      'initiation_cost_lines',
      'initiation_funding_sources',
      'initiation_participant_checklists',
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant ON "${table}" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiation_participant_checklists" DROP CONSTRAINT "FK_869f71f760214b7b3da36647f8c"`);
    await queryRunner.query(`ALTER TABLE "initiation_participant_checklists" DROP CONSTRAINT "FK_9c9d94a0e348ac142494a310f10"`);
    await queryRunner.query(`ALTER TABLE "initiation_participant_checklists" DROP CONSTRAINT "FK_57c043cc0974cb9cb4a62b335d5"`);
    await queryRunner.query(`ALTER TABLE "initiation_participant_checklists" DROP CONSTRAINT "FK_520d171a9fbee00aae7abacdada"`);
    await queryRunner.query(`ALTER TABLE "initiation_funding_sources" DROP CONSTRAINT "FK_245a3b1f6c769fa88a30bcfde91"`);
    await queryRunner.query(`ALTER TABLE "initiation_funding_sources" DROP CONSTRAINT "FK_38caee980ef4ce5671fe213f8fc"`);
    await queryRunner.query(`ALTER TABLE "initiation_cost_lines" DROP CONSTRAINT "FK_4100efda7a485edecffc88391d1"`);
    await queryRunner.query(`ALTER TABLE "initiation_cost_lines" DROP CONSTRAINT "FK_9ba393804152649a358ebe53d17"`);
    await queryRunner.query(`ALTER TABLE "initiation_facilitation_resources" DROP CONSTRAINT "FK_60e3f7a1241a9bb8bba60aed190"`);
    await queryRunner.query(`ALTER TABLE "initiation_facilitation_resources" DROP CONSTRAINT "FK_56c85e4e40822fafa73fcb0e1b1"`);
    await queryRunner.query(`ALTER TABLE "initiation_core_members" DROP CONSTRAINT "FK_38080b0738bec3dfcff5e7b4871"`);
    await queryRunner.query(`ALTER TABLE "initiation_core_members" DROP CONSTRAINT "FK_045b96c4cd8a01d4eb5f86f030a"`);
    await queryRunner.query(`ALTER TABLE "initiation_champions" DROP CONSTRAINT "FK_b535581863916241137293bada0"`);
    await queryRunner.query(`ALTER TABLE "initiation_champions" DROP CONSTRAINT "FK_a83ab588115ab9e33c027802474"`);
    await queryRunner.query(`ALTER TABLE "initiation_reality_checks" DROP CONSTRAINT "FK_60a24f1c7fd95075be227b684c6"`);
    await queryRunner.query(`ALTER TABLE "initiation_reality_checks" DROP CONSTRAINT "FK_24c79b5376f5741338f3bf178ff"`);
    await queryRunner.query(`ALTER TABLE "initiation_reality_checks" DROP CONSTRAINT "FK_4b5fa3ccf8b1602dc9292d41d19"`);
    await queryRunner.query(`ALTER TABLE "initiation_mous" DROP CONSTRAINT "FK_510f442d2f81dd2f0d95add6561"`);
    await queryRunner.query(`ALTER TABLE "initiation_mous" DROP CONSTRAINT "FK_088ca988a9e2bfbd2b4390ed8c7"`);
    await queryRunner.query(`ALTER TABLE "initiation_mous" DROP CONSTRAINT "FK_265041b6c2def0b19ed75fa35e6"`);
    await queryRunner.query(`ALTER TABLE "initiation_hosting" DROP CONSTRAINT "FK_e0b580522ebbd5d0d63b16e0644"`);
    await queryRunner.query(`ALTER TABLE "initiation_hosting" DROP CONSTRAINT "FK_a2742a3804ef3118df778cbe4ac"`);
    await queryRunner.query(`ALTER TABLE "initiation_hosting" DROP CONSTRAINT "FK_7db724b6d5385b15647949fcd07"`);
    await queryRunner.query(`ALTER TABLE "initiation_key_questions" DROP CONSTRAINT "FK_ba4cb82dfe6287c1dcec190fcf9"`);
    await queryRunner.query(`ALTER TABLE "initiation_key_questions" DROP CONSTRAINT "FK_e100b1a7e3e291bba06203ff708"`);
    await queryRunner.query(`ALTER TABLE "initiation_key_questions" DROP CONSTRAINT "FK_2146e77a0231f062441afa74264"`);
    await queryRunner.query(`DROP INDEX "public"."initiation_participant_checklists_process_idx"`);
    await queryRunner.query(`DROP TABLE "initiation_participant_checklists"`);
    await queryRunner.query(`DROP INDEX "public"."initiation_funding_sources_list_idx"`);
    await queryRunner.query(`DROP TABLE "initiation_funding_sources"`);
    await queryRunner.query(`DROP INDEX "public"."initiation_cost_lines_list_idx"`);
    await queryRunner.query(`DROP TABLE "initiation_cost_lines"`);
    await queryRunner.query(`DROP INDEX "public"."initiation_facilitation_resources_list_idx"`);
    await queryRunner.query(`DROP TABLE "initiation_facilitation_resources"`);
    await queryRunner.query(`DROP INDEX "public"."initiation_core_members_list_idx"`);
    await queryRunner.query(`DROP TABLE "initiation_core_members"`);
    await queryRunner.query(`DROP INDEX "public"."initiation_champions_list_idx"`);
    await queryRunner.query(`DROP TABLE "initiation_champions"`);
    await queryRunner.query(`DROP TABLE "initiation_reality_checks"`);
    await queryRunner.query(`DROP TABLE "initiation_mous"`);
    await queryRunner.query(`DROP TABLE "initiation_hosting"`);
    await queryRunner.query(`DROP TABLE "initiation_key_questions"`);
  }
}
