import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'users' })
@Check('users_locale_check', `"locale" IN ('en', 'fr', 'es', 'ar')`)
@Check('users_time_zone_check', `"time_zone" ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$'`)
@Index('users_email_key', ['emailKey'], { unique: true })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** The e-mail in lower case: one account per address, whatever the capitals. */
  @Column({ name: 'email_key', type: 'varchar', length: 254 })
  emailKey!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  /** The person's language (en, fr, es, ar); null until chosen. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  locale!: string | null;

  /** The person's own IANA time zone, shown as "your time" beside a process's; null until chosen (the browser's is used). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  /** When the person last proved the address by using a link mailed to it; null until then. */
  @Column({ name: 'email_proven_at', type: 'timestamptz', nullable: true })
  emailProvenAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
