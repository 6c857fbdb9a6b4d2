import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GroundRuleComments1795444662518 implements MigrationInterface {
  name = 'GroundRuleComments1795444662518';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ground_rule_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "rule_id" uuid NOT NULL, "body" text NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_900605e50043390435bcc2b9dc4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ground_rule_comments_rule_idx" ON "ground_rule_comments"  ("rule_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "ground_rule_comments" ADD CONSTRAINT "FK_57cfcdd1d51806f55a1b8941a62" FOREIGN KEY ("rule_id") REFERENCES "ground_rules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ground_rule_comments" ADD CONSTRAINT "FK_67489da8c756a9573a162b98493" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ground_rule_comments" ADD CONSTRAINT "FK_a7f374bb655f8da9da24914804c" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ground_rule_comments" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "ground_rule_comments" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant ON "ground_rule_comments" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ground_rule_comments" DROP CONSTRAINT "FK_a7f374bb655f8da9da24914804c"`);
    await queryRunner.query(`ALTER TABLE "ground_rule_comments" DROP CONSTRAINT "FK_67489da8c756a9573a162b98493"`);
    await queryRunner.query(`ALTER TABLE "ground_rule_comments" DROP CONSTRAINT "FK_57cfcdd1d51806f55a1b8941a62"`);
    await queryRunner.query(`DROP INDEX "public"."ground_rule_comments_rule_idx"`);
    await queryRunner.query(`DROP TABLE "ground_rule_comments"`);
  }
}
