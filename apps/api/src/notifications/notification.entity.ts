import type { NotificationDelivery, NotificationKind, NotificationObjectType } from '@common-ground/domain';
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
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * One notification for one person, written in the transaction of the change that causes it (or by the
 * deadline sweep). `dedupe_key` is unique per recipient: producing the same thing twice (a retried request,
 * a second sweep over the same deadline) writes nothing. `params` hold titles, versions and dates only —
 * never free text, and never a name the process's confidentiality regime withholds.
 *
 * `delivery` is how the person chose to hear of this kind when it was written; a 'digest' row waits with
 * `digested_at` null until the daily digest mail takes it.
 *
 * Row-level security: a person reads and marks only their own notifications (`app_user_id()`); a producer
 * inserts them inside the transaction of the workspace they belong to (`app_workspace_id()`).
 */
@Entity({ name: 'notifications' })
@Check('notifications_delivery_check', `"delivery" IN ('inApp', 'email', 'digest')`)
@Index('notifications_once_key', ['userId', 'dedupeKey'], { unique: true })
@Index('notifications_user_idx', ['userId', 'createdAt', 'id'])
@Index('notifications_unread_idx', ['userId'], { where: 'read_at IS NULL' })
@Index('notifications_digest_idx', ['userId', 'createdAt'], { where: `delivery = 'digest' AND digested_at IS NULL` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid', nullable: true }) processId!: string | null;
  @Column({ type: 'varchar', length: 40 }) kind!: NotificationKind;
  @Column({ name: 'object_type', type: 'varchar', length: 40 }) objectType!: NotificationObjectType;
  @Column({ name: 'object_id', type: 'uuid' }) objectId!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) params!: Record<string, unknown>;
  /** Where in the web app the notification leads. */
  @Column({ type: 'varchar', length: 500 }) path!: string;
  @Column({ name: 'dedupe_key', type: 'varchar', length: 300 }) dedupeKey!: string;
  @Column({ type: 'varchar', length: 8 }) delivery!: Exclude<NotificationDelivery, 'off'>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true }) digestedAt!: Date | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
}

/**
 * A person's choice for one notification kind; a kind without a row takes its default
 * (`NOTIFICATION_KIND_RULES`). Not tenant data: one person's choices hold across their workspaces.
 * Row-level security: a person writes only their own; a producer reads those of its workspace's members.
 */
@Entity({ name: 'notification_preferences' })
@Check('notification_preferences_delivery_check', `"delivery" IN ('inApp', 'email', 'digest', 'off')`)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) kind!: NotificationKind;
  @Column({ type: 'varchar', length: 8 }) delivery!: NotificationDelivery;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
}
