import { Injectable } from '@nestjs/common';
import type { WorkspaceRole } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { InvitationEntity } from './invitation.entity';
import { WorkspaceMemberEntity } from './workspace-member.entity';
import { WorkspaceEntity } from './workspace.entity';

export interface WorkspaceRow {
  id: string;
  name: string;
  version: number;
  createdAt: Date;
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
    return em.findOne(WorkspaceEntity, { where: { id }, select: { id: true, name: true, version: true, createdAt: true } });
  }

  /** Renames only if nobody changed the workspace since `version`; false when stale. */
  async renameIfCurrent(em: EntityManager, id: string, name: string, version: number): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(WorkspaceEntity)
      .set({ name, version: () => 'version + 1' })
      .where('id = :id and version = :version', { id, version })
      .execute();
    return result.affected === 1;
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

  async listPendingInvitations(em: EntityManager, workspaceId: string): Promise<(InvitationEntity & { inviterName: string })[]> {
    return await em.query<(InvitationEntity & { inviterName: string })[]>(
      `select i.id, i.email, i.role, i.expires_at as "expiresAt", i.created_at as "createdAt", u.display_name as "inviterName"
         from workspace_invitations i join users u on u.id = i.invited_by
        where i.workspace_id = $1 and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
        order by i.created_at desc`,
      [workspaceId],
    );
  }

  async insertInvitation(em: EntityManager, invitation: Pick<InvitationEntity, 'workspaceId' | 'email' | 'role' | 'tokenHash' | 'invitedBy' | 'expiresAt'>): Promise<InvitationEntity> {
    return em.save(InvitationEntity, em.create(InvitationEntity, invitation));
  }

  async revokeInvitation(em: EntityManager, workspaceId: string, id: string): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(InvitationEntity)
      .set({ revokedAt: () => 'now()' })
      .where('id = :id and workspace_id = :workspaceId and accepted_at is null and revoked_at is null', { id, workspaceId })
      .execute();
    return result.affected === 1;
  }

  /** The usable invitation with this token hash (visible through RLS by its hash alone). */
  findUsableInvitation(em: EntityManager, tokenHash: string): Promise<InvitationEntity | null> {
    return em
      .createQueryBuilder(InvitationEntity, 'i')
      .where('i.token_hash = :tokenHash and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()', { tokenHash })
      .getOne();
  }

  async markAccepted(em: EntityManager, id: string, userId: string): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(InvitationEntity)
      .set({ acceptedAt: () => 'now()', acceptedBy: userId })
      .where('id = :id and accepted_at is null', { id })
      .execute();
    return result.affected === 1;
  }
}
