import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { CharterVersionEntity } from './charter-version.entity';

/** A comment on one section of one charter version. */
@Entity({ name: 'charter_comments' })
@Index('charter_comments_version_idx', ['versionId', 'createdAt'])
export class CharterCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Column({ name: 'section_key', type: 'varchar', length: 40 }) sectionKey!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => CharterVersionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'version_id' }) charterVersion?: CharterVersionEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'author_id' }) author?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

export type AmendmentStatus = 'open' | 'accepted' | 'rejected';

/** A suggested text for a section of a draft, accepted or rejected (with a reason) by a facilitator. */
@Entity({ name: 'charter_amendments' })
@Index('charter_amendments_version_idx', ['versionId', 'createdAt'])
export class CharterAmendmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Column({ name: 'section_key', type: 'varchar', length: 40 }) sectionKey!: string;
  @Column({ name: 'proposed_text', type: 'text' }) proposedText!: string;
  @Column({ type: 'text', nullable: true }) rationale!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'open' }) status!: AmendmentStatus;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason!: string | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;

  @ManyToOne(() => CharterVersionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'version_id' }) charterVersion?: CharterVersionEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'author_id' }) author?: UserEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'decided_by' }) decider?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** A participant's refusal to sign a version, with the reason conveners see. */
@Entity({ name: 'charter_declines' })
@Index('charter_declines_once_key', ['versionId', 'userId'], { unique: true })
export class CharterDeclineEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) reason!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => CharterVersionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'version_id' }) charterVersion?: CharterVersionEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
