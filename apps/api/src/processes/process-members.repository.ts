import { Injectable } from '@nestjs/common';
import type { ProcessRole } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { ProcessMemberEntity } from './process-member.entity';

export interface ProcessMemberRow {
  userId: string;
  displayName: string;
  email: string;
  role: ProcessRole;
  stakeholderGroupId: string | null;
  alternateFor: string | null;
  addedAt: Date;
}

@Injectable()
export class ProcessMembersRepository {
  async list(em: EntityManager, processId: string): Promise<ProcessMemberRow[]> {
    return await em.query<ProcessMemberRow[]>(
      `select m.user_id as "userId", u.display_name as "displayName", u.email, m.role, m.stakeholder_group_id as "stakeholderGroupId", m.alternate_for as "alternateFor", m.created_at as "addedAt"
         from process_members m join users u on u.id = m.user_id
        where m.process_id = $1 order by lower(u.display_name), u.id`,
      [processId],
    );
  }

  async find(em: EntityManager, processId: string, userId: string): Promise<ProcessMemberRow | null> {
    const rows = await em.query<ProcessMemberRow[]>(
      `select m.user_id as "userId", u.display_name as "displayName", u.email, m.role, m.stakeholder_group_id as "stakeholderGroupId", m.alternate_for as "alternateFor", m.created_at as "addedAt"
         from process_members m join users u on u.id = m.user_id where m.process_id = $1 and m.user_id = $2`,
      [processId, userId],
    );
    return rows[0] ?? null;
  }

  /** false when the person already takes part. */
  async add(em: EntityManager, workspaceId: string, processId: string, userId: string, role: ProcessRole): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      'insert into process_members (workspace_id, process_id, user_id, role) values ($1, $2, $3, $4) on conflict do nothing returning user_id',
      [workspaceId, processId, userId, role],
    );
    return rows.length > 0;
  }

  async changeRole(em: EntityManager, processId: string, userId: string, role: ProcessRole): Promise<void> {
    await em.update(ProcessMemberEntity, { processId, userId }, { role });
  }

  async remove(em: EntityManager, processId: string, userId: string): Promise<void> {
    await em.delete(ProcessMemberEntity, { processId, userId });
  }

  /** Conveners other than this person, with their rows locked so two removals cannot both pass the check. */
  async otherConveners(em: EntityManager, processId: string, userId: string): Promise<number> {
    const rows = await em.query<unknown[]>(
      "select user_id from process_members where process_id = $1 and role = 'convener' and user_id <> $2 for update",
      [processId, userId],
    );
    return rows.length;
  }
}
