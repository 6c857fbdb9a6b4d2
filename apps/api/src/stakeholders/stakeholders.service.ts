import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, STARTER_STAKEHOLDER_GROUPS, invalidInput } from '@common-ground/domain';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import type { StakeholderGroupDto, StakeholderGroupListDto, UpdateStakeholderGroupDto } from './dto/stakeholder-group.dto';
import { StakeholdersRepository } from './stakeholders.repository';

const taken = () => invalidInput('groupNameTaken', 'The process already has a group with this name.', 'name');

@Injectable()
export class StakeholdersService {
  constructor(private readonly groups: StakeholdersRepository) {}

  async list(ctx: RequestContext): Promise<StakeholderGroupListDto> {
    const process = processOf(ctx);
    const items = await this.groups.list(ctx.em, process.id);
    return { items, unrepresented: items.filter((group) => group.indispensable && group.participants === 0).map((group) => group.name) };
  }

  async add(ctx: RequestContext, name: string, indispensable: boolean): Promise<StakeholderGroupDto> {
    const process = processOf(ctx);
    if ((await this.groups.add(ctx.em, process.workspaceId, process.id, [name], indispensable)) === 0) throw taken();
    const added = (await this.list(ctx)).items.find((group) => group.name === name) as StakeholderGroupDto;
    recordAudit(ctx, { objectType: 'stakeholder_group', action: 'created', objectId: added.id, payload: { indispensable } });
    return added;
  }

  async addStarterList(ctx: RequestContext): Promise<StakeholderGroupListDto> {
    const process = processOf(ctx);
    const added = await this.groups.add(ctx.em, process.workspaceId, process.id, STARTER_STAKEHOLDER_GROUPS, false);
    recordAudit(ctx, { objectType: 'stakeholder_group', action: 'starter_list_added', objectId: process.id, payload: { added } });
    return this.list(ctx);
  }

  async update(ctx: RequestContext, groupId: string, dto: UpdateStakeholderGroupDto): Promise<StakeholderGroupDto> {
    const group = await this.group(ctx, groupId);
    if (!(await this.groups.update(ctx.em, group.id, dto))) throw taken();
    recordAudit(ctx, { objectType: 'stakeholder_group', action: 'updated', objectId: group.id, payload: { fields: changedFields(dto) } });
    return (await this.list(ctx)).items.find((item) => item.id === group.id) as StakeholderGroupDto;
  }

  async remove(ctx: RequestContext, groupId: string): Promise<void> {
    const group = await this.group(ctx, groupId);
    await this.groups.remove(ctx.em, group.id);
    recordAudit(ctx, { objectType: 'stakeholder_group', action: 'deleted', objectId: group.id });
  }

  async setMemberGroup(ctx: RequestContext, userId: string, groupId: string | null): Promise<void> {
    const process = processOf(ctx);
    if (groupId) await this.group(ctx, groupId);
    if (!(await this.groups.setMemberGroup(ctx.em, process.id, userId, groupId))) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person does not take part in the process.');
    }
    recordAudit(ctx, { objectType: 'process_member', action: 'group_changed', objectId: userId, payload: { stakeholderGroupId: groupId } });
  }

  async setAlternate(ctx: RequestContext, userId: string, principalId: string | null): Promise<void> {
    const process = processOf(ctx);
    const outcome = await this.groups.setAlternate(ctx.em, process.id, userId, principalId);
    if (outcome === 'no-member') throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person does not take part in the process.');
    if (outcome === 'no-principal')
      throw invalidInput('alternateNotParticipant', 'An alternate stands in for another participant of the process.', 'alternateFor');
    recordAudit(ctx, {
      objectType: 'process_member',
      action: 'alternate_changed',
      objectId: userId,
      payload: { alternateFor: principalId },
    });
  }

  private async group(ctx: RequestContext, groupId: string) {
    const group = await this.groups.find(ctx.em, ctx.processId as string, groupId);
    if (!group) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such stakeholder group.', 'stakeholderGroupId');
    return group;
  }
}
