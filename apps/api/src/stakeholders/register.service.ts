import { Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  isDirected,
  quadrantOf,
  REGISTER_LIMITS,
  relationshipEndsProblem,
  type RelationshipKind,
  unmappedGroups,
  invalidInput,
} from '@common-ground/domain';
import { iso } from '../common/db/dates';
import { isForeignKeyViolation, isUniqueViolation } from '../common/db/errors';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import { DEFAULT_PAGE_SIZE } from './dto/register-common.dto';
import type {
  ContactPointDto,
  CreateRelationshipDto,
  CreateStakeholderDto,
  RelationshipDto,
  RelationshipListDto,
  RelationshipListQueryDto,
  StakeholderDetailDto,
  StakeholderDto,
  StakeholderListDto,
  StakeholderListQueryDto,
  StakeholderMapDto,
  UpdateRelationshipDto,
  UpdateStakeholderDto,
} from './dto/stakeholder.dto';
import { ProspectsRepository } from './prospects.repository';
import { assertMayWritePersonalData, assertNotNull, seesPersonalData } from './register-access';
import type { ContactPoint } from './stakeholder.entity';
import { type RelationshipRow, type StakeholderChanges, StakeholderRegisterRepository, type StakeholderRow } from './register.repository';

const L = REGISTER_LIMITS;

