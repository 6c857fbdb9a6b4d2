import type { ConfidentialityMode, GroundRuleStatus, ReportFrequency } from '@common-ground/domain';
import {
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
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

@Entity({ name: 'ground_rules' })
@Index('ground_rules_process_idx', ['processId', 'position'])
export class GroundRuleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'varchar', length: 500 }) text!: string;
  @Column({ type: 'varchar', length: 16, default: 'proposed' }) status!: GroundRuleStatus;
  @Column({ type: 'integer' }) position!: number;
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy!: string;
  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true }) adoptedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) decision!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'proposed_by' }) proposer?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** Every state a ground rule has been in: proposed, adopted, amended, retired. Append-only. */
@Entity({ name: 'ground_rule_changes' })
@Index('ground_rule_changes_rule_idx', ['ruleId', 'changedAt'])
export class GroundRuleChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'rule_id', type: 'uuid' }) ruleId!: string;
  @Column({ type: 'varchar', length: 500 }) text!: string;
  @Column({ type: 'varchar', length: 16 }) status!: GroundRuleStatus;
  @Column({ name: 'changed_by', type: 'uuid' }) changedBy!: string;
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' }) changedAt!: Date;
  @Column({ type: 'text', nullable: true }) note!: string | null;

  @ManyToOne(() => GroundRuleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'rule_id' }) rule?: GroundRuleEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'changed_by' }) changer?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** To whom a participant is accountable and how often they report back (the accountability map). */
@Entity({ name: 'accountability_entries' })
export class AccountabilityEntryEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'accountable_to', type: 'varchar', length: 200 }) accountableTo!: string;
  @Column({ type: 'varchar', length: 200 }) constituency!: string;
  @Column({ type: 'varchar', length: 200 }) channel!: string;
  @Column({ type: 'varchar', length: 24 }) frequency!: ReportFrequency;
  @Column({ name: 'last_reported_at', type: 'timestamptz', nullable: true }) lastReportedAt!: Date | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** The rules for handling grievances (handling them is a later capability). One per process. */
@Entity({ name: 'grievance_procedures' })
export class GrievanceProcedureEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) handlers!: string;
  @Column({ name: 'acknowledge_days', type: 'smallint' }) acknowledgeDays!: number;
  @Column({ name: 'respond_days', type: 'smallint' }) respondDays!: number;
  @Column({ name: 'escalation_path', type: 'text' }) escalationPath!: string;
  @Column({ name: 'appeal_procedure', type: 'text' }) appealProcedure!: string;
  @Column({ name: 'inactive_participant_procedure', type: 'text' }) inactiveParticipantProcedure!: string;
  @Column({ name: 'undermining_behaviour_procedure', type: 'text' }) underminingBehaviourProcedure!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** The process's default confidentiality and its external communication rules; meetings inherit the mode. */
@Entity({ name: 'confidentiality_regimes' })
export class ConfidentialityRegimeEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'default_mode', type: 'varchar', length: 24 }) defaultMode!: ConfidentialityMode;
  @Column({ name: 'media_spokespeople', type: 'text' }) mediaSpokespeople!: string;
  @Column({ name: 'external_communication', type: 'text' }) externalCommunication!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** Discussion of a ground rule before and after it is adopted. */
@Entity({ name: 'ground_rule_comments' })
@Index('ground_rule_comments_rule_idx', ['ruleId', 'createdAt'])
export class GroundRuleCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'rule_id', type: 'uuid' }) ruleId!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => GroundRuleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'rule_id' }) rule?: GroundRuleEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'author_id' }) author?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
