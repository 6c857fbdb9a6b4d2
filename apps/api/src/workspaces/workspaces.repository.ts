import { UserEntity } from '../auth/user.entity';
import { Injectable } from '@nestjs/common';
import type { ProcessRole, ProcessStatus, ProspectStatus, WorkspaceRole } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { activeParticipant } from '../common/db/fragments';
import { updateIfCurrent } from '../common/db/update-if-current';
import { InvitationEntity } from './invitation.entity';
import { WorkspaceMemberEntity } from './workspace-member.entity';
import { WorkspaceEntity } from './workspace.entity';

export interface WorkspaceRow {
  id: string;
  name: string;
  version: number;
  requireTwoFactorForLeads: boolean;
  createdAt: Date;
}

export type NewInvitation = Pick<InvitationEntity, 'workspaceId' | 'email' | 'role' | 'tokenHash' | 'invitedBy' | 'expiresAt'> &
  Partial<Pick<InvitationEntity, 'processId' | 'processRole' | 'stakeholderGroupId' | 'alternateFor' | 'prospectId'>>;

export interface PendingInvitationRow {
  id: string;
  email: string;
  role: WorkspaceRole;
  processId: string | null;
  processRole: ProcessRole | null;
  stakeholderGroupId: string | null;
  alternateFor: string | null;
  prospectId: string | null;
  prospectName: string | null;
  expiresAt: Date;
  createdAt: Date;
  inviterName: string;
  /** The invitation mail's delivery: queued (or being retried), sent, or failed for good. */
  mailStatus: 'queued' | 'sent' | 'failed';
  /** The invitation's link path, kept only while its mail could not be delivered. */
  failedMailPath: string | null;
}

/** A prospect's status move caused by their invitation, made only while they still stand at `from`. */
export interface ProspectMove {
  from: ProspectStatus;
  to: ProspectStatus;
}

export interface MemberRow {
  userId: string;
  email: string;
  displayName: string;
  role: WorkspaceRole;
  joinedAt: Date;
}

@Injectable()
export class WorkspacesRepository {
  async listForUser(em: EntityManager, userId: string): Promise<{ id: string; name: string; role: WorkspaceRole }[]> {
    return await em.query<{ id: string; name: string; role: WorkspaceRole }[]>(
      `select w.id, w.name, m.role from workspaces w join workspace_members m on m.workspace_id = w.id
        where m.user_id = $1 order by lower(w.name), w.id`,
      [userId],
    );
  }

  async insertWithOwner(em: EntityManager, id: string, name: string, ownerId: string): Promise<WorkspaceRow> {
    await em.insert(WorkspaceEntity, { id, name });
    await em.insert(WorkspaceMemberEntity, { workspaceId: id, userId: ownerId, role: 'owner' });
    return (await this.find(em, id)) as WorkspaceRow;
  }

  find(em: EntityManager, id: string): Promise<WorkspaceRow | null> {
    return em.findOne(WorkspaceEntity, {
      where: { id },
      select: { id: true, name: true, version: true, requireTwoFactorForLeads: true, createdAt: true },
    });
  }

  /** Renames only if nobody changed the workspace since `version`; false when stale. */
  async renameIfCurrent(em: EntityManager, id: string, name: string, version: number): Promise<boolean> {
    return updateIfCurrent(em, WorkspaceEntity, { id }, version, { name });
  }

  /** A setting of its own, outside the name's version: turning it on or off never conflicts with a rename. */
  async setRequireTwoFactorForLeads(em: EntityManager, id: string, required: boolean): Promise<void> {
    await em.update(WorkspaceEntity, { id }, { requireTwoFactorForLeads: required });
  }

  /** Whether the person has two-factor sign-in on (the transaction acts for them: row-level security). */
  async hasTwoFactor(em: EntityManager, userId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>('select 1 from user_two_factor where user_id = $1 and enabled_at is not null', [userId]);
    return rows.length > 0;
  }

  async listMembers(em: EntityManager, workspaceId: string): Promise<MemberRow[]> {
    return await em.query<MemberRow[]>(
      `select m.user_id as "userId", u.email, u.display_name as "displayName", m.role, m.created_at as "joinedAt"
         from workspace_members m join users u on u.id = m.user_id
        where m.workspace_id = $1 order by lower(u.display_name), u.id`,
      [workspaceId],
    );
  }

  async isMember(em: EntityManager, workspaceId: string, userId: string): Promise<boolean> {
    return (await em.count(WorkspaceMemberEntity, { where: { workspaceId, userId } })) > 0;
  }

