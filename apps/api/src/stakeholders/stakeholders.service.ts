import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, STARTER_STAKEHOLDER_GROUPS } from '@common-ground/domain';
import { processOf, type RequestContext } from '../common/request-context';
import type { StakeholderGroupDto, StakeholderGroupListDto, UpdateStakeholderGroupDto } from './dto/stakeholder-group.dto';
import { StakeholdersRepository } from './stakeholders.repository';

const taken = () => new DomainError(DomainErrorCode.INVALID_INPUT, 'The process already has a group with this name.', 'name');

@Injectable()
export class StakeholdersService {
  constructor(
    private readonly groups: StakeholdersRepository,
  ) {}

  async list(ctx: RequestContext): Promise<StakeholderGroupListDto> {
    const process = processOf(ctx);
    const items = await this.groups.list(ctx.em, process.id);
    return { items, unrepresented: items.filter((group) => group.indispensable && group.participants === 0).map((group) => group.name) };
  }

  async add(ctx: RequestContext, name: string, indispensable: boolean): Promise<StakeholderGroupDto> {
    const process = processOf(ctx);
    if ((await this.groups.add(ctx.em, process.workspaceId, process.id, [name], indispensable)) === 0) throw taken();
    return (await this.list(ctx)).items.find((group) => group.name === name) as StakeholderGroupDto;
  }

  async addStarterList(ctx: RequestContext): Promise<StakeholderGroupListDto> {
    const process = processOf(ctx);
    await this.groups.add(ctx.em, process.workspaceId, process.id, STARTER_STAKEHOLDER_GROUPS, false);
    return this.list(ctx);
  }

  async update(ctx: RequestContext, groupId: string, dto: UpdateStakeholderGroupDto): Promise<StakeholderGroupDto> {
    const group = await this.group(ctx, groupId);
    if (!(await this.groups.update(ctx.em, group.id, dto))) throw taken();
    return (await this.list(ctx)).items.find((item) => item.id === group.id) as StakeholderGroupDto;
  }

  async remove(ctx: RequestContext, groupId: string): Promise<void> {
    await this.groups.remove(ctx.em, (await this.group(ctx, groupId)).id);
  }

  async setMemberGroup(ctx: RequestContext, userId: string, groupId: string | null): Promise<void> {
    const process = processOf(ctx);
    if (groupId) await this.group(ctx, groupId);
    if (!(await this.groups.setMemberGroup(ctx.em, process.id, userId, groupId))) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person does not take part in the process.');
    }
  }

  async setAlternate(ctx: RequestContext, userId: string, principalId: string | null): Promise<void> {
    const process = processOf(ctx);
    const outcome = await this.groups.setAlternate(ctx.em, process.id, userId, principalId);
    if (outcome === 'no-member') throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person does not take part in the process.');
    if (outcome === 'no-principal') throw new DomainError(DomainErrorCode.INVALID_INPUT, 'An alternate stands in for another participant of the process.', 'alternateFor');
  }

  private async group(ctx: RequestContext, groupId: string) {
    const group = await this.groups.find(ctx.em, ctx.processId as string, groupId);
    if (!group) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such stakeholder group.', 'stakeholderGroupId');
    return group;
  }
}
