import { Injectable } from '@nestjs/common';
import type { RelationshipKind, Stance, StakeholderKind } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { updateIfCurrent } from '../common/db/update-if-current';
import { containsPattern } from '../common/db/like';
import { type ContactPoint, StakeholderEntity, StakeholderRelationshipEntity } from './stakeholder.entity';

export interface StakeholderRow {
  id: string;
  kind: StakeholderKind;
  name: string;
  groupId: string | null;
  groupName: string | null;
  influence: number;
  interest: number;
  stance: Stance;
  notes: string | null;
  /** null when the query left personal data out. */
  contactPoints: ContactPoint[] | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface StakeholderFilter {
  search: string | null;
  /** A group id, 'none' for stakeholders in no group, or null for all. */
  groupId: string | null;
  stance: Stance | null;
  kind: StakeholderKind | null;
  offset: number;
  limit: number;
  withContactPoints: boolean;
}

export type StakeholderChanges = Partial<
  Pick<StakeholderEntity, 'kind' | 'name' | 'groupId' | 'influence' | 'interest' | 'stance' | 'notes' | 'contactPoints'>
>;

export interface RelationshipRow {
  id: string;
  kind: RelationshipKind;
  strength: number;
  note: string | null;
  sourceId: string;
  sourceName: string;
  targetId: string;
  targetName: string;
  updatedAt: Date;
}

export interface RelationshipFilter {
  stakeholderId: string | null;
  kind: RelationshipKind | null;
  offset: number;
  limit: number;
}

export type RelationshipChanges = Partial<Pick<StakeholderRelationshipEntity, 'kind' | 'strength' | 'note'>>;

export interface MapGroupRow {
  id: string;
  name: string;
  indispensable: boolean;
}

export interface MapStakeholderRow {
  id: string;
  name: string;
  kind: StakeholderKind;
  groupId: string | null;
  influence: number;
  interest: number;
  stance: Stance;
}

export interface MapRelationshipRow {
  sourceId: string;
  targetId: string;
  kind: RelationshipKind;
  strength: number;
}

export interface Page<T> {
  rows: T[];
  total: number;
}

const stakeholderColumns = (withContactPoints: boolean) =>
  `s.id, s.kind, s.name, s.group_id as "groupId", g.name as "groupName", s.influence, s.interest, s.stance, s.notes,
   ${withContactPoints ? 's.contact_points' : 'null'} as "contactPoints", s.version, s.created_at as "createdAt", s.updated_at as "updatedAt"`;

const RELATIONSHIP_COLUMNS = `r.id, r.kind, r.strength, r.note, r.source_id as "sourceId", a.name as "sourceName",
   r.target_id as "targetId", b.name as "targetName", r.updated_at as "updatedAt"`;

/** Queries of the stakeholder register: stakeholders, their relationships and the map of both. */
@Injectable()
export class StakeholderRegisterRepository {
  /** Serialises additions to one process's register, so its caps hold when two people add at once. */
  async lockProcess(em: EntityManager, processId: string): Promise<void> {
    await em.query('select 1 from processes where id = $1 for no key update', [processId]);
  }

  async listStakeholders(em: EntityManager, processId: string, filter: StakeholderFilter): Promise<Page<StakeholderRow>> {
    const params: unknown[] = [processId];
    const where = ['s.process_id = $1'];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filter.search) add((n) => `s.name ilike ${n}`, containsPattern(filter.search));
    if (filter.groupId === 'none') where.push('s.group_id is null');
    else if (filter.groupId) add((n) => `s.group_id = ${n}`, filter.groupId);
    if (filter.stance) add((n) => `s.stance = ${n}`, filter.stance);
    if (filter.kind) add((n) => `s.kind = ${n}`, filter.kind);
    const condition = where.join(' and ');
    const rows = await em.query<StakeholderRow[]>(
      `select ${stakeholderColumns(filter.withContactPoints)}
         from stakeholders s left join stakeholder_groups g on g.id = s.group_id
        where ${condition}
        order by lower(s.name), s.id
        limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    const count = await em.query<{ total: number }[]>(`select count(*)::int as total from stakeholders s where ${condition}`, params);
    return { rows, total: count[0].total };
  }

  async findStakeholder(em: EntityManager, processId: string, id: string, withContactPoints: boolean): Promise<StakeholderRow | null> {
    const rows = await em.query<StakeholderRow[]>(
      `select ${stakeholderColumns(withContactPoints)}
         from stakeholders s left join stakeholder_groups g on g.id = s.group_id
        where s.process_id = $1 and s.id = $2`,
      [processId, id],
    );
    return rows[0] ?? null;
  }

  countStakeholders(em: EntityManager, processId: string): Promise<number> {
    return em.countBy(StakeholderEntity, { processId });
  }

  async insertStakeholder(
    em: EntityManager,
    row: Pick<
      StakeholderEntity,
      'workspaceId' | 'processId' | 'kind' | 'name' | 'groupId' | 'influence' | 'interest' | 'stance' | 'notes' | 'contactPoints'
    >,
  ): Promise<string> {
    const result = await em.insert(StakeholderEntity, row);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies the changes only at `version`; false when someone else changed the stakeholder first. */
  async updateStakeholder(
    em: EntityManager,
    processId: string,
    id: string,
    version: number,
    changes: StakeholderChanges,
  ): Promise<boolean> {
    return updateIfCurrent(em, StakeholderEntity, { processId, id }, version, changes);
  }

  async deleteStakeholder(em: EntityManager, processId: string, id: string): Promise<boolean> {
    const result = await em.delete(StakeholderEntity, { processId, id });
    return result.affected === 1;
  }

  /** Which of these ids are stakeholders of the process. */
  async stakeholdersAmong(em: EntityManager, processId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await em.query<{ id: string }[]>('select id from stakeholders where process_id = $1 and id = any($2::uuid[])', [
      processId,
      ids,
    ]);
    return new Set(rows.map((row) => row.id));
  }

  async isGroupOf(em: EntityManager, processId: string, groupId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>('select 1 from stakeholder_groups where process_id = $1 and id = $2', [processId, groupId]);
    return rows.length === 1;
  }

  async listRelationships(em: EntityManager, processId: string, filter: RelationshipFilter): Promise<Page<RelationshipRow>> {
    const params: unknown[] = [processId];
    const where = ['r.process_id = $1'];
    if (filter.stakeholderId) {
      params.push(filter.stakeholderId);
      where.push(`(r.source_id = $${params.length} or r.target_id = $${params.length})`);
    }
    if (filter.kind) {
      params.push(filter.kind);
      where.push(`r.kind = $${params.length}`);
    }
    const condition = where.join(' and ');
    const rows = await em.query<RelationshipRow[]>(
      `select ${RELATIONSHIP_COLUMNS}
         from stakeholder_relationships r join stakeholders a on a.id = r.source_id join stakeholders b on b.id = r.target_id
        where ${condition}
        order by lower(a.name), lower(b.name), r.kind, r.id
        limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    const count = await em.query<{ total: number }[]>(
      `select count(*)::int as total from stakeholder_relationships r where ${condition}`,
      params,
    );
    return { rows, total: count[0].total };
  }

