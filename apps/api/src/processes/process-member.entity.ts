import type { ProcessRole } from '@common-ground/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { StakeholderGroupEntity } from '../stakeholders/stakeholder-group.entity';
import { ProcessEntity } from './process.entity';

@Entity({ name: 'process_members' })
@Index('process_members_user_idx', ['workspaceId', 'userId'])
export class ProcessMemberEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: ProcessRole;

  /** The stakeholder group this person represents, if any. */
  @Column({ name: 'stakeholder_group_id', type: 'uuid', nullable: true })
  stakeholderGroupId!: string | null;

  /** The participant this person stands in for as an alternate (Lesson 11: representatives and alternates). */
  @Column({ name: 'alternate_for', type: 'uuid', nullable: true })
  alternateFor!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'alternate_for' })
  principal?: UserEntity;

  @ManyToOne(() => StakeholderGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'stakeholder_group_id' })
  stakeholderGroup?: StakeholderGroupEntity;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id' })
  process?: ProcessEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
}
