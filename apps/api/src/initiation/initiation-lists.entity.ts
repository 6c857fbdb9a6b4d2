import { FACILITATION_RESOURCE_KINDS, type FacilitationResourceKind, FUNDING_STATUSES, type FundingStatus } from '@common-ground/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { sqlIn } from './sql-in';

/** A row of one of the initiation lists, listed oldest first and edited one at a time at a version. */
export abstract class InitiationListItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** Someone who can champion the idea of the process; often a person outside the app. */
@Entity({ name: 'initiation_champions' })
@Index('initiation_champions_list_idx', ['processId', 'createdAt', 'id'])
export class InitiationChampionEntity extends InitiationListItemEntity {
  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** Their organisation or role, e.g. "UNDP country office, governance adviser". */
  @Column({ type: 'varchar', length: 200 }) affiliation!: string;
  /** Why they matter to getting the process started. */
  @Column({ type: 'text' }) reason!: string;
}

/** A member of the core group of initiators. */
@Entity({ name: 'initiation_core_members' })
@Index('initiation_core_members_list_idx', ['processId', 'createdAt', 'id'])
export class InitiationCoreMemberEntity extends InitiationListItemEntity {
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 200 }) organisation!: string;
  /** The time, capacities and other resources they are prepared to contribute, and their role. */
  @Column({ type: 'text' }) contribution!: string;
}

/** A facilitator, a venue, interpreters…: what facilitating the process needs, and whether it is secured. */
@Entity({ name: 'initiation_facilitation_resources' })
@Index('initiation_facilitation_resources_list_idx', ['processId', 'createdAt', 'id'])
@Check('initiation_facilitation_resources_kind_check', sqlIn('kind', FACILITATION_RESOURCE_KINDS))
export class InitiationFacilitationResourceEntity extends InitiationListItemEntity {
  @Column({ type: 'varchar', length: 24 }) kind!: FacilitationResourceKind;
  @Column({ type: 'varchar', length: 1000 }) description!: string;
  @Column({ type: 'boolean', default: false }) secured!: boolean;
}

/** One line of the cost estimate. Amounts are exact decimals (PostgreSQL numeric, a string in JS). */
@Entity({ name: 'initiation_cost_lines' })
@Index('initiation_cost_lines_list_idx', ['processId', 'createdAt', 'id'])
@Check('initiation_cost_lines_amount_check', '"amount" >= 0')
export class InitiationCostLineEntity extends InitiationListItemEntity {
  @Column({ type: 'varchar', length: 300 }) item!: string;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) amount!: string;
  @Column({ type: 'varchar', length: 3 }) currency!: string;
}

/** Money secured or pledged for the process. */
@Entity({ name: 'initiation_funding_sources' })
@Index('initiation_funding_sources_list_idx', ['processId', 'createdAt', 'id'])
@Check('initiation_funding_sources_amount_check', '"amount" >= 0')
@Check('initiation_funding_sources_status_check', sqlIn('status', FUNDING_STATUSES))
export class InitiationFundingSourceEntity extends InitiationListItemEntity {
  @Column({ type: 'varchar', length: 200 }) funder!: string;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) amount!: string;
  @Column({ type: 'varchar', length: 3 }) currency!: string;
  @Column({ type: 'varchar', length: 8 }) status!: FundingStatus;
}
