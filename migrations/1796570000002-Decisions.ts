import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decisions (issue 12; docs/meetings-and-decisions.md): the process's decision rules per kind of question,
 * decisions with their settings and outcome, positions (consensus, or an open straw poll or vote), secret
 * ballots, and the reviews of the standing objections register.
 *
 * A secret ballot is two rows written in one transaction: `decision_ballot_receipts` says who voted (its key
 * counts each ballot once), `decision_ballots` what was chosen, with no voter, no time, no order. Rows of one
 * transaction share their `xmin`, so the app role may insert ballots but never read them: it reads only the
 * counts, through `decision_ballot_counts()`, which answers nothing before the closing time when the decision
 * hides its results until then. No column says "closed": the closing time does.
 */
export class Decisions1796570000002 implements MigrationInterface {
  name = 'Decisions1796570000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "decision_rules" ("process_id" uuid NOT NULL, "question_kind" character varying(24) NOT NULL, "workspace_id" uuid NOT NULL, "method" character varying(16) NOT NULL, "attendance_numerator" smallint, "attendance_denominator" smallint, "ballots_numerator" smallint, "ballots_denominator" smallint, "sector_balanced" boolean NOT NULL, "threshold" character varying(16) NOT NULL, "secret_ballot_allowed" boolean NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decision_rules_secret_check" CHECK (NOT ("method" = 'consensus' AND "secret_ballot_allowed")), CONSTRAINT "decision_rules_ballots_check" CHECK (("ballots_numerator" IS NULL AND "ballots_denominator" IS NULL) OR ("ballots_denominator" BETWEEN 1 AND 100 AND "ballots_numerator" BETWEEN 1 AND "ballots_denominator")), CONSTRAINT "decision_rules_attendance_check" CHECK (("attendance_numerator" IS NULL AND "attendance_denominator" IS NULL) OR ("attendance_denominator" BETWEEN 1 AND 100 AND "attendance_numerator" BETWEEN 1 AND "attendance_denominator")), CONSTRAINT "decision_rules_threshold_check" CHECK ("threshold" IN ('simple_majority', 'two_thirds', 'unanimity')), CONSTRAINT "decision_rules_method_check" CHECK ("method" IN ('consensus', 'straw_poll', 'vote')), CONSTRAINT "decision_rules_kind_check" CHECK ("question_kind" IN ('charter_adoption', 'general', 'ground_rules', 'plan_approval', 'gate_override', 'exit')), CONSTRAINT "PK_456b6dd0060445d698fd944c214" PRIMARY KEY ("process_id", "question_kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "meeting_id" uuid, "question_kind" character varying(24) NOT NULL, "method" character varying(16) NOT NULL, "title" character varying(300) NOT NULL, "question" text NOT NULL, "options" text array NOT NULL DEFAULT '{}', "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "secret_ballot" boolean NOT NULL DEFAULT false, "hide_results_until_closed" boolean NOT NULL DEFAULT false, "rule" jsonb NOT NULL, "outcome_statement" text, "review_on" date, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decisions_options_check" CHECK (("method" = 'consensus') = (cardinality("options") = 0) AND cardinality("options") <= 20), CONSTRAINT "decisions_secret_check" CHECK (NOT ("method" = 'consensus' AND "secret_ballot")), CONSTRAINT "decisions_times_check" CHECK ("closes_at" > "opens_at"), CONSTRAINT "decisions_method_check" CHECK ("method" IN ('consensus', 'straw_poll', 'vote')), CONSTRAINT "decisions_kind_check" CHECK ("question_kind" IN ('charter_adoption', 'general', 'ground_rules', 'plan_approval', 'gate_override', 'exit')), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "decisions_process_idx" ON "decisions"  ("process_id", "opens_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "decision_positions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "user_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "position" character varying(16), "choice" smallint, "reason" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decision_positions_reason_check" CHECK ("position" IS NULL OR "position" = 'agree' OR length(btrim("reason")) > 0), CONSTRAINT "decision_positions_one_check" CHECK (("position" IS NULL) <> ("choice" IS NULL)), CONSTRAINT "decision_positions_choice_check" CHECK ("choice" BETWEEN 0 AND 19), CONSTRAINT "decision_positions_position_check" CHECK ("position" IN ('agree', 'stand_aside', 'block')), CONSTRAINT "PK_2568671f8b3abc22a52098794ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "decision_positions_once_key" ON "decision_positions"  ("decision_id", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "decision_ballot_receipts" ("decision_id" uuid NOT NULL, "user_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, CONSTRAINT "PK_fedc94b8c77d6a7f63450b0c5d3" PRIMARY KEY ("decision_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "decision_ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "choice" smallint NOT NULL, CONSTRAINT "decision_ballots_choice_check" CHECK ("choice" BETWEEN 0 AND 19), CONSTRAINT "PK_0605c5008bc0088da054856b924" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "decision_ballots_decision_idx" ON "decision_ballots"  ("decision_id") `);
    await queryRunner.query(
      `CREATE TABLE "objection_reviews" ("position_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "note" text NOT NULL, "reviewed_by" uuid NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "objection_reviews_status_check" CHECK ("status" IN ('withdrawn', 'answered')), CONSTRAINT "PK_524eaf778d4353f8adfb5892ed0" PRIMARY KEY ("position_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_rules" ADD CONSTRAINT "FK_b98e2edc240deb45502a133c9f5" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_rules" ADD CONSTRAINT "FK_33ba81315c749ec59c4e34fb71a" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_6a8443aa7093890dcd75aa879ab" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_072da2a3b2b83ab668d40e8f003" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_08c18bc85b0394e06c0d86b393f" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_positions" ADD CONSTRAINT "FK_ee6961d30e3bbfddaa0a58a806c" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_positions" ADD CONSTRAINT "FK_f3fff2e12ab1bf9ebe770e7f83a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_positions" ADD CONSTRAINT "FK_630c1225de6976508cf64f59898" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_ballot_receipts" ADD CONSTRAINT "FK_1f82d9c60ac64c3998c1ff79477" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_ballot_receipts" ADD CONSTRAINT "FK_eef714e07f719ad29ef59522bdc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_ballot_receipts" ADD CONSTRAINT "FK_052790fb9697ec5887398677c85" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_ballots" ADD CONSTRAINT "FK_f6ba9232b67bc184e4279b22ab9" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_ballots" ADD CONSTRAINT "FK_7e6b077000f522d89bd678bd89d" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "objection_reviews" ADD CONSTRAINT "FK_524eaf778d4353f8adfb5892ed0" FOREIGN KEY ("position_id") REFERENCES "decision_positions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "objection_reviews" ADD CONSTRAINT "FK_1f7e16f6ef30159c92e771dc653" FOREIGN KEY ("reviewed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "objection_reviews" ADD CONSTRAINT "FK_f9c70b5232f851c59dae82d01eb" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hidden results stay hidden: once set, the flag cannot be cleared, not even by a direct UPDATE.
    await queryRunner.query(
      `CREATE FUNCTION decisions_keep_results_hidden() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.hide_results_until_closed AND NOT NEW.hide_results_until_closed THEN RAISE EXCEPTION 'results hidden until closing cannot be shown earlier' USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "decisions_keep_results_hidden" BEFORE UPDATE ON "decisions" FOR EACH ROW EXECUTE FUNCTION decisions_keep_results_hidden()`,
    );
    for (const table of [
      'decision_rules',
      'decisions',
      'decision_positions',
      'decision_ballot_receipts',
      'decision_ballots',
      'objection_reviews',
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant ON "${table}" USING ("workspace_id" = app_workspace_id()) WITH CHECK ("workspace_id" = app_workspace_id())`,
      );
    }
    // Receipts and ballots are written once and never changed; ballots are never read row by row.
    await queryRunner.query(`REVOKE ALL ON "decision_ballot_receipts", "decision_ballots" FROM cg_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "decision_ballot_receipts" TO cg_app`);
    await queryRunner.query(`GRANT INSERT ON "decision_ballots" TO cg_app`);
    await queryRunner.query(
      `CREATE FUNCTION decision_ballot_counts(decision uuid) RETURNS TABLE (choice smallint, ballots integer) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
         SELECT b.choice, count(*)::int FROM decision_ballots b JOIN decisions d ON d.id = b.decision_id
          WHERE b.decision_id = decision AND d.workspace_id = app_workspace_id()
            AND (NOT d.hide_results_until_closed OR d.closes_at <= now())
          GROUP BY b.choice $$`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION decision_ballot_counts(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION decision_ballot_counts(uuid) TO cg_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION decision_ballot_counts(uuid)`);
    await queryRunner.query(`DROP TRIGGER "decisions_keep_results_hidden" ON "decisions"`);
    await queryRunner.query(`DROP FUNCTION decisions_keep_results_hidden()`);
    await queryRunner.query(`ALTER TABLE "objection_reviews" DROP CONSTRAINT "FK_f9c70b5232f851c59dae82d01eb"`);
    await queryRunner.query(`ALTER TABLE "objection_reviews" DROP CONSTRAINT "FK_1f7e16f6ef30159c92e771dc653"`);
    await queryRunner.query(`ALTER TABLE "objection_reviews" DROP CONSTRAINT "FK_524eaf778d4353f8adfb5892ed0"`);
    await queryRunner.query(`ALTER TABLE "decision_ballots" DROP CONSTRAINT "FK_7e6b077000f522d89bd678bd89d"`);
    await queryRunner.query(`ALTER TABLE "decision_ballots" DROP CONSTRAINT "FK_f6ba9232b67bc184e4279b22ab9"`);
    await queryRunner.query(`ALTER TABLE "decision_ballot_receipts" DROP CONSTRAINT "FK_052790fb9697ec5887398677c85"`);
    await queryRunner.query(`ALTER TABLE "decision_ballot_receipts" DROP CONSTRAINT "FK_eef714e07f719ad29ef59522bdc"`);
    await queryRunner.query(`ALTER TABLE "decision_ballot_receipts" DROP CONSTRAINT "FK_1f82d9c60ac64c3998c1ff79477"`);
    await queryRunner.query(`ALTER TABLE "decision_positions" DROP CONSTRAINT "FK_630c1225de6976508cf64f59898"`);
    await queryRunner.query(`ALTER TABLE "decision_positions" DROP CONSTRAINT "FK_f3fff2e12ab1bf9ebe770e7f83a"`);
    await queryRunner.query(`ALTER TABLE "decision_positions" DROP CONSTRAINT "FK_ee6961d30e3bbfddaa0a58a806c"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_08c18bc85b0394e06c0d86b393f"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_072da2a3b2b83ab668d40e8f003"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_6a8443aa7093890dcd75aa879ab"`);
    await queryRunner.query(`ALTER TABLE "decision_rules" DROP CONSTRAINT "FK_33ba81315c749ec59c4e34fb71a"`);
    await queryRunner.query(`ALTER TABLE "decision_rules" DROP CONSTRAINT "FK_b98e2edc240deb45502a133c9f5"`);
    await queryRunner.query(`DROP TABLE "objection_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."decision_ballots_decision_idx"`);
    await queryRunner.query(`DROP TABLE "decision_ballots"`);
    await queryRunner.query(`DROP TABLE "decision_ballot_receipts"`);
    await queryRunner.query(`DROP INDEX "public"."decision_positions_once_key"`);
    await queryRunner.query(`DROP TABLE "decision_positions"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_process_idx"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP TABLE "decision_rules"`);
  }
}
