import type { IndicatorDirection } from '@common-ground/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { ActionEntity, ActionPlanEntity } from '../plans/plan.entity';

/**
 * A milestone of a plan (libs/domain/src/tracking/milestones.ts): a due date and an indicator from a baseline towards
 * a target. `current_value` repeats the latest measurement of its series (by date, then by when it was
 * recorded) so that the dashboard reads where every milestone stands without scanning the series.
 */
@Entity({ name: 'milestones' })
@Check('milestones_direction_check', `"direction" IN ('increase', 'decrease')`)
@Index('milestones_plan_idx', ['planId', 'dueDate'])
@Index('milestones_process_due_idx', ['processId', 'dueDate'])
@Index('milestones_action_idx', ['actionId'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  /** The action whose owners report on this milestone, if any. */
  @Column({ name: 'action_id', type: 'uuid', nullable: true }) actionId!: string | null;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  /** An early, visible achievement that keeps up momentum (Lesson 11 §5). */
  @Column({ name: 'quick_win', type: 'boolean', default: false }) quickWin!: boolean;
  @Column({ type: 'varchar', length: 40 }) unit!: string;
  @Column({ type: 'numeric' }) baseline!: string;
  @Column({ type: 'numeric' }) target!: string;
  @Column({ type: 'varchar', length: 8 }) direction!: IndicatorDirection;
  @Column({ name: 'current_value', type: 'numeric', nullable: true }) currentValue!: string | null;
  @Column({ name: 'current_on', type: 'date', nullable: true }) currentOn!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: ActionPlanEntity;
  @ManyToOne(() => ActionEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'action_id' }) action?: ActionEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'created_by' }) creator?: UserEntity;
}
