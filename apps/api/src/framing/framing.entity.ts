import type { VisionKind } from '@common-ground/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { StakeholderGroupEntity } from '../stakeholders/stakeholder-group.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * One version of the process's shared problem statement. Each save appends a version (numbered 1, 2, …);
 * the newest is current, and only it can be marked agreed. The unique number makes two saves on the same
 * base collide, so the second one is a conflict rather than a silent overwrite.
 */
@Entity({ name: 'problem_statement_versions' })
@Index('problem_statement_versions_number_key', ['processId', 'number'], { unique: true })
export class ProblemStatementVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'integer' }) number!: number;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** The day the group agreed this wording, as the facilitator recorded it. */
  @Column({ name: 'agreed_on', type: 'date', nullable: true }) agreedOn!: string | null;
  @Column({ name: 'agreed_by', type: 'uuid', nullable: true }) agreedBy!: string | null;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'created_by' }) author?: UserEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'agreed_by' }) recorder?: UserEntity;
}

/**
 * A vision statement: from one stakeholder perspective, or the joint vision (one per process). A perspective
 * keeps its label even when its stakeholder group is deleted, so the statement is never lost.
 */
@Entity({ name: 'vision_statements' })
@Check(
  'vision_statements_perspective_check',
  `("kind" = 'joint') = ("perspective" IS NULL) AND ("kind" = 'perspective' OR "stakeholder_group_id" IS NULL)`,
)
@Index('vision_statements_perspective_key', ['processId', 'perspective'], { unique: true })
@Index('vision_statements_group_key', ['processId', 'stakeholderGroupId'], { unique: true })
// One joint vision per process: a partial unique index, created by the migration.
@Index('vision_statements_joint_key', { synchronize: false })
export class VisionStatementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: VisionKind;
  @Column({ name: 'stakeholder_group_id', type: 'uuid', nullable: true }) stakeholderGroupId!: string | null;
  /** The perspective's name; for a stakeholder group, its name when the vision was started. */
  @Column({ type: 'varchar', length: 120, nullable: true }) perspective!: string | null;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'agreed_on', type: 'date', nullable: true }) agreedOn!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => StakeholderGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'stakeholder_group_id' })
  stakeholderGroup?: StakeholderGroupEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'updated_by' }) editor?: UserEntity;
}
