import { Injectable } from '@nestjs/common';
import type { ProcessRole, WorkspaceRole } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { ProcessMemberEntity } from '../processes/process-member.entity';
import { WorkspaceMemberEntity } from './workspace-member.entity';

export interface LockedMember {
  userId: string;
  role: WorkspaceRole;
}

export interface ProcessMembership {
  processId: string;
  role: ProcessRole;
  /** Whether someone else convenes the process too. */
  otherConvener: boolean;
}

/** Changes to who belongs to a workspace; every statement runs in the workspace's transaction. */
@Injectable()
export class MembersRepository {
  /**
   * Locks the workspace's owners and the member, in user id order: every change of an owner's role takes these
   * locks in the same order, so two concurrent changes queue instead of deadlocking, and the second one sees
   * the first one's result (a removed owner is gone from its answer). The member is absent when not in the workspace.
   */
  async lockOwnersAnd(em: EntityManager, workspaceId: string, userId: string): Promise<{ member: LockedMember | null; owners: string[] }> {
    const rows = await em.query<LockedMember[]>(
      `select user_id as "userId", role from workspace_members
        where workspace_id = $1 and (role = 'owner' or user_id = $2) order by user_id for update`,
      [workspaceId, userId],
    );
    return {
      member: rows.find((row) => row.userId === userId) ?? null,
      owners: rows.filter((row) => row.role === 'owner').map((row) => row.userId),
    };
  }

  async changeRole(em: EntityManager, workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
    await em.update(WorkspaceMemberEntity, { workspaceId, userId }, { role });
  }

  /**
   * The person's memberships of the workspace's processes that still run (an archived process is a closed record
   * and keeps who took part), with the conveners of those processes locked, so a concurrent removal of the
   * other convener waits for this one.
   */
  async lockActiveMemberships(em: EntityManager, workspaceId: string, userId: string): Promise<ProcessMembership[]> {
    const rows = await em.query<{ processId: string; userId: string; role: ProcessRole }[]>(
      `select m.process_id as "processId", m.user_id as "userId", m.role
         from process_members m join processes p on p.id = m.process_id
        where m.workspace_id = $1 and p.status <> 'archived'
          and (m.user_id = $2 or (m.role = 'convener' and m.process_id in (select process_id from process_members where user_id = $2 and workspace_id = $1)))
        order by m.process_id, m.user_id for update of m`,
      [workspaceId, userId],
    );
    return rows
      .filter((row) => row.userId === userId)
      .map((row) => ({
        processId: row.processId,
        role: row.role,
        otherConvener: rows.some((other) => other.processId === row.processId && other.userId !== userId && other.role === 'convener'),
      }));
  }

  /** Ends the memberships (their working group seats and self-declared demographics go with them, by cascade). */
  async removeFromProcesses(em: EntityManager, userId: string, processIds: readonly string[]): Promise<void> {
    for (const processId of processIds) await em.delete(ProcessMemberEntity, { processId, userId });
  }

  async remove(em: EntityManager, workspaceId: string, userId: string): Promise<void> {
    await em.delete(WorkspaceMemberEntity, { workspaceId, userId });
  }
}
