import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { MilestoneEntity } from './milestone.entity';
import { ActionEntity } from '../plans/plan.entity';

/** What an owner reports on an action: words, a percentage, an indicator value, links. Append-only. */
@Entity({ name: 'progress_updates' })
@Check('progress_updates_percent_check', '"percent" BETWEEN 0 AND 100')
@Check('progress_updates_indicator_check', '"milestone_id" IS NULL OR "indicator_value" IS NOT NULL')
@Index('progress_updates_action_idx', ['actionId', 'createdAt'])
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'action_id', type: 'uuid' }) actionId!: string;
  @Column({ type: 'text', default: '' }) body!: string;
  @Column({ type: 'smallint', nullable: true }) percent!: number | null;
  @Column({ name: 'milestone_id', type: 'uuid', nullable: true }) milestoneId!: string | null;
  @Column({ name: 'indicator_value', type: 'numeric', nullable: true }) indicatorValue!: string | null;
  /** Up to five http(s) addresses of documents (reports, photos, minutes). */
  @Column({ type: 'jsonb', default: () => `'[]'` }) links!: string[];
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'action_id' }) action?: ActionEntity;
  @ManyToOne(() => MilestoneEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'milestone_id' }) milestone?: MilestoneEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'author_id' }) author?: UserEntity;
}

/** One measurement of a milestone's indicator: the time series, append-only. */
@Entity({ name: 'milestone_values' })
@Index('milestone_values_series_idx', ['milestoneId', 'measuredOn', 'recordedAt'])
export class MilestoneValueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'milestone_id', type: 'uuid' }) milestoneId!: string;
  @Column({ type: 'numeric' }) value!: string;
  @Column({ name: 'measured_on', type: 'date' }) measuredOn!: string;
  @Column({ type: 'text', default: '' }) note!: string;
  /** The progress update that carried this value, when it came with one. */
  @Column({ name: 'progress_update_id', type: 'uuid', nullable: true }) progressUpdateId!: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'milestone_id' }) milestone?: MilestoneEntity;
  @ManyToOne(() => ProgressUpdateEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'progress_update_id' })
  progressUpdate?: ProgressUpdateEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'recorded_by' }) recorder?: UserEntity;
}
