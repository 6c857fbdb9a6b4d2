import { Injectable } from '@nestjs/common';
import type { ConsensusPosition, DecisionMethod, DecisionRule, QuestionKind, VoteThreshold } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { activeParticipant } from '../common/db/fragments';
import type { Page } from '../common/db/page';

export interface RuleRow {
  questionKind: QuestionKind;
  method: DecisionMethod;
  attendanceNumerator: number | null;
  attendanceDenominator: number | null;
  ballotsNumerator: number | null;
  ballotsDenominator: number | null;
  sectorBalanced: boolean;
  threshold: VoteThreshold;
  secretBallotAllowed: boolean;
  version: number;
}

export interface DecisionRow {
  id: string;
  meetingId: string | null;
  questionKind: QuestionKind;
  method: DecisionMethod;
  title: string;
  question: string;
  options: string[];
  opensAt: Date;
  closesAt: Date;
  secretBallot: boolean;
  hideResultsUntilClosed: boolean;
  rule: DecisionRule;
  outcomeStatement: string | null;
  reviewOn: string | null;
  createdBy: string;
  creatorName: string;
  version: number;
  createdAt: Date;
}

export interface PositionRow {
  id: string;
  userId: string;
  displayName: string;
  groupId: string | null;
  position: ConsensusPosition | null;
  choice: number | null;
  reason: string | null;
}

export interface ObjectionRow {
  positionId: string;
  decisionId: string;
  decisionTitle: string;
  closesAt: Date;
  userId: string;
  displayName: string;
  kind: 'stand_aside' | 'block';
  reason: string;
  status: 'withdrawn' | 'answered' | null;
  note: string | null;
  reviewedAt: Date | null;
  version: number | null;
}

const DECISION_COLUMNS = `d.id, d.meeting_id as "meetingId", d.question_kind as "questionKind", d.method, d.title, d.question, d.options,
  d.opens_at as "opensAt", d.closes_at as "closesAt", d.secret_ballot as "secretBallot",
  d.hide_results_until_closed as "hideResultsUntilClosed", d.rule, d.outcome_statement as "outcomeStatement",
  d.review_on::text as "reviewOn", d.created_by as "createdBy", u.display_name as "creatorName", d.version, d.created_at as "createdAt"`;

/** Decisions, their rules, positions, secret-ballot receipts and counts, and the objections register. */
@Injectable()
export class DecisionsRepository {
  rules(em: EntityManager, processId: string): Promise<RuleRow[]> {
    return em.query<RuleRow[]>(
      `select question_kind as "questionKind", method, attendance_numerator as "attendanceNumerator",
              attendance_denominator as "attendanceDenominator", ballots_numerator as "ballotsNumerator",
              ballots_denominator as "ballotsDenominator", sector_balanced as "sectorBalanced", threshold,
              secret_ballot_allowed as "secretBallotAllowed", version
         from decision_rules where process_id = $1`,
      [processId],
    );
  }

  /**
   * Sets one kind's rule if it is still at `version` (0: the default, no row yet). A first save racing another
   * meets the primary key and gets nothing back, as a stale version does: both are conflicts.
   */
  async saveRule(
    em: EntityManager,
    key: { workspaceId: string; processId: string; questionKind: QuestionKind },
    rule: DecisionRule,
    version: number,
  ): Promise<boolean> {
    const values = [
      rule.method,
      rule.quorum.attendance?.numerator ?? null,
      rule.quorum.attendance?.denominator ?? null,
      rule.quorum.ballots?.numerator ?? null,
      rule.quorum.ballots?.denominator ?? null,
      rule.quorum.sectorBalanced,
      rule.threshold,
      rule.secretBallotAllowed,
    ];
    const rows =
      version === 0
        ? await em.query<unknown[]>(
            `insert into decision_rules (workspace_id, process_id, question_kind, method, attendance_numerator, attendance_denominator,
                                         ballots_numerator, ballots_denominator, sector_balanced, threshold, secret_ballot_allowed)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing returning 1`,
            [key.workspaceId, key.processId, key.questionKind, ...values],
          )
        : await em.query<unknown[]>(
            `with changed as (
               update decision_rules set method = $3, attendance_numerator = $4, attendance_denominator = $5, ballots_numerator = $6,
                      ballots_denominator = $7, sector_balanced = $8, threshold = $9, secret_ballot_allowed = $10,
                      version = version + 1, updated_at = now()
                where process_id = $1 and question_kind = $2 and version = $11 returning 1)
             select * from changed`,
            [key.processId, key.questionKind, ...values, version],
          );
    return rows.length > 0;
  }

  async list(em: EntityManager, processId: string, page: Page): Promise<DecisionRow[]> {
    return em.query<DecisionRow[]>(
      `select ${DECISION_COLUMNS} from decisions d join users u on u.id = d.created_by
        where d.process_id = $1 order by d.opens_at desc, d.id limit $2 offset $3`,
      [processId, page.limit + 1, page.offset],
    );
  }

  async find(em: EntityManager, processId: string, decisionId: string, lock = false): Promise<DecisionRow | null> {
    const rows = await em.query<DecisionRow[]>(
      `select ${DECISION_COLUMNS} from decisions d join users u on u.id = d.created_by
        where d.process_id = $1 and d.id = $2 ${lock ? 'for update of d' : ''}`,
      [processId, decisionId],
    );
    return rows[0] ?? null;
  }

