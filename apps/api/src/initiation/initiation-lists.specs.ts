import type { InitiationListObjectType } from '@common-ground/domain';
import type {
  ChampionDto,
  CoreMemberDto,
  EstimateLineDto,
  FacilitationResourceDto,
  FundingSourceDto,
  ListItemDto,
} from './dto/initiation-lists.dto';
import {
  InitiationChampionEntity,
  InitiationCoreMemberEntity,
  InitiationCostLineEntity,
  InitiationFacilitationResourceEntity,
  InitiationFundingSourceEntity,
  type InitiationListItemEntity,
} from './initiation-lists.entity';

/** The fields a client writes for one row of a list. */
export type ListFields<E extends InitiationListItemEntity> = Omit<E, keyof InitiationListItemEntity>;

/** How one initiation list is stored, searched and shown. */
export interface ListSpec<E extends InitiationListItemEntity, D extends ListItemDto> {
  target: new () => E;
  /** What the audit trail calls a row. */
  objectType: InitiationListObjectType;
  /** The row in messages: "No such champion." */
  noun: string;
  /** Properties a search (`q`) looks in. */
  searchable: readonly (keyof ListFields<E> & string)[];
  toDto(row: E): D;
}

const stamp = (row: InitiationListItemEntity): ListItemDto => ({
  id: row.id,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const CHAMPIONS: ListSpec<InitiationChampionEntity, ChampionDto> = {
  target: InitiationChampionEntity,
  objectType: 'champion',
  noun: 'champion',
  searchable: ['name', 'affiliation', 'reason'],
  toDto: (row) => ({ ...stamp(row), name: row.name, affiliation: row.affiliation, reason: row.reason }),
};

export const CORE_GROUP: ListSpec<InitiationCoreMemberEntity, CoreMemberDto> = {
  target: InitiationCoreMemberEntity,
  objectType: 'core_group_member',
  noun: 'core group member',
  searchable: ['name', 'organisation', 'contribution'],
  toDto: (row) => ({ ...stamp(row), name: row.name, organisation: row.organisation, contribution: row.contribution }),
};

export const FACILITATION_RESOURCES: ListSpec<InitiationFacilitationResourceEntity, FacilitationResourceDto> = {
  target: InitiationFacilitationResourceEntity,
  objectType: 'facilitation_resource',
  noun: 'facilitation resource',
  searchable: ['description'],
  toDto: (row) => ({ ...stamp(row), kind: row.kind, description: row.description, secured: row.secured }),
};

export const COST_LINES: ListSpec<InitiationCostLineEntity, EstimateLineDto> = {
  target: InitiationCostLineEntity,
  objectType: 'initiation_cost_line',
  noun: 'cost line',
  searchable: ['item'],
  toDto: (row) => ({ ...stamp(row), item: row.item, amount: row.amount, currency: row.currency }),
};

export const FUNDING_SOURCES: ListSpec<InitiationFundingSourceEntity, FundingSourceDto> = {
  target: InitiationFundingSourceEntity,
  objectType: 'funding_source',
  noun: 'funding source',
  searchable: ['funder'],
  toDto: (row) => ({ ...stamp(row), funder: row.funder, amount: row.amount, currency: row.currency, status: row.status }),
};
