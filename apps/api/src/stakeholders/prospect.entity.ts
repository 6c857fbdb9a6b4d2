import type { ConsultationChannel, InterestLevel, ProspectStatus } from '@common-ground/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { StakeholderEntity } from './stakeholder.entity';

/** A person the initiators consider inviting (Lesson 11 §3, "Approaching potential participants"). */
@Entity({ name: 'prospects' })
@Check('prospects_status_check', `"status" IN ('prospective', 'consulted', 'invited', 'active', 'declined', 'withdrawn')`)
// (process_id, lower(name), id): the list's order and its name search, created in the migration.
@Index('prospects_process_name_idx', { synchronize: false })
@Index('prospects_stakeholder_idx', ['stakeholderId'])
export class ProspectEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) organisation!: string | null;
  /** The stakeholder (organisation or individual) this person would represent. */
  @Column({ name: 'stakeholder_id', type: 'uuid', nullable: true }) stakeholderId!: string | null;
  /** Personal data: only conveners and facilitators read it. */
  @Column({ type: 'varchar', length: 254, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'prospective' }) status!: ProspectStatus;
  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' }) statusChangedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'stakeholder_id' }) stakeholder?: StakeholderEntity;
  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** One preliminary consultation with a prospect: when, how, their interest, concerns and the outcome. */
@Entity({ name: 'prospect_consultations' })
@Check('prospect_consultations_channel_check', `"channel" IN ('meeting', 'phone', 'email', 'other')`)
@Check('prospect_consultations_interest_check', `"interest" IN ('high', 'moderate', 'low', 'none')`)
@Index('prospect_consultations_prospect_idx', ['prospectId', 'heldOn'])
export class ProspectConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'prospect_id', type: 'uuid' }) prospectId!: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column({ type: 'varchar', length: 16 }) channel!: ConsultationChannel;
  @Column({ type: 'varchar', length: 16 }) interest!: InterestLevel;
  @Column({ type: 'text', nullable: true }) concerns!: string | null;
  @Column({ type: 'text', nullable: true }) outcome!: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => ProspectEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'prospect_id' }) prospect?: ProspectEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'recorded_by' }) recorder?: UserEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
