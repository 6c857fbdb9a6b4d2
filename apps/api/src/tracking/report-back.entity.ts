import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * A report-back that happened: a participant reported to their constituency (the feedback loop of
 * Lesson 11 §6). Recording one moves the accountability entry's last report, and so its next due date.
 */
@Entity({ name: 'report_backs' })
@Index('report_backs_person_idx', ['processId', 'userId', 'reportedOn'])
export class ReportBackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  /** The participant who reported back. */
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'reported_on', type: 'date' }) reportedOn!: string;
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'recorded_by' }) recorder?: UserEntity;
}
