import type { OwnershipLevel, Phase, ProcessLevel, ProcessStatus, WheelArea } from '@common-ground/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

@Entity({ name: 'processes' })
@Check('processes_language_check', `"language" IN ('en', 'fr', 'es', 'ar')`)
@Check(
  'processes_ratification_share_check',
  '"ratification_share_numerator" >= 0 AND "ratification_share_denominator" >= 1 AND "ratification_share_numerator" <= "ratification_share_denominator"',
)
@Index('processes_workspace_list_idx', ['workspaceId', 'status', 'createdAt', 'id'])
export class ProcessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Column({ type: 'varchar', length: 16 })
  level!: ProcessLevel;

  @Column({ name: 'wheel_areas', type: 'text', array: true, default: () => "'{}'" })
  wheelAreas!: WheelArea[];

  @Column({ name: 'ownership_target', type: 'varchar', length: 32 })
  ownershipTarget!: OwnershipLevel;

  @Column({ type: 'varchar', length: 64 })
  timezone!: string;

  /** The language of the process's documents (the charter PDF); one of the app's locales. */
  @Column({ type: 'varchar', length: 8, default: 'en' })
  language!: string;

  @Column({ type: 'varchar', length: 16, default: 'initiate' })
  phase!: Phase;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: ProcessStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Ratification rule of the charter: this fraction of active participants must sign (default 2 of 3). */
  @Column({ name: 'ratification_share_numerator', type: 'smallint', default: 2 })
  ratificationShareNumerator!: number;

  @Column({ name: 'ratification_share_denominator', type: 'smallint', default: 3 })
  ratificationShareDenominator!: number;

  /** Ratification rule: every indispensable stakeholder group must have signed. */
  @Column({ name: 'ratification_every_indispensable', type: 'boolean', default: true })
  ratificationEveryIndispensable!: boolean;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;
}
