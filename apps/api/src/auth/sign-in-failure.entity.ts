import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, counted per account and per address to throttle guessing across all API instances. */
@Entity({ name: 'sign_in_failures' })
@Index('sign_in_failures_email_idx', ['emailKey', 'attemptedAt'])
@Index('sign_in_failures_address_idx', ['address', 'attemptedAt'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'email_key', type: 'varchar', length: 254 })
  emailKey!: string;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;
}
