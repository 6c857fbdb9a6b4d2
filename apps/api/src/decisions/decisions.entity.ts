import type { ConsensusPosition, DecisionMethod, DecisionRule, QuestionKind, VoteThreshold } from '@common-ground/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { MeetingEntity } from '../meetings/meetings.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

const KINDS = `'charter_adoption', 'general', 'ground_rules', 'plan_approval', 'gate_override', 'exit'`;
const METHODS = `'consensus', 'straw_poll', 'vote'`;

/** How the process decides one kind of question, as its charter sets it; a kind without a row uses the default. */
@Entity({ name: 'decision_rules' })
@Check('decision_rules_kind_check', `"question_kind" IN (${KINDS})`)
@Check('decision_rules_method_check', `"method" IN (${METHODS})`)
@Check('decision_rules_threshold_check', `"threshold" IN ('simple_majority', 'two_thirds', 'unanimity')`)
@Check(
  'decision_rules_attendance_check',
  `("attendance_numerator" IS NULL AND "attendance_denominator" IS NULL) OR ("attendance_denominator" BETWEEN 1 AND 100 AND "attendance_numerator" BETWEEN 1 AND "attendance_denominator")`,
)
@Check(
  'decision_rules_ballots_check',
  `("ballots_numerator" IS NULL AND "ballots_denominator" IS NULL) OR ("ballots_denominator" BETWEEN 1 AND 100 AND "ballots_numerator" BETWEEN 1 AND "ballots_denominator")`,
)
@Check('decision_rules_secret_check', `NOT ("method" = 'consensus' AND "secret_ballot_allowed")`)
export class DecisionRuleEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @PrimaryColumn({ name: 'question_kind', type: 'varchar', length: 24 }) questionKind!: QuestionKind;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'varchar', length: 16 }) method!: DecisionMethod;
  @Column({ name: 'attendance_numerator', type: 'smallint', nullable: true }) attendanceNumerator!: number | null;
  @Column({ name: 'attendance_denominator', type: 'smallint', nullable: true }) attendanceDenominator!: number | null;
  @Column({ name: 'ballots_numerator', type: 'smallint', nullable: true }) ballotsNumerator!: number | null;
  @Column({ name: 'ballots_denominator', type: 'smallint', nullable: true }) ballotsDenominator!: number | null;
  @Column({ name: 'sector_balanced', type: 'boolean' }) sectorBalanced!: boolean;
  @Column({ type: 'varchar', length: 16 }) threshold!: VoteThreshold;
  @Column({ name: 'secret_ballot_allowed', type: 'boolean' }) secretBallotAllowed!: boolean;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/**
 * A question put to the group, taken by the method its rule sets, open between two times: no column says
 * "closed", the closing time does. The rule is copied in when the decision is created, so a later change
 * of the charter's rules never changes how an earlier decision was taken.
 */
@Entity({ name: 'decisions' })
@Index('decisions_process_idx', ['processId', 'opensAt', 'id'])
@Check('decisions_kind_check', `"question_kind" IN (${KINDS})`)
@Check('decisions_method_check', `"method" IN (${METHODS})`)
@Check('decisions_times_check', `"closes_at" > "opens_at"`)
@Check('decisions_secret_check', `NOT ("method" = 'consensus' AND "secret_ballot")`)
@Check('decisions_options_check', `("method" = 'consensus') = (cardinality("options") = 0) AND cardinality("options") <= 20`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  /** The meeting it was taken in; null for a decision taken asynchronously. */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId!: string | null;
  @Column({ name: 'question_kind', type: 'varchar', length: 24 }) questionKind!: QuestionKind;
  @Column({ type: 'varchar', length: 16 }) method!: DecisionMethod;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text' }) question!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) options!: string[];
  @Column({ name: 'opens_at', type: 'timestamptz' }) opensAt!: Date;
  @Column({ name: 'closes_at', type: 'timestamptz' }) closesAt!: Date;
  @Column({ name: 'secret_ballot', type: 'boolean', default: false }) secretBallot!: boolean;
  @Column({ name: 'hide_results_until_closed', type: 'boolean', default: false }) hideResultsUntilClosed!: boolean;
  @Column({ type: 'jsonb' }) rule!: DecisionRule;
  @Column({ name: 'outcome_statement', type: 'text', nullable: true }) outcomeStatement!: string | null;
  @Column({ name: 'review_on', type: 'date', nullable: true }) reviewOn!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'created_by' }) creator?: UserEntity;
  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
}

/** One person's position on a consensus decision, or their choice in an open straw poll or vote. */
@Entity({ name: 'decision_positions' })
@Check('decision_positions_position_check', `"position" IN ('agree', 'stand_aside', 'block')`)
@Check('decision_positions_choice_check', `"choice" BETWEEN 0 AND 19`)
@Check('decision_positions_one_check', `("position" IS NULL) <> ("choice" IS NULL)`)
@Check('decision_positions_reason_check', `"position" IS NULL OR "position" = 'agree' OR length(btrim("reason")) > 0`)
@Index('decision_positions_once_key', ['decisionId', 'userId'], { unique: true })
export class DecisionPositionEntity {
  /** Random: names an objection without naming its author where names are withheld. */
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) position!: ConsensusPosition | null;
  @Column({ type: 'smallint', nullable: true }) choice!: number | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => DecisionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: DecisionEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** Who cast a secret ballot: no choice, no time. Its key counts each ballot exactly once. */
@Entity({ name: 'decision_ballot_receipts' })
export class DecisionBallotReceiptEntity {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: DecisionEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/**
 * What a secret ballot chose: no voter, no time, no order. The app role may insert but never read these
 * rows (a row shares its transaction id with its receipt); it reads counts through `decision_ballot_counts`.
 */
@Entity({ name: 'decision_ballots' })
@Index('decision_ballots_decision_idx', ['decisionId'])
@Check('decision_ballots_choice_check', `"choice" BETWEEN 0 AND 19`)
export class DecisionBallotEntity {
  /** A surrogate key for TypeORM only; random, so it says nothing of the order of ballots. */
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'smallint' }) choice!: number;

  @ManyToOne(() => DecisionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: DecisionEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/**
 * The review of a standing objection (a block or a stand-aside on a closed consensus decision): withdrawn
 * by the person who raised it, or answered by the group. An objection without a review is still standing.
 */
@Entity({ name: 'objection_reviews' })
@Check('objection_reviews_status_check', `"status" IN ('withdrawn', 'answered')`)
export class ObjectionReviewEntity {
  @PrimaryColumn({ name: 'position_id', type: 'uuid' }) positionId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'varchar', length: 16 }) status!: 'withdrawn' | 'answered';
  @Column({ type: 'text' }) note!: string;
  @Column({ name: 'reviewed_by', type: 'uuid' }) reviewedBy!: string;
  @Column({ name: 'reviewed_at', type: 'timestamptz', default: () => 'now()' }) reviewedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;

  @ManyToOne(() => DecisionPositionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'position_id' }) position?: DecisionPositionEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'reviewed_by' }) reviewer?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

export const DECISION_ENTITIES = [
  DecisionRuleEntity,
  DecisionEntity,
  DecisionPositionEntity,
  DecisionBallotReceiptEntity,
  DecisionBallotEntity,
  ObjectionReviewEntity,
];
