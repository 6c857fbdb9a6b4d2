import {
  CONFIDENTIALITY_MODES,
  type AgendaItem,
  type ConfidentialityMode,
  MEETING_FORMATS,
  MEETING_KINDS,
  MINUTES_STATUSES,
  type MeetingFormat,
  type MeetingKind,
  type MinutesStatus,
  RSVP_RESPONSES,
  type RsvpResponse,
} from '@common-ground/domain';
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
import { CharterVersionEntity } from '../charters/charter-version.entity';
import { ActionEntity, ActionPlanEntity } from '../plans/plan.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

const oneOf = (column: string, values: readonly string[]) => `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;

export const ATTENDANCE_RECORDED_HOW = ['secretariat', 'code'] as const;
export type AttendanceRecordedHow = (typeof ATTENDANCE_RECORDED_HOW)[number];
export const REVIEW_VERDICTS = ['approve', 'object'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** A meeting of the process (design.md §3): its mode starts at the process's regime and only ever gets stricter. */
@Entity({ name: 'meetings' })
@Index('meetings_process_starts_idx', ['processId', 'startsAt'])
@Check('meetings_kind_check', oneOf('kind', MEETING_KINDS))
@Check('meetings_format_check', oneOf('format', MEETING_FORMATS))
@Check('meetings_mode_check', oneOf('mode', CONFIDENTIALITY_MODES))
@Check('meetings_times_check', '"ends_at" > "starts_at"')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'varchar', length: 24 }) kind!: MeetingKind;
  @Column({ type: 'varchar', length: 16 }) format!: MeetingFormat;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'varchar', length: 500, nullable: true }) place!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) link!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) hosts!: string[];
  @Column({ type: 'varchar', length: 24 }) mode!: ConfidentialityMode;
  @Column({ type: 'jsonb', default: () => "'[]'" }) agenda!: AgendaItem[];
  @Column({ name: 'charter_version_id', type: 'uuid', nullable: true }) charterVersionId!: string | null;
  @Column({ name: 'plan_id', type: 'uuid', nullable: true }) planId!: string | null;
  /** SHA-256 of the attendance code; the code itself is shown once to whoever set it. */
  @Column({ name: 'attendance_code_hash', type: 'bytea', nullable: true }) attendanceCodeHash!: Buffer | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => CharterVersionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'charter_version_id' })
  charterVersion?: CharterVersionEntity;
  @ManyToOne(() => ActionPlanEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'plan_id' }) plan?: ActionPlanEntity;
}

/** One invited person (groups and working groups are expanded to their members when invited). */
@Entity({ name: 'meeting_invitations' })
@Index('meeting_invitations_member_idx', ['memberId'])
@Check('meeting_invitations_response_check', `"response" IS NULL OR ${oneOf('response', RSVP_RESPONSES)}`)
@Check('meeting_invitations_alternate_check', `"alternate_member_id" IS NULL OR "response" = 'no'`)
export class MeetingInvitationEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'varchar', length: 8, nullable: true }) response!: RsvpResponse | null;
  @Column({ name: 'alternate_member_id', type: 'uuid', nullable: true }) alternateMemberId!: string | null;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ type: 'integer', default: 1 }) version!: number;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'member_id' }) member?: UserEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'alternate_member_id' }) alternate?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** Who attended; one row per person, so racing check-ins are one row. No time: it would date the minutes. */
@Entity({ name: 'meeting_attendance' })
@Check('meeting_attendance_how_check', oneOf('recorded_how', ATTENDANCE_RECORDED_HOW))
export class MeetingAttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'recorded_how', type: 'varchar', length: 16 }) recordedHow!: AttendanceRecordedHow;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'member_id' }) member?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** The minutes of one meeting. No updated_by and no updated_at: nothing here may name or date who wrote what. */
@Entity({ name: 'minutes' })
@Check('minutes_status_check', oneOf('status', MINUTES_STATUSES))
export class MinutesEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status!: MinutesStatus;
  /** The last ordinal given to a statement or action point: ordinals, never timestamps, order the minutes. */
  @Column({ name: 'last_ordinal', type: 'integer', default: 0 }) lastOrdinal!: number;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: Date | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/**
 * What was said. No author column and no timestamps, by design: under the Chatham House Rule nothing may tie a
 * statement to whoever said or wrote it. `quoted_*` is set only on the record or by the speaker's own opt-in.
 */
@Entity({ name: 'minutes_statements' })
@Index('minutes_statements_ordinal_key', ['meetingId', 'ordinal'], { unique: true })
export class MinutesStatementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ type: 'integer' }) ordinal!: number;
  @Column({ name: 'agenda_number', type: 'varchar', length: 20, nullable: true }) agendaNumber!: string | null;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'quoted_member_id', type: 'uuid', nullable: true }) quotedMemberId!: string | null;
  @Column({ name: 'quoted_name', type: 'varchar', length: 200, nullable: true }) quotedName!: string | null;
  /** The speaker named themselves (Chatham House "quote me"), rather than the record naming them. */
  @Column({ name: 'speaker_opted_in', type: 'boolean', default: false }) speakerOptedIn!: boolean;
  @Column({ type: 'integer', default: 1 }) version!: number;

  @ManyToOne(() => MinutesEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) minutes?: MinutesEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'quoted_member_id' }) quoted?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** The agreed action points: kept in every mode, off the record too. */
@Entity({ name: 'minutes_action_points' })
@Index('minutes_action_points_ordinal_key', ['meetingId', 'ordinal'], { unique: true })
export class MinutesActionPointEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ type: 'integer' }) ordinal!: number;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'action_id', type: 'uuid', nullable: true }) actionId!: string | null;

  @ManyToOne(() => MinutesEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) minutes?: MinutesEntity;
  @ManyToOne(() => ActionEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'action_id' }) action?: ActionEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** An attendee's approval of or objection to the minutes: who approved binds nobody to a statement. */
@Entity({ name: 'minutes_reviews' })
@Check('minutes_reviews_verdict_check', oneOf('verdict', REVIEW_VERDICTS))
export class MinutesReviewEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'varchar', length: 8 }) verdict!: ReviewVerdict;
  @Column({ type: 'text', nullable: true }) comment!: string | null;

  @ManyToOne(() => MinutesEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) minutes?: MinutesEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'member_id' }) member?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

export const MEETING_ENTITIES = [
  MeetingEntity,
  MeetingInvitationEntity,
  MeetingAttendanceEntity,
  MinutesEntity,
  MinutesStatementEntity,
  MinutesActionPointEntity,
  MinutesReviewEntity,
];
