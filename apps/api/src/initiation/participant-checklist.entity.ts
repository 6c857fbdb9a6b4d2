import { type ChecklistAnswer, PARTICIPATION_STANCES, type ParticipationStance } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { StakeholderGroupEntity } from '../stakeholders/stakeholder-group.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { sqlIn } from './sql-in';

/**
 * A stakeholder group's own answers to the key questions for potential participants. Only the group's
 * participants read it, and the conveners only once the group shares it.
 */
@Entity({ name: 'initiation_participant_checklists' })
@Index('initiation_participant_checklists_process_idx', ['processId'])
@Check('initiation_participant_checklists_stance_check', sqlIn('stance', PARTICIPATION_STANCES))
export class ParticipantChecklistEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'jsonb' }) answers!: ChecklistAnswer[];
  @Column({ type: 'varchar', length: 24 }) stance!: ParticipationStance;
  @Column({ name: 'shared_with_conveners', type: 'boolean', default: false }) sharedWithConveners!: boolean;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy!: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => StakeholderGroupEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'group_id' }) group?: StakeholderGroupEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'updated_by' }) updater?: UserEntity;
}