function toStakeholderDto(row: StakeholderRow, withPersonalData: boolean): StakeholderDto {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    group: row.groupId && row.groupName !== null ? { id: row.groupId, name: row.groupName } : null,
    influence: row.influence,
    interest: row.interest,
    stance: row.stance,
    quadrant: quadrantOf(row.influence, row.interest),
    notes: row.notes,
    ...(withPersonalData ? { contactPoints: row.contactPoints ?? [] } : {}),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

function toRelationshipDto(row: RelationshipRow): RelationshipDto {
  return {
    id: row.id,
    kind: row.kind,
    strength: row.strength,
    note: row.note,
    from: { id: row.sourceId, name: row.sourceName },
    to: { id: row.targetId, name: row.targetName },
    updatedAt: iso(row.updatedAt),
  };
}

const toContactPoints = (points: readonly ContactPointDto[]): ContactPoint[] =>
  points.map(({ kind, value, note }) => ({ kind, value, note: note || null }));

const duplicate = (kind: RelationshipKind) =>
  new DomainError(
    DomainErrorCode.RELATIONSHIP_EXISTS,
    isDirected(kind)
      ? 'This dependency is already recorded in this direction.'
      : `These two stakeholders already have a relationship of the kind “${kind}”.`,
    'kind',
  );

const page = (query: { page?: number; limit?: number }) => {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const number = query.page ?? 1;
  return { page: number, limit, offset: (number - 1) * limit };
};

/** The stakeholder register: stakeholders, relationships between them, and the map of both. */
@Injectable()
export class StakeholderRegisterService {
  constructor(
    private readonly register: StakeholderRegisterRepository,
    private readonly prospects: ProspectsRepository,
  ) {}

  async list(ctx: RequestContext, query: StakeholderListQueryDto): Promise<StakeholderListDto> {
    const process = processOf(ctx);
    const paging = page(query);
    const personal = seesPersonalData(ctx);
    const { rows, total } = await this.register.listStakeholders(ctx.em, process.id, {
      search: query.q || null,
      groupId: query.groupId ?? null,
      stance: query.stance ?? null,
      kind: query.kind ?? null,
      offset: paging.offset,
      limit: paging.limit,
      withContactPoints: personal,
    });
    return { items: rows.map((row) => toStakeholderDto(row, personal)), total, page: paging.page, limit: paging.limit };
  }

  async get(ctx: RequestContext, stakeholderId: string): Promise<StakeholderDetailDto> {
    const process = processOf(ctx);
    const row = await this.stakeholder(ctx, process.id, stakeholderId);
    const relationships = await this.register.relationshipsOf(ctx.em, process.id, row.id);
    const prospects = await this.prospects.linkedTo(ctx.em, process.id, row.id);
    return { ...toStakeholderDto(row, seesPersonalData(ctx)), relationships: relationships.map(toRelationshipDto), prospects };
  }

  async create(ctx: RequestContext, dto: CreateStakeholderDto): Promise<StakeholderDto> {
    assertMayWritePersonalData(ctx, 'contactPoints', dto.contactPoints);
    const process = processOf(ctx);
    if (dto.groupId) await this.assertGroup(ctx, process.id, dto.groupId);
    await this.register.lockProcess(ctx.em, process.id);
    if ((await this.register.countStakeholders(ctx.em, process.id)) >= L.stakeholdersPerProcess) {
      throw new DomainError(
        DomainErrorCode.REGISTER_FULL,
        `A process holds at most ${L.stakeholdersPerProcess.toLocaleString('en')} stakeholders.`,
      );
    }
    const id = await this.register.insertStakeholder(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      kind: dto.kind,
      name: dto.name,
      groupId: dto.groupId ?? null,
      influence: dto.influence,
      interest: dto.interest,
      stance: dto.stance,
      notes: dto.notes || null,
      contactPoints: toContactPoints(dto.contactPoints ?? []),
    });
    recordAudit(ctx, {
      objectType: 'stakeholder',
      action: 'created',
      objectId: id,
      payload: { kind: dto.kind, groupId: dto.groupId ?? null },
    });
    return toStakeholderDto(await this.stakeholder(ctx, process.id, id), seesPersonalData(ctx));
  }

  async update(ctx: RequestContext, stakeholderId: string, dto: UpdateStakeholderDto): Promise<StakeholderDto> {
    assertNotNull(dto, ['kind', 'name', 'influence', 'interest', 'stance', 'contactPoints']);
    assertMayWritePersonalData(ctx, 'contactPoints', dto.contactPoints);
    const process = processOf(ctx);
    await this.stakeholder(ctx, process.id, stakeholderId);
    if (dto.groupId) await this.assertGroup(ctx, process.id, dto.groupId);
    const { version, contactPoints, notes, ...fields } = dto;
    const changes: StakeholderChanges = { ...fields };
    if (notes !== undefined) changes.notes = notes || null;
    if (contactPoints !== undefined) changes.contactPoints = toContactPoints(contactPoints);
    const saved = await this.register.updateStakeholder(ctx.em, process.id, stakeholderId, version, changes);
    const current = toStakeholderDto(await this.stakeholder(ctx, process.id, stakeholderId), seesPersonalData(ctx));
    if (!saved) throw versionConflict('Someone changed this stakeholder since you loaded it.', current);
    recordAudit(ctx, {
      objectType: 'stakeholder',
      action: 'updated',
      objectId: stakeholderId,
      payload: { fields: changedFields(dto), version: version + 1 },
    });
    return current;
  }

  /** Its relationships go with it; prospects linked to it stay, linked to no stakeholder. */
  async remove(ctx: RequestContext, stakeholderId: string): Promise<void> {
    const process = processOf(ctx);
    if (!(await this.register.deleteStakeholder(ctx.em, process.id, stakeholderId)))
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such stakeholder.');
    recordAudit(ctx, { objectType: 'stakeholder', action: 'deleted', objectId: stakeholderId });
  }

  async relationships(ctx: RequestContext, query: RelationshipListQueryDto): Promise<RelationshipListDto> {
    const process = processOf(ctx);
    const paging = page(query);
    const { rows, total } = await this.register.listRelationships(ctx.em, process.id, {
      stakeholderId: query.stakeholderId ?? null,
      kind: query.kind ?? null,
      offset: paging.offset,
      limit: paging.limit,
    });
    return { items: rows.map(toRelationshipDto), total, page: paging.page, limit: paging.limit };
  }

  async createRelationship(ctx: RequestContext, dto: CreateRelationshipDto): Promise<RelationshipDto> {
    // Ids compare as the database writes them (lower case), so "A with itself" is caught in any spelling.
    const ends = { fromId: dto.fromId.toLowerCase(), toId: dto.toId.toLowerCase() };
    const problem = relationshipEndsProblem(ends.fromId, ends.toId);
    if (problem) throw invalidInput('relationshipToItself', problem, 'toId');
    const process = processOf(ctx);
    const found = await this.register.stakeholdersAmong(ctx.em, process.id, [ends.fromId, ends.toId]);
    for (const field of ['fromId', 'toId'] as const) {
      if (!found.has(ends[field])) throw invalidInput('stakeholderUnknown', 'Choose a stakeholder of this process.', field);
    }
    await this.register.lockProcess(ctx.em, process.id);
    if ((await this.register.countRelationships(ctx.em, process.id)) >= L.relationshipsPerProcess) {
      throw new DomainError(
        DomainErrorCode.REGISTER_FULL,
        `A process holds at most ${L.relationshipsPerProcess.toLocaleString('en')} relationships.`,
      );
    }
    let id: string | null;
    try {
      id = await this.register.insertRelationship(ctx.em, {
        workspaceId: process.workspaceId,
        processId: process.id,
        sourceId: ends.fromId,
        targetId: ends.toId,
        kind: dto.kind,
        strength: dto.strength,
        note: dto.note || null,
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new DomainError(DomainErrorCode.NOT_FOUND, 'One of the two stakeholders was just removed.');
      throw error;
    }
    if (!id) throw duplicate(dto.kind);
    recordAudit(ctx, {
      objectType: 'relationship',
      action: 'created',
      objectId: id,
      payload: { kind: dto.kind, fromId: ends.fromId, toId: ends.toId },
    });
    return toRelationshipDto(await this.relationship(ctx, process.id, id));
  }

  async updateRelationship(ctx: RequestContext, relationshipId: string, dto: UpdateRelationshipDto): Promise<RelationshipDto> {
    assertNotNull(dto, ['kind', 'strength']);
    const process = processOf(ctx);
    const current = await this.relationship(ctx, process.id, relationshipId);
    const { note, ...fields } = dto;
    try {
      await this.register.updateRelationship(ctx.em, process.id, current.id, {
        ...fields,
        ...(note !== undefined ? { note: note || null } : {}),
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate(dto.kind ?? current.kind);
      throw error;
    }
    recordAudit(ctx, { objectType: 'relationship', action: 'updated', objectId: current.id, payload: { fields: changedFields(dto) } });
    return toRelationshipDto(await this.relationship(ctx, process.id, current.id));
  }

  async removeRelationship(ctx: RequestContext, relationshipId: string): Promise<void> {
    const process = processOf(ctx);
    if (!(await this.register.deleteRelationship(ctx.em, process.id, relationshipId)))
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such relationship.');
    recordAudit(ctx, { objectType: 'relationship', action: 'deleted', objectId: relationshipId });
  }

  /**
   * Both pictures in one answer, in a fixed number of statements whatever the size: groups,
   * stakeholders, relationships. Ends and groups are indexes into the lists, which keeps it compact.
   */
  async map(ctx: RequestContext): Promise<StakeholderMapDto> {
    const process = processOf(ctx);
    // One more than the cap of each list tells whether it was cut. Sequential: a transaction's connection runs one statement at a time.
    const groups = await this.register.mapGroups(ctx.em, process.id);
    const stakeholders = await this.register.mapStakeholders(ctx.em, process.id, L.stakeholdersPerProcess + 1);
    const relationships = await this.register.mapRelationships(ctx.em, process.id, L.relationshipsPerProcess + 1);
    const truncated = stakeholders.length > L.stakeholdersPerProcess || relationships.length > L.relationshipsPerProcess;
    const nodes = stakeholders.slice(0, L.stakeholdersPerProcess);
    const groupIndex = new Map(groups.map((group, index) => [group.id, index]));
    const nodeIndex = new Map(nodes.map((node, index) => [node.id, index]));
    return {
      groups,
      stakeholders: nodes.map((node) => ({
        id: node.id,
        name: node.name,
        kind: node.kind,
        group: node.groupId ? (groupIndex.get(node.groupId) ?? null) : null,
        influence: node.influence,
        interest: node.interest,
        stance: node.stance,
      })),
      relationships: relationships
        .slice(0, L.relationshipsPerProcess)
        .flatMap((edge) => {
          const from = nodeIndex.get(edge.sourceId);
          const to = nodeIndex.get(edge.targetId);
          return from === undefined || to === undefined ? [] : [{ from, to, kind: edge.kind, strength: edge.strength }];
        })
        // A stable order (the pair and kind are unique), so the same register always gets the same picture.
        .sort((a, b) => a.from - b.from || a.to - b.to || a.kind.localeCompare(b.kind)),
      unmappedGroups: unmappedGroups(
        groups,
        nodes.map((node) => node.groupId),
      ),
      limits: { stakeholders: L.stakeholdersPerProcess, relationships: L.relationshipsPerProcess },
      truncated,
    };
  }

  private async stakeholder(ctx: RequestContext, processId: string, stakeholderId: string): Promise<StakeholderRow> {
    const row = await this.register.findStakeholder(ctx.em, processId, stakeholderId, seesPersonalData(ctx));
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such stakeholder.');
    return row;
  }

  private async relationship(ctx: RequestContext, processId: string, relationshipId: string): Promise<RelationshipRow> {
    const row = await this.register.findRelationship(ctx.em, processId, relationshipId);
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such relationship.');
    return row;
  }

  private async assertGroup(ctx: RequestContext, processId: string, groupId: string): Promise<void> {
    if (!(await this.register.isGroupOf(ctx.em, processId, groupId))) {
      throw invalidInput('stakeholderGroupUnknown', 'Choose a stakeholder group of this process.', 'groupId');
    }
  }
}
