import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * One person's secret calendar feed of a process. Only the SHA-256 of the token is kept: the feed URL is
 * shown once, when it is made. Rotating replaces the hash; revoking deletes the row, and the old URL
 * then answers 404. Row-level security lets a transaction that names the token's hash find its row.
 */
@Entity({ name: 'calendar_feeds' })
@Index('calendar_feeds_token_key', ['tokenHash'], { unique: true })
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'token_hash', type: 'varchar', length: 64 }) tokenHash!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