  /** Every relationship with the stakeholder at either end. */
  relationshipsOf(em: EntityManager, processId: string, stakeholderId: string): Promise<RelationshipRow[]> {
    return em.query<RelationshipRow[]>(
      `select ${RELATIONSHIP_COLUMNS}
         from stakeholder_relationships r join stakeholders a on a.id = r.source_id join stakeholders b on b.id = r.target_id
        where r.process_id = $1 and (r.source_id = $2 or r.target_id = $2)
        order by r.kind, lower(case when r.source_id = $2 then b.name else a.name end), r.id`,
      [processId, stakeholderId],
    );
  }

  async findRelationship(em: EntityManager, processId: string, id: string): Promise<RelationshipRow | null> {
    const rows = await em.query<RelationshipRow[]>(
      `select ${RELATIONSHIP_COLUMNS}
         from stakeholder_relationships r join stakeholders a on a.id = r.source_id join stakeholders b on b.id = r.target_id
        where r.process_id = $1 and r.id = $2`,
      [processId, id],
    );
    return rows[0] ?? null;
  }

  countRelationships(em: EntityManager, processId: string): Promise<number> {
    return em.countBy(StakeholderRelationshipEntity, { processId });
  }

  /** The new relationship's id, or null when the pair already has a relationship of this kind. */
  async insertRelationship(
    em: EntityManager,
    row: Pick<StakeholderRelationshipEntity, 'workspaceId' | 'processId' | 'sourceId' | 'targetId' | 'kind' | 'strength' | 'note'>,
  ): Promise<string | null> {
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(StakeholderRelationshipEntity)
      .values(row)
      .orIgnore()
      .returning('id')
      .execute();
    const rows = result.raw as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** Throws a unique violation when the new kind duplicates another relationship of the pair. */
  async updateRelationship(em: EntityManager, processId: string, id: string, changes: RelationshipChanges): Promise<boolean> {
    const result = await em.update(StakeholderRelationshipEntity, { processId, id }, changes);
    return result.affected === 1;
  }

  async deleteRelationship(em: EntityManager, processId: string, id: string): Promise<boolean> {
    const result = await em.delete(StakeholderRelationshipEntity, { processId, id });
    return result.affected === 1;
  }

  mapGroups(em: EntityManager, processId: string): Promise<MapGroupRow[]> {
    return em.query<MapGroupRow[]>('select id, name, indispensable from stakeholder_groups where process_id = $1 order by position, id', [
      processId,
    ]);
  }

  /** At most `limit` stakeholders, by name: the map's nodes. */
  mapStakeholders(em: EntityManager, processId: string, limit: number): Promise<MapStakeholderRow[]> {
    return em.query<MapStakeholderRow[]>(
      `select id, name, kind, group_id as "groupId", influence, interest, stance
         from stakeholders where process_id = $1 order by lower(name), id limit $2`,
      [processId, limit],
    );
  }

  /**
   * At most `limit` relationships, the map's edges, in no particular order: sorting 2,000 uuids costs the
   * database more than the rest of the query, and the caller orders the edges by the indexes of their ends.
   */
  mapRelationships(em: EntityManager, processId: string, limit: number): Promise<MapRelationshipRow[]> {
    return em.query<MapRelationshipRow[]>(
      `select source_id as "sourceId", target_id as "targetId", kind, strength
         from stakeholder_relationships where process_id = $1 limit $2`,
      [processId, limit],
    );
  }
}
