import type { GateResult, Phase, TransitionKind } from '@common-ground/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { ProcessEntity } from './process.entity';

/** One move between phases; the history is append-only. */
@Entity({ name: 'phase_transitions' })
@Index('phase_transitions_process_idx', ['processId', 'createdAt'])
export class PhaseTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'from_phase', type: 'varchar', length: 16 })
  fromPhase!: Phase;

  @Column({ name: 'to_phase', type: 'varchar', length: 16 })
  toPhase!: Phase;

  @Column({ type: 'varchar', length: 16 })
  kind!: TransitionKind;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'overridden_gates', type: 'jsonb', default: () => "'[]'" })
  overriddenGates!: GateResult[];

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id' })
  process?: ProcessEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
}
