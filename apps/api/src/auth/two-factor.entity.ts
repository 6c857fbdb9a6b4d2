import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A person's TOTP secret, encrypted (AES-256-GCM, key from TWO_FACTOR_KEY or the session secret). While
 * `enabled_at` is null the secret is an enrolment waiting for its first code. `last_used_step` is the
 * 30-second step of the last accepted code: a code of that step or an earlier one is refused (no replay).
 * Row-level security: only a transaction acting for the person sees the row.
 */
@Entity({ name: 'user_two_factor' })
export class UserTwoFactorEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'user_two_factor_pkey' }) userId!: string;
  @Column({ name: 'secret_ciphertext', type: 'varchar', length: 200 }) secretCiphertext!: string;
  @Column({ name: 'enabled_at', type: 'timestamptz', nullable: true }) enabledAt!: Date | null;
  @Column({ name: 'last_used_step', type: 'bigint', nullable: true }) lastUsedStep!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_two_factor_user_fkey' })
  user?: UserEntity;
}

/** Single-use recovery codes: only their SHA-256 is kept; a used one keeps its row with `used_at`. */
@Entity({ name: 'two_factor_recovery_codes' })
@Index('two_factor_recovery_codes_user_hash_key', ['userId', 'codeHash'], { unique: true })
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'two_factor_recovery_codes_pkey' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'code_hash', type: 'varchar', length: 64 }) codeHash!: string;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'two_factor_recovery_codes_user_fkey' })
  user?: UserEntity;
}

/**
 * Wrong codes, counted per person to throttle guessing. Kept apart from `sign_in_failures`: a right
 * password clears those, and must not buy an attacker who knows it a fresh round of code guesses.
 */
@Entity({ name: 'two_factor_failures' })
@Index('two_factor_failures_user_idx', ['userId', 'attemptedAt'])
export class TwoFactorFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'two_factor_failures_pkey' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' }) attemptedAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'two_factor_failures_user_fkey' })
  user?: UserEntity;
}
