import type { CostStatus } from '@common-ground/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { ActionEntity, ActionPlanEntity } from '../plans/plan.entity';

/**
 * What an action costs, line by line (libs/domain/src/tracking/costs.ts). The amount is `numeric(14,2)`: exact
 * cents, never a float. `plan_id` repeats the action's plan so a plan's totals read one index.
 */
@Entity({ name: 'cost_lines' })
@Check('cost_lines_amount_check', '"amount" >= 0')
@Check('cost_lines_status_check', `"status" IN ('secured', 'pledged', 'needed')`)
@Index('cost_lines_action_idx', ['actionId', 'createdAt'])
@Index('cost_lines_plan_idx', ['planId'])
@Index('cost_lines_process_idx', ['processId', 'currency'])
export class CostLineEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'action_id', type: 'uuid' }) actionId!: string;
  @Column({ type: 'varchar', length: 200 }) item!: string;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) amount!: string;
  /** ISO 4217. */
  @Column({ type: 'varchar', length: 3 }) currency!: string;
  @Column({ name: 'funding_source', type: 'varchar', length: 200, default: '' }) fundingSource!: string;
  @Column({ type: 'varchar', length: 8 }) status!: CostStatus;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'action_id' }) action?: ActionEntity;
  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: ActionPlanEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'created_by' }) creator?: UserEntity;
}
