import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, memberChangeRefusal, type WorkspaceRole } from '@common-ground/domain';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../common/request-context';
import type { WorkspaceMemberDto } from './dto/workspace.dto';
import { type LockedMember, MembersRepository } from './members.repository';
import { WorkspacesRepository } from './workspaces.repository';

const LAST_OWNER = 'A workspace needs at least one owner. Make someone else an owner first.';

/**
 * Changing a member's workspace role and removing a member. The access guard reads roles at every request,
 * so a change applies to the person's open sessions at their next request. A removed person's records
 * (what they wrote, signed, decided, and the audit trail) stay, attributed to them: nothing they authored
 * references their membership.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly workspaces: WorkspacesRepository,
  ) {}

  async changeRole(ctx: RequestContext, userId: string, role: WorkspaceRole): Promise<WorkspaceMemberDto> {
    const member = await this.lockAndCheck(ctx, userId, role);
    if (member.role !== role) await this.members.changeRole(ctx.em, ctx.workspaceId as string, userId, role);
    recordAudit(ctx, {
      objectType: 'workspace_member',
      action: 'changed',
      objectId: userId,
      processId: null,
      payload: { from: member.role, to: role },
    });
    const rows = await this.workspaces.listMembers(ctx.em, ctx.workspaceId as string);
    const row = rows.find((item) => item.userId === userId);
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such member.');
    return { userId: row.userId, email: row.email, displayName: row.displayName, role: row.role, joinedAt: row.joinedAt.toISOString() };
  }

  /**
   * Removes the person from the workspace and from its running processes. A process they alone convene
   * must get another convener first (409 LAST_CONVENER naming the processes). Archived processes keep
   * their membership as part of the record.
   */
  async remove(ctx: RequestContext, userId: string): Promise<void> {
    const workspaceId = ctx.workspaceId as string;
    const member = await this.lockAndCheck(ctx, userId, null);
    const memberships = await this.members.lockActiveMemberships(ctx.em, workspaceId, userId);
    const alone = memberships.filter((membership) => membership.role === 'convener' && !membership.otherConvener);
    if (alone.length > 0) {
      throw new DomainError(
        DomainErrorCode.LAST_CONVENER,
        `This person is the only convener of ${alone.length === 1 ? 'a process' : `${alone.length} processes`}. Name another convener there first.`,
        undefined,
        { processIds: alone.map((membership) => membership.processId) },
      );
    }
    await this.members.removeFromProcesses(
      ctx.em,
      userId,
      memberships.map((membership) => membership.processId),
    );
    for (const membership of memberships) {
      recordAudit(ctx, {
        objectType: 'process_member',
        action: 'removed',
        objectId: userId,
        processId: membership.processId,
        payload: { role: membership.role, reason: 'workspace_member_removed' },
      });
    }
    await this.members.remove(ctx.em, workspaceId, userId);
    recordAudit(ctx, {
      objectType: 'workspace_member',
      action: 'removed',
      objectId: userId,
      processId: null,
      payload: { role: member.role, processIds: memberships.map((membership) => membership.processId) },
    });
  }

  /** Locks the owners and the member, then applies the per-member rules and the last-owner rule. */
  private async lockAndCheck(ctx: RequestContext, userId: string, to: WorkspaceRole | null): Promise<LockedMember> {
    const { member, owners } = await this.members.lockOwnersAnd(ctx.em, ctx.workspaceId as string, userId);
    if (!member) throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person is not a member of the workspace.');
    const refusal = memberChangeRefusal(ctx.grants.workspaceRole ?? 'member', member.role, to);
    if (refusal) throw new DomainError(DomainErrorCode.FORBIDDEN, refusal);
    if (member.role === 'owner' && to !== 'owner' && owners.every((owner) => owner === userId)) {
      throw new DomainError(DomainErrorCode.LAST_OWNER, LAST_OWNER, to === null ? undefined : 'role');
    }
    return member;
  }
}
