import type { ProcessRole, WorkspaceRole } from '@common-ground/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { ProspectEntity } from '../stakeholders/prospect.entity';
import { StakeholderGroupEntity } from '../stakeholders/stakeholder-group.entity';
import { WorkspaceEntity } from './workspace.entity';

/**
 * A single-use, expiring invitation; only the SHA-256 of its token is stored. An invitation to a process
 * also names the role (and group, and principal of an alternate) the person takes there on accepting.
 */
@Entity({ name: 'workspace_invitations' })
@Index('workspace_invitations_token_key', ['tokenHash'], { unique: true })
@Index('workspace_invitations_workspace_idx', ['workspaceId'])
@Index('workspace_invitations_process_idx', ['processId'])
@Index('workspace_invitations_prospect_idx', ['prospectId'])
// The pending invitations addressed to one e-mail address ("what I need to do"); an expression index, made by its migration.
@Index('workspace_invitations_pending_email_idx', { synchronize: false })
@Check('workspace_invitations_process_role_check', '("process_id" IS NULL) = ("process_role" IS NULL)')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: WorkspaceRole;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'process_id', type: 'uuid', nullable: true })
  processId!: string | null;

  @Column({ name: 'process_role', type: 'varchar', length: 16, nullable: true })
  processRole!: ProcessRole | null;

  @Column({ name: 'stakeholder_group_id', type: 'uuid', nullable: true })
  stakeholderGroupId!: string | null;

  /** The participant an invited alternate will stand in for. */
  @Column({ name: 'alternate_for', type: 'uuid', nullable: true })
  alternateFor!: string | null;

  /** The prospective participant this invitation is for: sending, accepting and revoking it move their status. */
  @Column({ name: 'prospect_id', type: 'uuid', nullable: true })
  prospectId!: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id' })
  process?: ProcessEntity;

  @ManyToOne(() => StakeholderGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'stakeholder_group_id' })
  stakeholderGroup?: StakeholderGroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'alternate_for' })
  principal?: UserEntity;

  @ManyToOne(() => ProspectEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'prospect_id' })
  prospect?: ProspectEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'invited_by' })
  inviter?: UserEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'accepted_by' })
  acceptor?: UserEntity;
}
