import type { AccountEventKind } from '@common-ground/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';

/**
 * A person's own security log (password reset or changed, e-mail changed, sessions ended, new devices).
 * Append-only for the app role (no UPDATE or DELETE grant) and visible only to the person: these events
 * belong to no workspace, so they never enter a workspace's audit chain where its admins would read them.
 */
@Entity({ name: 'account_events' })
@Index('account_events_user_idx', ['userId', 'id'])
export class AccountEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 40 }) kind!: AccountEventKind;
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload!: Record<string, string | number | null>;
  /** The device that acted, as described from its user agent; null when not from a browser session. */
  @Column({ type: 'varchar', length: 80, nullable: true }) device!: string | null;
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
}
