import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';

export type AccountTokenPurpose = 'password_reset' | 'email_change';

/**
 * Single-use, expiring links sent by e-mail: a password reset, or the confirmation of a new address. Only
 * the SHA-256 of the token is stored; the token itself lives in the mail alone. Row-level security: the
 * person's own transaction, or one that states the token's hash (`app.account_token_hash`).
 */
@Entity({ name: 'account_tokens' })
@Index('account_tokens_token_hash_key', ['tokenHash'], { unique: true })
@Index('account_tokens_user_idx', ['userId', 'purpose'])
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 20 }) purpose!: AccountTokenPurpose;
  @Column({ name: 'token_hash', type: 'varchar', length: 64 }) tokenHash!: string;
  /** The address to confirm (e-mail change only). */
  @Column({ name: 'new_email', type: 'varchar', length: 254, nullable: true }) newEmail!: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
}