  async insert(
    em: EntityManager,
    row: {
      workspaceId: string;
      processId: string;
      questionKind: QuestionKind;
      method: DecisionMethod;
      title: string;
      question: string;
      options: string[];
      opensAt: Date;
      closesAt: Date;
      secretBallot: boolean;
      hideResultsUntilClosed: boolean;
      rule: DecisionRule;
      createdBy: string;
    },
  ): Promise<string> {
    const rows = await em.query<{ id: string }[]>(
      `insert into decisions (workspace_id, process_id, question_kind, method, title, question, options, opens_at, closes_at,
                              secret_ballot, hide_results_until_closed, rule, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
      [
        row.workspaceId,
        row.processId,
        row.questionKind,
        row.method,
        row.title,
        row.question,
        row.options,
        row.opensAt,
        row.closesAt,
        row.secretBallot,
        row.hideResultsUntilClosed,
        JSON.stringify(row.rule),
        row.createdBy,
      ],
    );
    return rows[0].id;
  }

  /** Positions with the person's stakeholder group (for a sector-balanced quorum). */
  positions(em: EntityManager, processId: string, decisionId: string): Promise<PositionRow[]> {
    return em.query<PositionRow[]>(
      `select p.id, p.user_id as "userId", u.display_name as "displayName", m.stakeholder_group_id as "groupId",
              p.position, p.choice, p.reason
         from decision_positions p join users u on u.id = p.user_id
         left join process_members m on m.process_id = $1 and m.user_id = p.user_id
        where p.decision_id = $2 order by p.id`,
      [processId, decisionId],
    );
  }

  /** One person's position, replacing their earlier one: concurrent submissions by one person keep the last. */
  async upsertPosition(
    em: EntityManager,
    row: {
      workspaceId: string;
      decisionId: string;
      userId: string;
      position: ConsensusPosition | null;
      choice: number | null;
      reason: string | null;
    },
  ): Promise<void> {
    await em.query(
      `insert into decision_positions (workspace_id, decision_id, user_id, position, choice, reason)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (decision_id, user_id) do update set position = excluded.position, choice = excluded.choice,
          reason = excluded.reason, updated_at = now()`,
      [row.workspaceId, row.decisionId, row.userId, row.position, row.choice, row.reason],
    );
  }

  /**
   * A secret ballot: the receipt (who) and the ballot (what) in this one transaction. The receipt's key lets
   * exactly one of racing submissions in; the others write nothing and are told they already voted.
   */
  async castSecretBallot(
    em: EntityManager,
    row: { workspaceId: string; decisionId: string; userId: string; choice: number },
  ): Promise<boolean> {
    const receipt = await em.query<unknown[]>(
      `insert into decision_ballot_receipts (workspace_id, decision_id, user_id) values ($1, $2, $3) on conflict do nothing returning 1`,
      [row.workspaceId, row.decisionId, row.userId],
    );
    if (receipt.length === 0) return false;
    await em.query(`insert into decision_ballots (workspace_id, decision_id, choice) values ($1, $2, $3)`, [
      row.workspaceId,
      row.decisionId,
      row.choice,
    ]);
    return true;
  }

  /** Who cast a secret ballot, with their group; never what they chose. */
  receipts(em: EntityManager, processId: string, decisionId: string): Promise<{ userId: string; groupId: string | null }[]> {
    return em.query(
      `select r.user_id as "userId", m.stakeholder_group_id as "groupId"
         from decision_ballot_receipts r left join process_members m on m.process_id = $1 and m.user_id = r.user_id
        where r.decision_id = $2`,
      [processId, decisionId],
    );
  }

  /** Counts of a secret ballot, from the database's own function: nothing while results are hidden. */
  secretCounts(em: EntityManager, decisionId: string): Promise<{ choice: number; ballots: number }[]> {
    return em.query(`select choice, ballots from decision_ballot_counts($1)`, [decisionId]);
  }

  async isActiveParticipant(em: EntityManager, processId: string, userId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `select 1 from process_members where process_id = $1 and user_id = $2 and ${activeParticipant('process_members')}`,
      [processId, userId],
    );
    return rows.length > 0;
  }

  /** Blocks and stand-asides of closed consensus decisions, with their review if any. */
  objections(em: EntityManager, processId: string): Promise<ObjectionRow[]> {
    return em.query<ObjectionRow[]>(
      `select p.id as "positionId", d.id as "decisionId", d.title as "decisionTitle", d.closes_at as "closesAt",
              p.user_id as "userId", u.display_name as "displayName", p.position as kind, p.reason,
              r.status, r.note, r.reviewed_at as "reviewedAt", r.version
         from decisions d join decision_positions p on p.decision_id = d.id join users u on u.id = p.user_id
         left join objection_reviews r on r.position_id = p.id
        where d.process_id = $1 and d.method = 'consensus' and d.closes_at <= now() and p.position in ('block', 'stand_aside')
        order by d.closes_at desc, p.id`,
      [processId],
    );
  }

  async saveObjectionReview(
    em: EntityManager,
    row: { workspaceId: string; positionId: string; status: 'withdrawn' | 'answered'; note: string; reviewedBy: string },
    version: number,
  ): Promise<boolean> {
    const rows =
      version === 0
        ? await em.query<unknown[]>(
            `insert into objection_reviews (workspace_id, position_id, status, note, reviewed_by) values ($1, $2, $3, $4, $5)
             on conflict do nothing returning 1`,
            [row.workspaceId, row.positionId, row.status, row.note, row.reviewedBy],
          )
        : await em.query<unknown[]>(
            `with changed as (
               update objection_reviews set status = $2, note = $3, reviewed_by = $4, reviewed_at = now(), version = version + 1
                where position_id = $1 and version = $5 returning 1)
             select * from changed`,
            [row.positionId, row.status, row.note, row.reviewedBy, version],
          );
    return rows.length > 0;
  }
}
