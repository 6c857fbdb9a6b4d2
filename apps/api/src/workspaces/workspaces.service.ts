import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { can, DomainError, DomainErrorCode, invitationRoleOf, isReadOnly, PROSPECT_STATUS_ON_INVITATION } from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { queueMail } from '../mail/queue-mail';
import { applyScope, Db } from '../database/db.service';
import type {
  AcceptedInvitationDto,
  CreateInvitationDto,
  CreateWorkspaceDto,
  InvitationDto,
  InvitationListDto,
  InvitationPreviewDto,
  RenameWorkspaceDto,
  WorkspaceDto,
  WorkspaceListDto,
  WorkspaceMemberListDto,
  WorkspaceSecurityDto,
} from './dto/workspace.dto';
import type { InvitationEntity } from './invitation.entity';
import { type NewInvitation, WorkspacesRepository, type WorkspaceRow } from './workspaces.repository';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class WorkspacesService {
  constructor(
    private readonly workspaces: WorkspacesRepository,
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(ctx: RequestContext): Promise<WorkspaceListDto> {
    return { items: await this.workspaces.listForUser(ctx.em, ctx.actor.id) };
  }

  async create(ctx: RequestContext, dto: CreateWorkspaceDto): Promise<WorkspaceDto> {
    const id = randomUUID();
    // The new workspace is the transaction's tenant from here on, so its rows pass the RLS checks.
    await applyScope(ctx.em, { workspaceId: id, userId: ctx.actor.id });
    const workspace = await this.workspaces.insertWithOwner(ctx.em, id, dto.name, ctx.actor.id);
    recordAudit(ctx, {
      objectType: 'workspace',
      action: 'created',
      objectId: id,
      workspaceId: id,
      processId: null,
      payload: { ownerId: ctx.actor.id },
    });
    return this.toDto(workspace, 'owner');
  }

  async get(ctx: RequestContext): Promise<WorkspaceDto> {
    return this.toDto(await this.current(ctx), ctx.grants.workspaceRole ?? 'member');
  }

  async rename(ctx: RequestContext, dto: RenameWorkspaceDto): Promise<WorkspaceDto> {
    const id = ctx.workspaceId as string;
    if (!(await this.workspaces.renameIfCurrent(ctx.em, id, dto.name, dto.version))) {
      const current = this.toDto(await this.current(ctx), ctx.grants.workspaceRole ?? 'member');
      throw versionConflict('Someone renamed the workspace since you loaded it.', current);
    }
    recordAudit(ctx, { objectType: 'workspace', action: 'renamed', objectId: id, payload: { fields: ['name'], version: dto.version + 1 } });
    return this.get(ctx);
  }

  async members(ctx: RequestContext): Promise<WorkspaceMemberListDto> {
    const rows = await this.workspaces.listMembers(ctx.em, ctx.workspaceId as string);
    const seesEmail = can(ctx.grants, 'workspace.members.contact');
    return { items: rows.map(({ email, ...row }) => ({ ...row, ...(seesEmail ? { email } : {}), joinedAt: row.joinedAt.toISOString() })) };
  }

  async invitations(ctx: RequestContext): Promise<InvitationListDto> {
    const rows = await this.workspaces.listPendingInvitations(ctx.em, ctx.workspaceId as string);
    return {
      items: rows.map((row) => ({
        id: row.id,
        email: row.email,
        role: row.role,
        expiresAt: row.expiresAt.toISOString(),
        createdAt: row.createdAt.toISOString(),
        invitedBy: row.inviterName,
        mailStatus: row.mailStatus,
        ...(row.failedMailPath ? { acceptUrl: `${ctx.origin}${row.failedMailPath}` } : {}),
      })),
    };
  }

  async invite(ctx: RequestContext, dto: CreateInvitationDto): Promise<InvitationDto> {
    const invitation = await this.issueInvitation(ctx, { email: dto.email, role: dto.role });
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
      invitedBy: ctx.actor.displayName,
      mailStatus: 'queued',
    };
  }

  /**
   * The one invitation mechanism, for a workspace or for a process of it: a single-use, expiring link, mailed
   * to the invitee in the same transaction. The link is kept nowhere else (not in logs, not in the answer to
   * the inviter); only when the mail fails does the inviter's list show it, to pass on another way.
   */
  async issueInvitation(
    ctx: RequestContext,
    invitation: Pick<NewInvitation, 'email' | 'role' | 'processId' | 'processRole' | 'stakeholderGroupId' | 'alternateFor' | 'prospectId'>,
  ): Promise<InvitationEntity> {
    const token = randomBytes(32).toString('base64url');
    const saved = await this.workspaces.insertInvitation(ctx.em, {
      ...invitation,
      workspaceId: ctx.workspaceId as string,
      tokenHash: hashToken(token),
      invitedBy: ctx.actor.id,
      expiresAt: new Date(Date.now() + this.config.invitationTtlHours * 3600_000),
    });
    recordAudit(ctx, {
      objectType: 'invitation',
      action: 'created',
      objectId: saved.id,
      processId: invitation.processId ?? null,
      payload: {
        role: invitation.role,
        processRole: invitation.processRole ?? null,
        stakeholderGroupId: invitation.stakeholderGroupId ?? null,
        prospectId: invitation.prospectId ?? null,
      },
    });
    await this.queueInvitationMail(ctx, saved, `/invitations/${token}`);
    return saved;
  }

  /** The invitation's mail, in the transaction that creates it: no invitation, no mail, and the other way round. */
  private async queueInvitationMail(ctx: RequestContext, invitation: InvitationEntity, path: string): Promise<void> {
    const workspaceId = ctx.workspaceId as string;
    const workspace = (await this.workspaces.find(ctx.em, workspaceId)) as WorkspaceRow;
    const common = {
      workspaceName: workspace.name,
      inviterName: ctx.actor.displayName,
      path,
      expiresAt: invitation.expiresAt.toISOString(),
    };
    const to = { address: invitation.email };
    if (invitation.processId) {
      const process = await this.workspaces.findInvitedProcess(ctx.em, invitation.processId);
      await queueMail(ctx.em, {
        key: `process-invitation:${invitation.id}`,
        template: 'process-invitation',
        params: {
          ...common,
          processTitle: process?.title ?? '',
          role: invitation.processRole ?? invitation.role,
          timeZone: process?.timezone ?? null,
        },
        to,
        // Someone without an account (or a language) reads the inviter's language, else the process's.
        fallback: { userId: ctx.actor.id, locale: process?.language ?? null },
        workspaceId,
      });
    } else {
      await queueMail(ctx.em, {
        key: `workspace-invitation:${invitation.id}`,
        template: 'workspace-invitation',
        params: { ...common, role: invitation.role },
        to,
        fallback: { userId: ctx.actor.id },
        workspaceId,
      });
    }
  }

  async revokeInvitation(ctx: RequestContext, invitationId: string): Promise<void> {
    if (!(await this.revokePending(ctx, invitationId)))
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'No pending invitation with this id.');
  }

  /**
   * Revokes a pending invitation of the workspace (of that process, when one is named); false when there is
   * none. A prospect invited by it goes back to where they stood before.
   */
  async revokePending(ctx: RequestContext, invitationId: string, processId: string | null = null): Promise<boolean> {
    const revoked = await this.workspaces.revokeInvitation(ctx.em, ctx.workspaceId as string, invitationId, processId);
    if (!revoked) return false;
    if (revoked.prospectId) await this.workspaces.moveInvitedProspect(ctx.em, revoked.prospectId, PROSPECT_STATUS_ON_INVITATION.revoked);
    recordAudit(ctx, {
      objectType: 'invitation',
      action: 'revoked',
      objectId: invitationId,
      processId: revoked.processId ?? null,
      payload: {},
    });
    return true;
  }

  /** Public: what the link is for, so the invitee can decide before signing up. */
  async preview(token: string): Promise<InvitationPreviewDto> {
    const tokenHash = hashToken(token);
    return this.db.transaction({ invitationTokenHash: tokenHash }, async (em) => {
      const invitation = await this.workspaces.findUsableInvitation(em, tokenHash);
      if (!invitation)
        throw new DomainError(DomainErrorCode.INVITATION_INVALID, 'This invitation link is invalid, used, revoked or expired.');
      await applyScope(em, { workspaceId: invitation.workspaceId, invitationTokenHash: tokenHash });
      const workspace = (await this.workspaces.find(em, invitation.workspaceId)) as WorkspaceRow;
      const process = invitation.processId ? await this.usableProcess(em, invitation.processId) : null;
      return {
        workspaceName: workspace.name,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
        processTitle: process?.title ?? null,
        processRole: invitation.processRole ? invitationRoleOf(invitation.processRole, invitation.alternateFor) : null,
      };
    });
  }

  async accept(ctx: RequestContext, token: string): Promise<AcceptedInvitationDto> {
    const tokenHash = hashToken(token);
    await applyScope(ctx.em, { userId: ctx.actor.id, invitationTokenHash: tokenHash });
    const invitation = await this.workspaces.findUsableInvitation(ctx.em, tokenHash);
    if (!invitation)
      throw new DomainError(DomainErrorCode.INVITATION_INVALID, 'This invitation link is invalid, used, revoked or expired.');
    if (invitation.email.toLowerCase() !== ctx.actor.email.toLowerCase()) {
      throw new DomainError(
        DomainErrorCode.INVITATION_EMAIL_MISMATCH,
        `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`,
      );
    }
    await applyScope(ctx.em, { workspaceId: invitation.workspaceId, userId: ctx.actor.id, invitationTokenHash: tokenHash });
    if (invitation.processId) await this.usableProcess(ctx.em, invitation.processId);
    if (!(await this.workspaces.markAccepted(ctx.em, invitation.id, ctx.actor.id))) {
      throw new DomainError(DomainErrorCode.INVITATION_INVALID, 'This invitation has just been used.');
    }
    // Someone already in the workspace keeps their workspace role; the process invitation adds the process role.
    const joined = await this.workspaces.addMember(ctx.em, invitation.workspaceId, ctx.actor.id, invitation.role);
    if (invitation.processId) await this.workspaces.joinInvitedProcess(ctx.em, invitation, ctx.actor.id);
    if (invitation.prospectId)
      await this.workspaces.moveInvitedProspect(ctx.em, invitation.prospectId, PROSPECT_STATUS_ON_INVITATION.accepted);
    recordAudit(ctx, {
      objectType: 'invitation',
      action: 'accepted',
      objectId: invitation.id,
      workspaceId: invitation.workspaceId,
      processId: invitation.processId,
      payload: { role: invitation.role, processRole: invitation.processRole, joinedWorkspace: joined },
    });
    return { workspaceId: invitation.workspaceId, processId: invitation.processId };
  }

  /** A process invitation is good only while its process still takes people in. */
  private async usableProcess(em: RequestContext['em'], processId: string): Promise<{ title: string }> {
    const process = await this.workspaces.findInvitedProcess(em, processId);
    if (!process || isReadOnly(process.status))
      throw new DomainError(DomainErrorCode.INVITATION_INVALID, 'The process of this invitation has been archived.');
    return process;
  }

  private async current(ctx: RequestContext): Promise<WorkspaceRow> {
    const workspace = await this.workspaces.find(ctx.em, ctx.workspaceId as string);
    if (!workspace) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such workspace.');
    return workspace;
  }

  async setSecurity(ctx: RequestContext, dto: WorkspaceSecurityDto): Promise<WorkspaceDto> {
    const id = ctx.workspaceId as string;
    if (dto.requireTwoFactorForLeads && !(await this.workspaces.hasTwoFactor(ctx.em, ctx.actor.id))) {
      throw new DomainError(
        DomainErrorCode.TWO_FACTOR_REQUIRED,
        'Turn on your own two-factor sign-in first (Account, Two-factor sign-in), then require it of others.',
        'requireTwoFactorForLeads',
      );
    }
    await this.workspaces.setRequireTwoFactorForLeads(ctx.em, id, dto.requireTwoFactorForLeads);
    recordAudit(ctx, {
      objectType: 'workspace',
      action: 'security_changed',
      objectId: id,
      processId: null,
      payload: { requireTwoFactorForLeads: dto.requireTwoFactorForLeads },
    });
    return this.get(ctx);
  }

  private toDto(row: WorkspaceRow, role: WorkspaceDto['role']): WorkspaceDto {
    return {
      id: row.id,
      name: row.name,
      role,
      version: row.version,
      requireTwoFactorForLeads: row.requireTwoFactorForLeads,
      createdAt: row.createdAt.toISOString(),
    };
  }
}
