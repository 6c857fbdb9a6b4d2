import type { ActionStatus, PlanStatus, WheelArea } from '@common-ground/domain';
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
import { ProcessEntity } from '../processes/process.entity';
import { StakeholderGroupEntity } from '../stakeholders/stakeholder-group.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { WorkingGroupEntity } from './working-group.entity';

/** An action plan under a goal: drafted, proposed, approved (libs/domain/src/plans.ts). */
@Entity({ name: 'action_plans' })
@Index('action_plans_process_idx', ['processId', 'createdAt', 'id'])
export class ActionPlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  /** The change the plan works towards (Lesson 11 §5 "Goals and milestones"). */
  @Column({ type: 'text' }) goal!: string;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status!: PlanStatus;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ name: 'approved_by', type: 'uuid', nullable: true }) approvedBy!: string | null;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'created_by' }) creator?: UserEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'approved_by' }) approver?: UserEntity;
}

/**
 * One action: what (title), how (description), who (at most one owner column set), when (dates), its
 * Coordination Wheel area and status. The indexes serve the secretariat's dashboard (by status, by due
 * date) and each owner's list of actions.
 */
@Entity({ name: 'actions' })
@Check('actions_one_owner_check', 'num_nonnulls("owner_user_id", "owner_stakeholder_group_id", "owner_working_group_id") <= 1')
@Check('actions_dates_check', '"due_date" >= "start_date"')
@Check('actions_drop_reason_check', `"status" <> 'dropped' OR "drop_reason" IS NOT NULL`)
@Check('actions_progress_percent_check', '"progress_percent" BETWEEN 0 AND 100')
@Index('actions_plan_idx', ['planId', 'position'])
@Index('actions_process_status_idx', ['processId', 'status'])
@Index('actions_process_due_idx', ['processId', 'dueDate'])
@Index('actions_owner_user_idx', ['ownerUserId', 'dueDate'])
@Index('actions_owner_stakeholder_group_idx', ['ownerStakeholderGroupId'])
@Index('actions_owner_working_group_idx', ['ownerWorkingGroupId'])
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true }) ownerUserId!: string | null;
  @Column({ name: 'owner_stakeholder_group_id', type: 'uuid', nullable: true }) ownerStakeholderGroupId!: string | null;
  @Column({ name: 'owner_working_group_id', type: 'uuid', nullable: true }) ownerWorkingGroupId!: string | null;
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate!: string | null;
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ name: 'wheel_area', type: 'varchar', length: 32, nullable: true }) wheelArea!: WheelArea | null;
  @Column({ type: 'varchar', length: 16, default: 'planned' }) status!: ActionStatus;
  @Column({ name: 'drop_reason', type: 'text', nullable: true }) dropReason!: string | null;
  /** The percentage of the latest progress update that gave one (progress_updates); not part of the version. */
  @Column({ name: 'progress_percent', type: 'smallint', nullable: true }) progressPercent!: number | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' }) statusChangedAt!: Date;
  @Column({ name: 'status_changed_by', type: 'uuid' }) statusChangedBy!: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: ActionPlanEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'owner_user_id' }) ownerUser?: UserEntity;
  @ManyToOne(() => StakeholderGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_stakeholder_group_id' })
  ownerStakeholderGroup?: StakeholderGroupEntity;
  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_working_group_id' })
  ownerWorkingGroup?: WorkingGroupEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'created_by' }) creator?: UserEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'status_changed_by' }) statusChanger?: UserEntity;
}

/** "This action waits for that one": edges between actions of one process, never forming a cycle. */
@Entity({ name: 'action_dependencies' })
@Check('action_dependencies_not_self_check', '"action_id" <> "depends_on_id"')
@Index('action_dependencies_process_idx', ['processId'])
@Index('action_dependencies_depends_on_idx', ['dependsOnId'])
export class ActionDependencyEntity {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' }) actionId!: string;
  @PrimaryColumn({ name: 'depends_on_id', type: 'uuid' }) dependsOnId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'action_id' }) action?: ActionEntity;
  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'depends_on_id' }) dependsOn?: ActionEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
