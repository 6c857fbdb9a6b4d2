import { Injectable } from '@nestjs/common';
import { can, DomainError, DomainErrorCode, type ProcessRole } from '@common-ground/domain';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import { WorkspacesRepository } from '../workspaces/workspaces.repository';
import type { AddProcessMemberDto, ProcessMemberDto, ProcessMemberListDto } from './dto/process.dto';
import { type ProcessMemberRow, ProcessMembersRepository } from './process-members.repository';

/** E-mail addresses are personal data: only the roles granted `process.members.contact` receive them. */
function toDto(ctx: RequestContext, { email, ...row }: ProcessMemberRow): ProcessMemberDto {
  return { ...row, ...(can(ctx.grants, 'process.members.contact') ? { email } : {}), addedAt: row.addedAt.toISOString() };
}

@Injectable()
export class ProcessMembersService {
  constructor(
    private readonly members: ProcessMembersRepository,
    private readonly workspaces: WorkspacesRepository,
  ) {}

  async list(ctx: RequestContext): Promise<ProcessMemberListDto> {
    return { items: (await this.members.list(ctx.em, ctx.processId as string)).map((row) => toDto(ctx, row)) };
  }

  async add(ctx: RequestContext, dto: AddProcessMemberDto): Promise<ProcessMemberDto> {
    const process = processOf(ctx);
    if (!(await this.workspaces.isMember(ctx.em, process.workspaceId, dto.userId))) {
      throw new DomainError(DomainErrorCode.NOT_WORKSPACE_MEMBER, 'Invite this person to the workspace first.', 'userId');
    }
    if (!(await this.members.add(ctx.em, process.workspaceId, process.id, dto.userId, dto.role))) {
      throw new DomainError(
        DomainErrorCode.ALREADY_MEMBER,
        'This person already takes part in the process; change their role instead.',
        'userId',
      );
    }
    recordAudit(ctx, { objectType: 'process_member', action: 'added', objectId: dto.userId, payload: { role: dto.role } });
    return toDto(ctx, (await this.members.find(ctx.em, process.id, dto.userId)) as ProcessMemberRow);
  }

  async changeRole(ctx: RequestContext, userId: string, role: ProcessRole): Promise<ProcessMemberDto> {
    const member = await this.existing(ctx, userId);
    if (member.role === 'convener' && role !== 'convener') await this.keepAConvener(ctx, userId);
    await this.members.changeRole(ctx.em, ctx.processId as string, userId, role);
    recordAudit(ctx, { objectType: 'process_member', action: 'changed', objectId: userId, payload: { from: member.role, to: role } });
    return { ...toDto(ctx, member), role };
  }

  async remove(ctx: RequestContext, userId: string): Promise<void> {
    const member = await this.existing(ctx, userId);
    if (member.role === 'convener') await this.keepAConvener(ctx, userId);
    await this.members.remove(ctx.em, ctx.processId as string, userId);
    recordAudit(ctx, { objectType: 'process_member', action: 'removed', objectId: userId, payload: { role: member.role } });
  }

  private async existing(ctx: RequestContext, userId: string): Promise<ProcessMemberRow> {
    const member = await this.members.find(ctx.em, ctx.processId as string, userId);
    if (!member) throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person does not take part in the process.');
    return member;
  }

  /** A process always keeps a convener: its official face (Lesson 11 §2). */
  private async keepAConvener(ctx: RequestContext, userId: string): Promise<void> {
    if ((await this.members.otherConveners(ctx.em, ctx.processId as string, userId)) === 0) {
      throw new DomainError(DomainErrorCode.LAST_CONVENER, 'A process needs at least one convener; name another convener first.', 'role');
    }
  }
}
