import { HOSTING_MODELS, type HostingModel, type KeyQuestionAnswer, MOU_STATUSES, type MouStatus } from '@common-ground/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { sqlIn } from './sql-in';

/** A document the initiators edit as a whole: one row per process, saved at a version (409 when stale). */
export abstract class InitiationDocumentEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy!: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'updated_by' }) updater?: UserEntity;
}

/** The key questions for initiators, each with a risk rating and notes (sensitive: conveners and facilitators only). */
@Entity({ name: 'initiation_key_questions' })
export class InitiationKeyQuestionsEntity extends InitiationDocumentEntity {
  @Column({ type: 'jsonb' }) answers!: KeyQuestionAnswer[];
}

/** Who convenes and hosts: one host, co-hosts, or a host function that rotates among agencies. */
@Entity({ name: 'initiation_hosting' })
@Check('initiation_hosting_model_check', sqlIn('model', HOSTING_MODELS))
export class InitiationHostingEntity extends InitiationDocumentEntity {
  @Column({ type: 'varchar', length: 16 }) model!: HostingModel;
  @Column({ type: 'varchar', length: 200, array: true }) hosts!: string[];
  @Column({ name: 'rotation_note', type: 'text' }) rotationNote!: string;
}

/** The core group's Memorandum of Understanding. */
@Entity({ name: 'initiation_mous' })
@Check('initiation_mous_status_check', sqlIn('status', MOU_STATUSES))
export class InitiationMouEntity extends InitiationDocumentEntity {
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'varchar', length: 8 }) status!: MouStatus;
  /** A calendar date, YYYY-MM-DD. */
  @Column({ name: 'agreed_on', type: 'date', nullable: true }) agreedOn!: string | null;
  @Column({ type: 'varchar', length: 200, array: true }) parties!: string[];
}

/** The reality check's words; its cost lines and funding sources are rows of their own. */
@Entity({ name: 'initiation_reality_checks' })
export class InitiationRealityCheckEntity extends InitiationDocumentEntity {
  @Column({ name: 'contingency_plan', type: 'text' }) contingencyPlan!: string;
}
