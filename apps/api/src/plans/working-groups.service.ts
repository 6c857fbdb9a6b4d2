import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, invalidInput } from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import type { CreateWorkingGroupDto, UpdateWorkingGroupDto, WorkingGroupDto, WorkingGroupListDto } from './dto/working-group.dto';
import { type WorkingGroupRow, WorkingGroupsRepository } from './working-groups.repository';

function toDto(row: WorkingGroupRow): WorkingGroupDto {
  const lead = row.people.find((person) => person.lead);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    mandate: row.mandate,
    lead: lead ? { id: lead.id, displayName: lead.displayName } : null,
    members: row.people.filter((person) => !person.lead).map(({ id, displayName }) => ({ id, displayName })),
    actions: row.actions,
    version: row.version,
  };
}

const nameTaken = () => invalidInput('groupNameTaken', 'The process already has a group with this name.', 'name');

/** Working groups and task forces: mandate, lead and members, all people of the process. */
@Injectable()
export class WorkingGroupsService {
  constructor(private readonly groups: WorkingGroupsRepository) {}

  async list(ctx: RequestContext): Promise<WorkingGroupListDto> {
    const process = processOf(ctx);
    return { items: (await this.groups.list(ctx.em, process.id)).map(toDto) };
  }

  async create(ctx: RequestContext, dto: CreateWorkingGroupDto): Promise<WorkingGroupDto> {
    const process = processOf(ctx);
    await this.assertPeople(ctx, process.id, dto);
    const id = await this.groups.insert(ctx.em, process.workspaceId, process.id, dto);
    if (!id) throw nameTaken();
    await this.groups.setPeople(ctx.em, { id, workspaceId: process.workspaceId, processId: process.id }, dto.leadUserId, dto.memberIds);
    recordAudit(ctx, {
      objectType: 'working_group',
      action: 'created',
      objectId: id,
      payload: { kind: dto.kind, leadUserId: dto.leadUserId ?? null, members: dto.memberIds.length },
    });
    return this.one(ctx, process.id, id);
  }

  async update(ctx: RequestContext, groupId: string, dto: UpdateWorkingGroupDto): Promise<WorkingGroupDto> {
    const process = processOf(ctx);
    const group = await this.group(ctx, process.id, groupId);
    await this.assertPeople(ctx, process.id, dto);
    const outcome = await this.groups.update(ctx.em, group.id, dto.version, { name: dto.name, kind: dto.kind, mandate: dto.mandate });
    if (outcome === 'taken') throw nameTaken();
    if (outcome === 'stale') {
      throw versionConflict('Someone changed this group since you loaded it.', await this.one(ctx, process.id, group.id));
    }
    await this.groups.setPeople(ctx.em, group, dto.leadUserId, dto.memberIds);
    recordAudit(ctx, {
      objectType: 'working_group',
      action: 'updated',
      objectId: group.id,
      payload: { fields: changedFields(dto), leadUserId: dto.leadUserId ?? null, members: dto.memberIds.length, version: dto.version + 1 },
    });
    return this.one(ctx, process.id, group.id);
  }

  /** A group that still owns actions is not deleted: its actions would lose their owner unnoticed. */
  async remove(ctx: RequestContext, groupId: string): Promise<void> {
    const process = processOf(ctx);
    const group = await this.group(ctx, process.id, groupId);
    const owned = await this.groups.countActions(ctx.em, group.id);
    if (owned > 0) {
      throw new DomainError(
        DomainErrorCode.WORKING_GROUP_HAS_ACTIONS,
        `${group.name} owns ${owned} action${owned === 1 ? '' : 's'}; give ${owned === 1 ? 'it' : 'them'} another owner first.`,
      );
    }
    await this.groups.delete(ctx.em, group.id);
    recordAudit(ctx, { objectType: 'working_group', action: 'deleted', objectId: group.id });
  }

  private async assertPeople(ctx: RequestContext, processId: string, dto: CreateWorkingGroupDto): Promise<void> {
    const wanted = [...(dto.leadUserId ? [dto.leadUserId] : []), ...dto.memberIds];
    const known = await this.groups.processMembers(ctx.em, processId, wanted);
    if (dto.leadUserId && !known.has(dto.leadUserId))
      throw invalidInput('workingGroupLeadUnknown', 'The lead must be a person of the process.', 'leadUserId');
    if (dto.memberIds.some((id) => !known.has(id)))
      throw invalidInput('workingGroupMemberUnknown', 'Every member must be a person of the process.', 'memberIds');
  }

  private async group(ctx: RequestContext, processId: string, groupId: string) {
    const group = await this.groups.findGroup(ctx.em, processId, groupId);
    if (!group) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such working group.');
    return group;
  }

  private async one(ctx: RequestContext, processId: string, id: string): Promise<WorkingGroupDto> {
    const [row] = await this.groups.list(ctx.em, processId, id);
    return toDto(row);
  }
}
