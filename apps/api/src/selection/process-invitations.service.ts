import { Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  invitationRoleOf,
  invitedMembership,
  type ProcessRole,
  prospectInvitationProblem,
  invalidInput,
} from '@common-ground/domain';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import { ProspectsRepository } from '../stakeholders/prospects.repository';
import type { PendingInvitationRow } from '../workspaces/workspaces.repository';
import { WorkspacesRepository } from '../workspaces/workspaces.repository';
import { WorkspacesService } from '../workspaces/workspaces.service';
import type { CreateProcessInvitationDto, InvitedProspectDto, ProcessInvitationDto, ProcessInvitationListDto } from './dto/selection.dto';
import { SelectionRepository } from './selection.repository';

type ProcessInvitationRow = Pick<
  PendingInvitationRow,
  'id' | 'email' | 'stakeholderGroupId' | 'alternateFor' | 'expiresAt' | 'createdAt'
> & {
  processRole: ProcessRole;
  prospect: InvitedProspectDto | null;
};

function toDto(row: ProcessInvitationRow, invitedBy: string): ProcessInvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: invitationRoleOf(row.processRole, row.alternateFor),
    stakeholderGroupId: row.stakeholderGroupId,
    alternateFor: row.alternateFor,
    prospect: row.prospect,
    expiresAt: new Date(row.expiresAt).toISOString(),
    createdAt: new Date(row.createdAt).toISOString(),
    invitedBy,
  };
}

/**
 * Invitations to a process with a role: the workspace's invitation mechanism, with the process, role,
 * group and principal attached. Accepting one makes the person an active member (see WorkspacesService.accept).
 */
@Injectable()
export class ProcessInvitationsService {
  constructor(
    private readonly selection: SelectionRepository,
    private readonly workspaces: WorkspacesRepository,
    private readonly invitations: WorkspacesService,
    private readonly prospects: ProspectsRepository,
  ) {}

  async list(ctx: RequestContext): Promise<ProcessInvitationListDto> {
    const process = processOf(ctx);
    const rows = await this.workspaces.listPendingInvitations(ctx.em, process.workspaceId, process.id);
    return {
      items: rows.flatMap(({ prospectId, prospectName, ...row }) => {
        if (!row.processRole) return [];
        const prospect = prospectId && prospectName !== null ? { id: prospectId, name: prospectName } : null;
        const mail = { mailStatus: row.mailStatus, ...(row.failedMailPath ? { acceptUrl: `${ctx.origin}${row.failedMailPath}` } : {}) };
        return [{ ...toDto({ ...row, processRole: row.processRole, prospect }, row.inviterName), ...mail }];
      }),
    };
  }

  async invite(ctx: RequestContext, dto: CreateProcessInvitationDto): Promise<ProcessInvitationDto> {
    const process = processOf(ctx);
    const membership = invitedMembership(dto.role, dto.alternateFor, dto.stakeholderGroupId);
    if ('problem' in membership) throw invalidInput('invitationMembershipInvalid', membership.problem, membership.field);
    const checks = await this.selection.invitationChecks(
      ctx.em,
      process.id,
      dto.email,
      membership.stakeholderGroupId,
      membership.alternateFor,
    );
    if (checks.alreadyMember)
      throw new DomainError(
        DomainErrorCode.ALREADY_MEMBER,
        'This person already takes part in the process; change their role on the Members tab.',
        'email',
      );
    if (membership.stakeholderGroupId && !checks.groupExists)
      throw invalidInput('stakeholderGroupUnknown', 'No such stakeholder group in this process.', 'stakeholderGroupId');
    if (membership.alternateFor && !checks.principalIsParticipant) {
      throw invalidInput(
        'alternateNotParticipant',
        'An alternate stands in for a participant of the process who is not an alternate.',
        'alternateFor',
      );
    }
    const prospect = dto.prospectId ? await this.markProspectInvited(ctx, process.id, dto.prospectId) : null;
    const invitation = await this.invitations.issueInvitation(ctx, {
      email: dto.email,
      role: 'member',
      processId: process.id,
      processRole: membership.role,
      stakeholderGroupId: membership.stakeholderGroupId,
      alternateFor: membership.alternateFor,
      prospectId: prospect?.id ?? null,
    });
    return { ...toDto({ ...invitation, processRole: membership.role, prospect }, ctx.actor.displayName), mailStatus: 'queued' };
  }

  async revoke(ctx: RequestContext, invitationId: string): Promise<void> {
    const process = processOf(ctx);
    if (!(await this.invitations.revokePending(ctx, invitationId, process.id))) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'No pending invitation to this process with this id.');
    }
  }

  /** The prospect of this process being invited, moved to invited at a new version (a concurrent edit of theirs gets 409). */
  private async markProspectInvited(ctx: RequestContext, processId: string, prospectId: string): Promise<InvitedProspectDto> {
    const prospect = await this.prospects.find(ctx.em, processId, prospectId, false);
    if (!prospect) throw invalidInput('prospectUnknown', 'Choose a prospective participant of this process.', 'prospectId');
    const problem = prospectInvitationProblem(prospect.status, await this.workspaces.hasPendingInvitationFor(ctx.em, prospect.id));
    if (problem) throw new DomainError(DomainErrorCode.PROSPECT_TRANSITION_INVALID, problem, 'prospectId');
    if (
      !(await this.prospects.update(ctx.em, processId, prospect.id, prospect.version, { status: 'invited', statusChangedAt: new Date() }))
    ) {
      throw new DomainError(
        DomainErrorCode.VERSION_CONFLICT,
        'Someone changed this prospect while the invitation was being sent; try again.',
        'prospectId',
      );
    }
    recordAudit(ctx, {
      objectType: 'prospect',
      action: 'status_changed',
      objectId: prospect.id,
      payload: { status: 'invited', version: prospect.version + 1 },
    });
    return { id: prospect.id, name: prospect.name };
  }
}
