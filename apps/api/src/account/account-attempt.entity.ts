import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Password-reset requests and failed link uses, counted per account and per address to throttle them
 * across API instances. The address is kept only as a SHA-256 and only for the throttle window.
 */
@Entity({ name: 'account_attempts' })
@Index('account_attempts_email_idx', ['kind', 'emailKey', 'attemptedAt'])
@Index('account_attempts_address_idx', ['kind', 'addressHash', 'attemptedAt'])
export class AccountAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: 'reset_request' | 'link_failure' | 'password_failure';
  @Column({ name: 'email_key', type: 'varchar', length: 254, nullable: true }) emailKey!: string | null;
  @Column({ name: 'address_hash', type: 'varchar', length: 64 }) addressHash!: string;
  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' }) attemptedAt!: Date;
}
