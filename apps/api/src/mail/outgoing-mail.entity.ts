import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * The outbox: one row per e-mail to send, written in the transaction of the change that causes it, so a
 * rolled-back change sends nothing. `dedupe_key` is unique: a redelivered job or a second sweep over the
 * same deadline finds the row already there and sends nothing twice. Once sent, `params` are cleared
 * (a reset link's token does not outlive its mail here).
 *
 * Row-level security: a workspace's mails are visible inside that workspace; mails about an account
 * (no workspace) only to a transaction acting for that person.
 */
@Entity({ name: 'outgoing_mails' })
@Index('outgoing_mails_dedupe_key', ['dedupeKey'], { unique: true })
@Index('outgoing_mails_unsent_idx', ['createdAt'], { where: 'sent_at IS NULL' })
export class OutgoingMailEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'dedupe_key', type: 'varchar', length: 300 }) dedupeKey!: string;
  @Column({ name: 'workspace_id', type: 'uuid', nullable: true }) workspaceId!: string | null;
  /** Null for someone without an account yet (an invitation). */
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true }) recipientUserId!: string | null;
  @Column({ name: 'to_address', type: 'varchar', length: 254 }) toAddress!: string;
  @Column({ type: 'varchar', length: 16, default: 'en' }) locale!: string;
  @Column({ type: 'varchar', length: 40 }) template!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) params!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  /** The last delivery error (SMTP reply), for the inviter's "mail failed" and for operators. */
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true }) lastError!: string | null;
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true }) failedAt!: Date | null;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'recipient_user_id' }) recipient?: UserEntity;
}
