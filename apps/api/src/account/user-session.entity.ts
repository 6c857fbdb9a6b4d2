import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';

/**
 * Who a signed-in session (a row of connect-pg-simple's `sessions`) belongs to, so a person can list and
 * end their sessions. `id` is what the web app sees; `sid` (the cookie's secret) never leaves the API.
 * No IP address is kept: only a device description from the user agent.
 */
@Entity({ name: 'user_sessions' })
@Index('user_sessions_sid_key', ['sid'], { unique: true })
@Index('user_sessions_user_idx', ['userId'])
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 255 }) sid!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 80 }) device!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_active_at', type: 'timestamptz', default: () => 'now()' }) lastActiveAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
}
