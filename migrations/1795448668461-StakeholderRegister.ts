import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StakeholderRegister1795448668461 implements MigrationInterface {
  name = 'StakeholderRegister1795448668461';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stakeholders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "group_id" uuid, "influence" smallint NOT NULL, "interest" smallint NOT NULL, "stance" character varying(16) NOT NULL, "notes" text, "contact_points" jsonb NOT NULL DEFAULT '[]', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stakeholders_stance_check" CHECK ("stance" IN ('supportive', 'neutral', 'opposed', 'unknown')), CONSTRAINT "stakeholders_kind_check" CHECK ("kind" IN ('organisation', 'individual')), CONSTRAINT "stakeholders_interest_check" CHECK ("interest" BETWEEN 1 AND 5), CONSTRAINT "stakeholders_influence_check" CHECK ("influence" BETWEEN 1 AND 5), CONSTRAINT "PK_74b5b503a4a44039a4a4b117ec6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "stakeholders_group_idx" ON "stakeholders"  ("group_id") `);
    await queryRunner.query(
      `CREATE TABLE "stakeholder_relationships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "source_id" uuid NOT NULL, "target_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "strength" smallint NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stakeholder_relationships_kind_check" CHECK ("kind" IN ('alliance', 'tension', 'conflict', 'dependency')), CONSTRAINT "stakeholder_relationships_strength_check" CHECK ("strength" BETWEEN 1 AND 3), CONSTRAINT "stakeholder_relationships_ends_check" CHECK ("source_id" <> "target_id"), CONSTRAINT "PK_44df076b6aa4c6909d114ec4bf1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "stakeholder_relationships_target_idx" ON "stakeholder_relationships"  ("target_id") `);
    await queryRunner.query(`CREATE INDEX "stakeholder_relationships_source_idx" ON "stakeholder_relationships"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "stakeholder_relationships_process_idx" ON "stakeholder_relationships"  ("process_id") `);
    await queryRunner.query(
      `CREATE TABLE "prospects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "organisation" character varying(200), "stakeholder_id" uuid, "email" character varying(254), "status" character varying(16) NOT NULL DEFAULT 'prospective', "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "prospects_status_check" CHECK ("status" IN ('prospective', 'consulted', 'invited', 'active', 'declined', 'withdrawn')), CONSTRAINT "PK_9fc60d8f29db14b861e3c96568e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "prospects_stakeholder_idx" ON "prospects"  ("stakeholder_id") `);
    await queryRunner.query(
      `CREATE TABLE "prospect_consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "prospect_id" uuid NOT NULL, "held_on" date NOT NULL, "channel" character varying(16) NOT NULL, "interest" character varying(16) NOT NULL, "concerns" text, "outcome" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "prospect_consultations_interest_check" CHECK ("interest" IN ('high', 'moderate', 'low', 'none')), CONSTRAINT "prospect_consultations_channel_check" CHECK ("channel" IN ('meeting', 'phone', 'email', 'other')), CONSTRAINT "PK_1318fb60a0ec527f131f49c03ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "prospect_consultations_prospect_idx" ON "prospect_consultations"  ("prospect_id", "held_on") `);
    await queryRunner.query(
      `ALTER TABLE "stakeholders" ADD CONSTRAINT "FK_a6263d41a6a5897634db078f8c2" FOREIGN KEY ("group_id") REFERENCES "stakeholder_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholders" ADD CONSTRAINT "FK_d72ce0df617f4e3688772a7ce36" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholders" ADD CONSTRAINT "FK_dc1724729eb82e3445712edbda6" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_relationships" ADD CONSTRAINT "FK_3b1f8248422285a1014fc02a794" FOREIGN KEY ("source_id") REFERENCES "stakeholders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_relationships" ADD CONSTRAINT "FK_37c7866422331f3b0e4329b2600" FOREIGN KEY ("target_id") REFERENCES "stakeholders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_relationships" ADD CONSTRAINT "FK_e4029dd0ba743e3e43e0a2fc73c" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_relationships" ADD CONSTRAINT "FK_33a8883bc4f5900354415f39185" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prospects" ADD CONSTRAINT "FK_38fbc9c882de45c45244e8e32e3" FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prospects" ADD CONSTRAINT "FK_8bdf98e7a390e45052f69eb5904" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prospects" ADD CONSTRAINT "FK_7ac3fa170dc21a7219651f6344b" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prospect_consultations" ADD CONSTRAINT "FK_6735381391926ba0a18c63f1f50" FOREIGN KEY ("prospect_id") REFERENCES "prospects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prospect_consultations" ADD CONSTRAINT "FK_2bde0c87df288b94ce6cdd59847" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prospect_consultations" ADD CONSTRAINT "FK_26d44d1b379265806637b2b4717" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Lists are ordered (and searched) by name, case-insensitively, within a process.
    await queryRunner.query(`CREATE INDEX "stakeholders_process_name_idx" ON "stakeholders" ("process_id", lower("name"), "id")`);
    await queryRunner.query(`CREATE INDEX "prospects_process_name_idx" ON "prospects" ("process_id", lower("name"), "id")`);
    // One relationship per pair and kind: mutual kinds whichever end comes first, a dependency in its direction.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "stakeholder_relationships_mutual_key" ON "stakeholder_relationships" ("process_id", "kind", LEAST("source_id", "target_id"), GREATEST("source_id", "target_id")) WHERE "kind" <> 'dependency'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "stakeholder_relationships_directed_key" ON "stakeholder_relationships" ("process_id", "kind", "source_id", "target_id") WHERE "kind" = 'dependency'`,
    );
    for (const table of ['stakeholders', 'stakeholder_relationships', 'prospects', 'prospect_consultations']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant ON "${table}" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "stakeholder_relationships_directed_key"`);
    await queryRunner.query(`DROP INDEX "stakeholder_relationships_mutual_key"`);
    await queryRunner.query(`DROP INDEX "prospects_process_name_idx"`);
    await queryRunner.query(`DROP INDEX "stakeholders_process_name_idx"`);
    await queryRunner.query(`ALTER TABLE "prospect_consultations" DROP CONSTRAINT "FK_26d44d1b379265806637b2b4717"`);
    await queryRunner.query(`ALTER TABLE "prospect_consultations" DROP CONSTRAINT "FK_2bde0c87df288b94ce6cdd59847"`);
    await queryRunner.query(`ALTER TABLE "prospect_consultations" DROP CONSTRAINT "FK_6735381391926ba0a18c63f1f50"`);
    await queryRunner.query(`ALTER TABLE "prospects" DROP CONSTRAINT "FK_7ac3fa170dc21a7219651f6344b"`);
    await queryRunner.query(`ALTER TABLE "prospects" DROP CONSTRAINT "FK_8bdf98e7a390e45052f69eb5904"`);
    await queryRunner.query(`ALTER TABLE "prospects" DROP CONSTRAINT "FK_38fbc9c882de45c45244e8e32e3"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_relationships" DROP CONSTRAINT "FK_33a8883bc4f5900354415f39185"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_relationships" DROP CONSTRAINT "FK_e4029dd0ba743e3e43e0a2fc73c"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_relationships" DROP CONSTRAINT "FK_37c7866422331f3b0e4329b2600"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_relationships" DROP CONSTRAINT "FK_3b1f8248422285a1014fc02a794"`);
    await queryRunner.query(`ALTER TABLE "stakeholders" DROP CONSTRAINT "FK_dc1724729eb82e3445712edbda6"`);
    await queryRunner.query(`ALTER TABLE "stakeholders" DROP CONSTRAINT "FK_d72ce0df617f4e3688772a7ce36"`);
    await queryRunner.query(`ALTER TABLE "stakeholders" DROP CONSTRAINT "FK_a6263d41a6a5897634db078f8c2"`);
    await queryRunner.query(`DROP INDEX "public"."prospect_consultations_prospect_idx"`);
    await queryRunner.query(`DROP TABLE "prospect_consultations"`);
    await queryRunner.query(`DROP INDEX "public"."prospects_stakeholder_idx"`);
    await queryRunner.query(`DROP TABLE "prospects"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_relationships_process_idx"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_relationships_source_idx"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_relationships_target_idx"`);
    await queryRunner.query(`DROP TABLE "stakeholder_relationships"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholders_group_idx"`);
    await queryRunner.query(`DROP TABLE "stakeholders"`);
  }
}
