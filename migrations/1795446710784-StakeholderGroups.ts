import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StakeholderGroups1795446710784 implements MigrationInterface {
  name = 'StakeholderGroups1795446710784';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stakeholder_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "indispensable" boolean NOT NULL DEFAULT false, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_929810a13e40c0be4c153c44957" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "stakeholder_groups_name_key" ON "stakeholder_groups"  ("process_id", "name") `);
    await queryRunner.query(`ALTER TABLE "process_members" ADD "stakeholder_group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "stakeholder_groups" ADD CONSTRAINT "FK_d25d8a279767c7abcd6593a738a" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stakeholder_groups" ADD CONSTRAINT "FK_d3d7e5cd6f4cef8d35a133dd794" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "process_members" ADD CONSTRAINT "FK_eb92ac162b279ae9b87c621ede6" FOREIGN KEY ("stakeholder_group_id") REFERENCES "stakeholder_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stakeholder_groups" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "stakeholder_groups" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant ON "stakeholder_groups" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "process_members" DROP CONSTRAINT "FK_eb92ac162b279ae9b87c621ede6"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_groups" DROP CONSTRAINT "FK_d3d7e5cd6f4cef8d35a133dd794"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_groups" DROP CONSTRAINT "FK_d25d8a279767c7abcd6593a738a"`);
    await queryRunner.query(`ALTER TABLE "process_members" DROP COLUMN "stakeholder_group_id"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_groups_name_key"`);
    await queryRunner.query(`DROP TABLE "stakeholder_groups"`);
  }
}
