import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SelectionInclusion1795449194776 implements MigrationInterface {
  name = 'SelectionInclusion1795449194776';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "selection_criteria" ("process_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "criteria" text NOT NULL, "min_women_percent" smallint, "every_indispensable_group" boolean NOT NULL DEFAULT true, "min_regions" smallint, "age_band_minimums" jsonb NOT NULL DEFAULT '{}', "updated_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "selection_criteria_regions_check" CHECK ("min_regions" IS NULL OR ("min_regions" >= 1 AND "min_regions" <= 100)), CONSTRAINT "selection_criteria_women_check" CHECK ("min_women_percent" IS NULL OR ("min_women_percent" >= 0 AND "min_women_percent" <= 100)), CONSTRAINT "PK_fdeb18594a8b52d2063f72c28f7" PRIMARY KEY ("process_id"))`);
    await queryRunner.query(`CREATE TABLE "do_no_harm_assessments" ("process_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by" uuid, "updated_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_70128c7c8a8c7c817a2e643b810" PRIMARY KEY ("process_id"))`);
    await queryRunner.query(`CREATE TABLE "concept_note_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "number" integer NOT NULL, "body" text NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08b29483dfa6f50454831ffe74c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "concept_note_versions_number_key" ON "concept_note_versions"  ("process_id", "number") `);
    await queryRunner.query(`CREATE TABLE "participant_demographics" ("process_id" uuid NOT NULL, "user_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "gender" character varying(24), "age_band" character varying(16), "region" character varying(120), "wheel_areas" text array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_77919afa2a280a04a533df9bed4" PRIMARY KEY ("process_id", "user_id"))`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD "process_id" uuid`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD "process_role" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD "stakeholder_group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD "alternate_for" uuid`);
    await queryRunner.query(`CREATE INDEX "workspace_invitations_process_idx" ON "workspace_invitations"  ("process_id") `);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD CONSTRAINT "workspace_invitations_process_role_check" CHECK (("process_id" IS NULL) = ("process_role" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "selection_criteria" ADD CONSTRAINT "FK_fdeb18594a8b52d2063f72c28f7" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "selection_criteria" ADD CONSTRAINT "FK_94f89408856279e1f20e421364d" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "selection_criteria" ADD CONSTRAINT "FK_f2b96bc405d656a06599fbb81b5" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "do_no_harm_assessments" ADD CONSTRAINT "FK_70128c7c8a8c7c817a2e643b810" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "do_no_harm_assessments" ADD CONSTRAINT "FK_4b1ef507db9de434b86f4f0e1ea" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "do_no_harm_assessments" ADD CONSTRAINT "FK_b4dce5954202d11c8bdb7086cb5" FOREIGN KEY ("completed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "do_no_harm_assessments" ADD CONSTRAINT "FK_e41c631f08b5022868ed9477a2a" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concept_note_versions" ADD CONSTRAINT "FK_06f01e91a697bbb78697ba8e67f" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concept_note_versions" ADD CONSTRAINT "FK_6dc722abf9a91380e6cae2609d1" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concept_note_versions" ADD CONSTRAINT "FK_2194e156266d9fd49fe3dd38ff4" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participant_demographics" ADD CONSTRAINT "FK_77919afa2a280a04a533df9bed4" FOREIGN KEY ("process_id", "user_id") REFERENCES "process_members"("process_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participant_demographics" ADD CONSTRAINT "FK_c5af4c36ea1da6a839fc0ce1982" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD CONSTRAINT "FK_2109d8a7997daff7b882634251d" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD CONSTRAINT "FK_b143972441aace2e502f481c80b" FOREIGN KEY ("stakeholder_group_id") REFERENCES "stakeholder_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" ADD CONSTRAINT "FK_7c1b40e698509a79b4947b520e7" FOREIGN KEY ("alternate_for") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    for (const table of ['selection_criteria', 'do_no_harm_assessments', 'concept_note_versions', 'participant_demographics']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant ON "${table}" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP CONSTRAINT "FK_7c1b40e698509a79b4947b520e7"`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP CONSTRAINT "FK_b143972441aace2e502f481c80b"`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP CONSTRAINT "FK_2109d8a7997daff7b882634251d"`);
    await queryRunner.query(`ALTER TABLE "participant_demographics" DROP CONSTRAINT "FK_c5af4c36ea1da6a839fc0ce1982"`);
    await queryRunner.query(`ALTER TABLE "participant_demographics" DROP CONSTRAINT "FK_77919afa2a280a04a533df9bed4"`);
    await queryRunner.query(`ALTER TABLE "concept_note_versions" DROP CONSTRAINT "FK_2194e156266d9fd49fe3dd38ff4"`);
    await queryRunner.query(`ALTER TABLE "concept_note_versions" DROP CONSTRAINT "FK_6dc722abf9a91380e6cae2609d1"`);
    await queryRunner.query(`ALTER TABLE "concept_note_versions" DROP CONSTRAINT "FK_06f01e91a697bbb78697ba8e67f"`);
    await queryRunner.query(`ALTER TABLE "do_no_harm_assessments" DROP CONSTRAINT "FK_e41c631f08b5022868ed9477a2a"`);
    await queryRunner.query(`ALTER TABLE "do_no_harm_assessments" DROP CONSTRAINT "FK_b4dce5954202d11c8bdb7086cb5"`);
    await queryRunner.query(`ALTER TABLE "do_no_harm_assessments" DROP CONSTRAINT "FK_4b1ef507db9de434b86f4f0e1ea"`);
    await queryRunner.query(`ALTER TABLE "do_no_harm_assessments" DROP CONSTRAINT "FK_70128c7c8a8c7c817a2e643b810"`);
    await queryRunner.query(`ALTER TABLE "selection_criteria" DROP CONSTRAINT "FK_f2b96bc405d656a06599fbb81b5"`);
    await queryRunner.query(`ALTER TABLE "selection_criteria" DROP CONSTRAINT "FK_94f89408856279e1f20e421364d"`);
    await queryRunner.query(`ALTER TABLE "selection_criteria" DROP CONSTRAINT "FK_fdeb18594a8b52d2063f72c28f7"`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP CONSTRAINT "workspace_invitations_process_role_check"`);
    await queryRunner.query(`DROP INDEX "public"."workspace_invitations_process_idx"`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP COLUMN "alternate_for"`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP COLUMN "stakeholder_group_id"`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP COLUMN "process_role"`);
    await queryRunner.query(`ALTER TABLE "workspace_invitations" DROP COLUMN "process_id"`);
    await queryRunner.query(`DROP TABLE "participant_demographics"`);
    await queryRunner.query(`DROP INDEX "public"."concept_note_versions_number_key"`);
    await queryRunner.query(`DROP TABLE "concept_note_versions"`);
    await queryRunner.query(`DROP TABLE "do_no_harm_assessments"`);
    await queryRunner.query(`DROP TABLE "selection_criteria"`);
  }
}
