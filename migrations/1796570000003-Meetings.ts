import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1796570000003 implements MigrationInterface {
  name = 'Meetings1796570000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "format" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(500), "link" character varying(2000), "hosts" text array NOT NULL DEFAULT '{}', "mode" character varying(24) NOT NULL, "agenda" jsonb NOT NULL DEFAULT '[]', "charter_version_id" uuid, "plan_id" uuid, "attendance_code_hash" bytea, "cancelled_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_times_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "meetings_mode_check" CHECK ("mode" IN ('on_the_record', 'chatham_house', 'off_the_record')), CONSTRAINT "meetings_format_check" CHECK ("format" IN ('in_person', 'online', 'hybrid')), CONSTRAINT "meetings_kind_check" CHECK ("kind" IN ('bilateral', 'consultation', 'plenary', 'working_group', 'report_back')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_process_starts_idx" ON "meetings"  ("process_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_invitations" ("meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "response" character varying(8), "alternate_member_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "meeting_invitations_alternate_check" CHECK ("alternate_member_id" IS NULL OR "response" = 'no'), CONSTRAINT "meeting_invitations_response_check" CHECK ("response" IS NULL OR "response" IN ('yes', 'no', 'maybe')), CONSTRAINT "PK_d2f2e7bd0b86e5933de1350b13d" PRIMARY KEY ("meeting_id", "member_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_invitations_member_idx" ON "meeting_invitations"  ("member_id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_attendance" ("meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "recorded_how" character varying(16) NOT NULL, CONSTRAINT "meeting_attendance_how_check" CHECK ("recorded_how" IN ('secretariat', 'code')), CONSTRAINT "PK_5c5565ab5bbb9c8abc53cf17a9f" PRIMARY KEY ("meeting_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "minutes" ("meeting_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "last_ordinal" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "minutes_status_check" CHECK ("status" IN ('draft', 'in_review', 'approved')), CONSTRAINT "PK_b5f85480864d8582430e488a93d" PRIMARY KEY ("meeting_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "minutes_statements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "ordinal" integer NOT NULL, "agenda_number" character varying(20), "text" text NOT NULL, "quoted_member_id" uuid, "quoted_name" character varying(200), "speaker_opted_in" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c6ca848e8d4c9129518d9ff89ec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "minutes_statements_ordinal_key" ON "minutes_statements"  ("meeting_id", "ordinal") `);
    await queryRunner.query(
      `CREATE TABLE "minutes_action_points" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "ordinal" integer NOT NULL, "text" text NOT NULL, "action_id" uuid, CONSTRAINT "PK_0d0fa11461b5b295337cbd0e1a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "minutes_action_points_ordinal_key" ON "minutes_action_points"  ("meeting_id", "ordinal") `,
    );
    await queryRunner.query(
      `CREATE TABLE "minutes_reviews" ("meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "verdict" character varying(8) NOT NULL, "comment" text, CONSTRAINT "minutes_reviews_verdict_check" CHECK ("verdict" IN ('approve', 'object')), CONSTRAINT "PK_84f2295993ba6e90c22de2cdb99" PRIMARY KEY ("meeting_id", "member_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_0b8d4f46c9acae7dfe19cd490fc" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_6cd12658220c4f36b6665cf77e2" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_8fa21f54540d8b9adbaa37ec2d7" FOREIGN KEY ("charter_version_id") REFERENCES "charter_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_302cbd58ac523b4db4e0c4113cd" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_bb0a803db052890eba6818aa554" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_aada6ba9407806cc7250ca4c6eb" FOREIGN KEY ("member_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_7cb938ede6fa2804bee8bb6c316" FOREIGN KEY ("alternate_member_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_8ae997e387c67dac25872b59511" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_957b3c122b092f0ec5bd4d88f07" FOREIGN KEY ("member_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_68a316cc4dd6d14c6b39f9d30b2" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" ADD CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" ADD CONSTRAINT "FK_1d1a687b28e412fa10c969dc16b" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_statements" ADD CONSTRAINT "FK_a5e1440fc93747475277682b278" FOREIGN KEY ("meeting_id") REFERENCES "minutes"("meeting_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_statements" ADD CONSTRAINT "FK_38588b03e8c4c7ceedd6bd84125" FOREIGN KEY ("quoted_member_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_statements" ADD CONSTRAINT "FK_e1ca1886afd9863fa534db92e3d" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_action_points" ADD CONSTRAINT "FK_a9ad410eb8ed1e11aeac60c3f32" FOREIGN KEY ("meeting_id") REFERENCES "minutes"("meeting_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_action_points" ADD CONSTRAINT "FK_eeae88bfce8471876236e8a05e3" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_action_points" ADD CONSTRAINT "FK_05839c2134dc5fa81fff768c0fc" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_reviews" ADD CONSTRAINT "FK_e0af30978a9ac2a5ad234c25a2a" FOREIGN KEY ("meeting_id") REFERENCES "minutes"("meeting_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_reviews" ADD CONSTRAINT "FK_983d1f66edeea507e7eb176fa90" FOREIGN KEY ("member_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_reviews" ADD CONSTRAINT "FK_f08844eecc1db710f2fb88e318b" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Off the record the minutes keep attendance and action points only: the table refuses statements, besides the API.
    await queryRunner.query(
      `CREATE FUNCTION minutes_statements_kept() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (SELECT 1 FROM meetings m WHERE m.id = NEW.meeting_id AND m.mode = 'off_the_record') THEN RAISE EXCEPTION 'no statements are minuted off the record' USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER minutes_statements_off_the_record BEFORE INSERT OR UPDATE ON "minutes_statements" FOR EACH ROW EXECUTE FUNCTION minutes_statements_kept()`,
    );
    for (const table of [
      'meetings',
      'meeting_invitations',
      'meeting_attendance',
      'minutes',
      'minutes_statements',
      'minutes_action_points',
      'minutes_reviews',
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant ON "${table}" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER minutes_statements_off_the_record ON "minutes_statements"`);
    await queryRunner.query(`DROP FUNCTION minutes_statements_kept()`);
    await queryRunner.query(`ALTER TABLE "minutes_reviews" DROP CONSTRAINT "FK_f08844eecc1db710f2fb88e318b"`);
    await queryRunner.query(`ALTER TABLE "minutes_reviews" DROP CONSTRAINT "FK_983d1f66edeea507e7eb176fa90"`);
    await queryRunner.query(`ALTER TABLE "minutes_reviews" DROP CONSTRAINT "FK_e0af30978a9ac2a5ad234c25a2a"`);
    await queryRunner.query(`ALTER TABLE "minutes_action_points" DROP CONSTRAINT "FK_05839c2134dc5fa81fff768c0fc"`);
    await queryRunner.query(`ALTER TABLE "minutes_action_points" DROP CONSTRAINT "FK_eeae88bfce8471876236e8a05e3"`);
    await queryRunner.query(`ALTER TABLE "minutes_action_points" DROP CONSTRAINT "FK_a9ad410eb8ed1e11aeac60c3f32"`);
    await queryRunner.query(`ALTER TABLE "minutes_statements" DROP CONSTRAINT "FK_e1ca1886afd9863fa534db92e3d"`);
    await queryRunner.query(`ALTER TABLE "minutes_statements" DROP CONSTRAINT "FK_38588b03e8c4c7ceedd6bd84125"`);
    await queryRunner.query(`ALTER TABLE "minutes_statements" DROP CONSTRAINT "FK_a5e1440fc93747475277682b278"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_1d1a687b28e412fa10c969dc16b"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_b5f85480864d8582430e488a93d"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_68a316cc4dd6d14c6b39f9d30b2"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_957b3c122b092f0ec5bd4d88f07"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" DROP CONSTRAINT "FK_8ae997e387c67dac25872b59511"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" DROP CONSTRAINT "FK_7cb938ede6fa2804bee8bb6c316"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" DROP CONSTRAINT "FK_aada6ba9407806cc7250ca4c6eb"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" DROP CONSTRAINT "FK_bb0a803db052890eba6818aa554"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_302cbd58ac523b4db4e0c4113cd"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_8fa21f54540d8b9adbaa37ec2d7"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_6cd12658220c4f36b6665cf77e2"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_0b8d4f46c9acae7dfe19cd490fc"`);
    await queryRunner.query(`DROP TABLE "minutes_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_action_points_ordinal_key"`);
    await queryRunner.query(`DROP TABLE "minutes_action_points"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_statements_ordinal_key"`);
    await queryRunner.query(`DROP TABLE "minutes_statements"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
    await queryRunner.query(`DROP TABLE "meeting_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_invitations_member_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_process_starts_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
