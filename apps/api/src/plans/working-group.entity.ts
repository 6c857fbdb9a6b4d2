import type { WorkingGroupKind } from '@common-ground/domain';
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
import { ProcessMemberEntity } from '../processes/process-member.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** A working group or task force of a process (Lesson 11 §6 "Getting organised"). */
@Entity({ name: 'working_groups' })
@Index('working_groups_name_key', ['processId', 'name'], { unique: true })
export class WorkingGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: WorkingGroupKind;
  @Column({ type: 'text', default: '' }) mandate!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/**
 * A member of a working group, the lead included (at most one per group). The key into process_members
 * means that someone who leaves the process leaves its working groups too.
 */
@Entity({ name: 'working_group_members' })
@Index('working_group_members_person_idx', ['processId', 'userId'])
// At most one lead per group: a partial unique index, created by the migration.
@Index('working_group_members_lead_key', { synchronize: false })
export class WorkingGroupMemberEntity {
  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' }) workingGroupId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'boolean', default: false }) lead!: boolean;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'working_group_id' }) workingGroup?: WorkingGroupEntity;
  @ManyToOne(() => ProcessMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'process_id', referencedColumnName: 'processId' },
    { name: 'user_id', referencedColumnName: 'userId' },
  ])
  membership?: ProcessMemberEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
