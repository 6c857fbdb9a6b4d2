import type { ContactKind, RelationshipKind, Stance, StakeholderKind } from '@common-ground/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProcessEntity } from '../processes/process.entity';
import { StakeholderGroupEntity } from './stakeholder-group.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** One way to reach a stakeholder. Personal data: only conveners and facilitators read it. */
export interface ContactPoint {
  kind: ContactKind;
  value: string;
  note: string | null;
}

/** An organisation or individual in the stakeholder map of a process (Lesson 11 §3). */
@Entity({ name: 'stakeholders' })
@Check('stakeholders_influence_check', '"influence" BETWEEN 1 AND 5')
@Check('stakeholders_interest_check', '"interest" BETWEEN 1 AND 5')
@Check('stakeholders_kind_check', `"kind" IN ('organisation', 'individual')`)
@Check('stakeholders_stance_check', `"stance" IN ('supportive', 'neutral', 'opposed', 'unknown')`)
// (process_id, lower(name), id): the register's order and its name search, created in the migration.
@Index('stakeholders_process_name_idx', { synchronize: false })
@Index('stakeholders_group_idx', ['groupId'])
export class StakeholderEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: StakeholderKind;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'group_id', type: 'uuid', nullable: true }) groupId!: string | null;
  @Column({ type: 'smallint' }) influence!: number;
  @Column({ type: 'smallint' }) interest!: number;
  @Column({ type: 'varchar', length: 16 }) stance!: Stance;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'contact_points', type: 'jsonb', default: () => "'[]'" }) contactPoints!: ContactPoint[];
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => StakeholderGroupEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'group_id' }) group?: StakeholderGroupEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/**
 * A relationship between two stakeholders of the same process. A dependency reads "source depends on
 * target"; the other kinds are mutual. One relationship per pair and kind: two partial unique indexes
 * (created in the migration) compare mutual pairs in either order and dependencies in theirs.
 */
@Entity({ name: 'stakeholder_relationships' })
@Check('stakeholder_relationships_ends_check', '"source_id" <> "target_id"')
@Check('stakeholder_relationships_strength_check', '"strength" BETWEEN 1 AND 3')
@Check('stakeholder_relationships_kind_check', `"kind" IN ('alliance', 'tension', 'conflict', 'dependency')`)
@Index('stakeholder_relationships_mutual_key', { synchronize: false })
@Index('stakeholder_relationships_directed_key', { synchronize: false })
@Index('stakeholder_relationships_process_idx', ['processId'])
@Index('stakeholder_relationships_source_idx', ['sourceId'])
@Index('stakeholder_relationships_target_idx', ['targetId'])
export class StakeholderRelationshipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'source_id', type: 'uuid' }) sourceId!: string;
  @Column({ name: 'target_id', type: 'uuid' }) targetId!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: RelationshipKind;
  @Column({ type: 'smallint' }) strength!: number;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'source_id' }) source?: StakeholderEntity;
  @ManyToOne(() => StakeholderEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'target_id' }) target?: StakeholderEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
