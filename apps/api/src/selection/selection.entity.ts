import type { AgeBand, DoNoHarmAnswers, Gender, WheelArea } from '@common-ground/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessMemberEntity } from '../processes/process-member.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** The written participant selection criteria and the diversity targets of a process. One per process. */
@Entity({ name: 'selection_criteria' })
@Check('selection_criteria_women_check', '"min_women_percent" IS NULL OR ("min_women_percent" >= 0 AND "min_women_percent" <= 100)')
@Check('selection_criteria_regions_check', '"min_regions" IS NULL OR ("min_regions" >= 1 AND "min_regions" <= 100)')
export class SelectionCriteriaEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) criteria!: string;
  @Column({ name: 'min_women_percent', type: 'smallint', nullable: true }) minWomenPercent!: number | null;
  @Column({ name: 'every_indispensable_group', type: 'boolean', default: true }) everyIndispensableGroup!: boolean;
  @Column({ name: 'min_regions', type: 'smallint', nullable: true }) minRegions!: number | null;
  @Column({ name: 'age_band_minimums', type: 'jsonb', default: () => "'{}'" }) ageBandMinimums!: Partial<Record<AgeBand, number>>;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'updated_by' }) updater?: UserEntity;
}

/** The Do-No-Harm self-assessment: an answer per question, and a convener's mark that it is complete. */
@Entity({ name: 'do_no_harm_assessments' })
export class DoNoHarmAssessmentEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) answers!: DoNoHarmAnswers;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'completed_by', type: 'uuid', nullable: true }) completedBy!: string | null;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'completed_by' }) completer?: UserEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'updated_by' }) updater?: UserEntity;
}

/** One saved version of the concept note (Markdown). Append-only: each save adds the next number. */
@Entity({ name: 'concept_note_versions' })
@Index('concept_note_versions_number_key', ['processId', 'number'], { unique: true })
export class ConceptNoteVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'integer' }) number!: number;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'author_id' }) author?: UserEntity;
}

/**
 * What a member declares about themselves in one process (personal data). It belongs to the membership:
 * leaving the process deletes it.
 */
@Entity({ name: 'participant_demographics' })
export class ParticipantDemographicsEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'varchar', length: 24, nullable: true }) gender!: Gender | null;
  @Column({ name: 'age_band', type: 'varchar', length: 16, nullable: true }) ageBand!: AgeBand | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) region!: string | null;
  @Column({ name: 'wheel_areas', type: 'text', array: true, default: () => "'{}'" }) wheelAreas!: WheelArea[];
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'process_id', referencedColumnName: 'processId' },
    { name: 'user_id', referencedColumnName: 'userId' },
  ])
  member?: ProcessMemberEntity;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