  /** Adds the member; false if they already belong. */
  async addMember(em: EntityManager, workspaceId: string, userId: string, role: WorkspaceRole): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      'insert into workspace_members (workspace_id, user_id, role) values ($1, $2, $3) on conflict do nothing returning user_id',
      [workspaceId, userId, role],
    );
    return rows.length > 0;
  }

  /** Pending invitations of the workspace, or only those to one process. */
  async listPendingInvitations(em: EntityManager, workspaceId: string, processId: string | null = null): Promise<PendingInvitationRow[]> {
    return await em.query<PendingInvitationRow[]>(
      `select i.id, i.email, i.role, i.process_id as "processId", i.process_role as "processRole", i.stakeholder_group_id as "stakeholderGroupId",
              i.alternate_for as "alternateFor", i.prospect_id as "prospectId", p.name as "prospectName",
              i.expires_at as "expiresAt", i.created_at as "createdAt", u.display_name as "inviterName",
              case when m.sent_at is not null then 'sent' when m.failed_at is not null then 'failed' else 'queued' end as "mailStatus",
              case when m.failed_at is not null and m.sent_at is null then m.params->>'path' end as "failedMailPath"
         from workspace_invitations i join users u on u.id = i.invited_by left join prospects p on p.id = i.prospect_id
         left join outgoing_mails m on m.dedupe_key = (case when i.process_id is null then 'workspace-invitation:' else 'process-invitation:' end) || i.id
        where i.workspace_id = $1 and ($2::uuid is null or i.process_id = $2)
          and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
        order by i.created_at desc`,
      [workspaceId, processId],
    );
  }

  async insertInvitation(em: EntityManager, invitation: NewInvitation): Promise<InvitationEntity> {
    return em.save(InvitationEntity, em.create(InvitationEntity, invitation));
  }

  /**
   * Revokes a pending invitation of the workspace (of that process, when one is named); null when there is
   * none, else the prospect it was for (if any).
   */
  async revokeInvitation(
    em: EntityManager,
    workspaceId: string,
    id: string,
    processId: string | null = null,
  ): Promise<{ prospectId: string | null; processId: string | null } | null> {
    const result = await em
      .createQueryBuilder()
      .update(InvitationEntity)
      .set({ revokedAt: () => 'now()' })
      .where(
        `id = :id and workspace_id = :workspaceId and accepted_at is null and revoked_at is null${processId ? ' and process_id = :processId' : ''}`,
        { id, workspaceId, processId },
      )
      .returning('prospect_id, process_id')
      .execute();
    const row = (result.raw as { prospect_id: string | null; process_id: string | null }[])[0];
    return row ? { prospectId: row.prospect_id, processId: row.process_id } : null;
  }

  /** Whether an invitation for this prospect is still waiting to be accepted. */
  async hasPendingInvitationFor(em: EntityManager, prospectId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      'select 1 from workspace_invitations where prospect_id = $1 and accepted_at is null and revoked_at is null and expires_at > now() limit 1',
      [prospectId],
    );
    return rows.length > 0;
  }

  /**
   * Moves the invitation's prospect along (a new version, so a concurrent edit of the prospect gets its 409),
   * unless their status changed meanwhile.
   */
  async moveInvitedProspect(em: EntityManager, prospectId: string, move: ProspectMove): Promise<void> {
    await em.query(
      `update prospects set status = $2, status_changed_at = now(), version = version + 1, updated_at = now()
        where id = $1 and status = $3`,
      [prospectId, move.to, move.from],
    );
  }

  /** The process an invitation leads to: its title, and whether it still takes people in. */
  async findInvitedProcess(
    em: EntityManager,
    processId: string,
  ): Promise<{ title: string; status: ProcessStatus; timezone: string; language: string } | null> {
    const rows = await em.query<{ title: string; status: ProcessStatus; timezone: string; language: string }[]>(
      `select title, status, timezone, language from processes where id = $1`,
      [processId],
    );
    return rows[0] ?? null;
  }

  /**
   * Makes the invitee an active member of the invited process with the invitation's role, group and
   * principal. Someone already taking part gets the new role, except a convener, who is never demoted by
   * accepting a link. An alternate's principal must still be a participant then.
   */
  async joinInvitedProcess(em: EntityManager, invitation: InvitationEntity, userId: string): Promise<void> {
    await em.query(
      `insert into process_members (workspace_id, process_id, user_id, role, stakeholder_group_id, alternate_for)
       select $1, $2, $3, $4, $5,
              (select user_id from process_members where process_id = $2 and user_id = $6 and ${activeParticipant('process_members')})
       on conflict (process_id, user_id) do update
          set role = excluded.role, stakeholder_group_id = excluded.stakeholder_group_id, alternate_for = excluded.alternate_for
        where process_members.role <> 'convener'`,
      [
        invitation.workspaceId,
        invitation.processId,
        userId,
        invitation.processRole,
        invitation.stakeholderGroupId,
        invitation.alternateFor,
      ],
    );
  }

  /** The usable invitation with this token hash (visible through RLS by its hash alone). */
  findUsableInvitation(em: EntityManager, tokenHash: string): Promise<InvitationEntity | null> {
    return em
      .createQueryBuilder(InvitationEntity, 'i')
      .where('i.token_hash = :tokenHash and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()', { tokenHash })
      .getOne();
  }

  /** Accepting uses the link mailed to the invitee's address, which proves it is theirs. */
  async markAccepted(em: EntityManager, id: string, userId: string): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(InvitationEntity)
      .set({ acceptedAt: () => 'now()', acceptedBy: userId })
      .where('id = :id and accepted_at is null', { id })
      .execute();
    if (result.affected !== 1) return false;
    await em.update(UserEntity, { id: userId }, { emailProvenAt: () => 'coalesce(email_proven_at, now())' });
    return true;
  }
}
