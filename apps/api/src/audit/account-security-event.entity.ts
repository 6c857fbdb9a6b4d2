import type { AccountSecurityEventKind, AuditPayload } from '@common-ground/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';

/**
 * The audit trail of an account's sign-in protection (two-factor on and off, recovery codes renewed or
 * used), which belongs to no workspace's chain. Append-only: the app may insert and read, a trigger refuses
 * UPDATE, DELETE and TRUNCATE for every role. Row-level security: a person's own rows only.
 */
@Entity({ name: 'account_security_events' })
@Index('account_security_events_user_idx', ['userId', 'occurredAt'])
export class AccountSecurityEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'account_security_events_pkey' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 40 }) kind!: AccountSecurityEventKind;
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload!: AuditPayload;
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'account_security_events_user_fkey' })
  user?: UserEntity;
}
