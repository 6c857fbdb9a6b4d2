import type { CharterContent, CharterVersionStatus } from '@common-ground/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** One version of a process's charter. Text changes only while a draft; the hash is fixed when proposed. */
@Entity({ name: 'charter_versions' })
@Index('charter_versions_number_key', ['processId', 'number'], { unique: true })
// Partial unique indexes (one draft or proposal, one adopted version per process), created by the migration.
@Index('charter_versions_open_key', { synchronize: false })
@Index('charter_versions_adopted_key', { synchronize: false })
export class CharterVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: CharterVersionStatus;

  @Column({ type: 'jsonb' })
  content!: CharterContent;

  /** SHA-256 of the canonical content, set when the version is proposed and never changed after. */
  @Column({ name: 'content_hash', type: 'char', length: 64, nullable: true })
  contentHash!: string | null;

  @Column({ name: 'based_on', type: 'uuid', nullable: true })
  basedOn!: string | null;

  /** Optimistic lock for concurrent edits of a draft. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt!: Date | null;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id' })
  process?: ProcessEntity;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;
}
