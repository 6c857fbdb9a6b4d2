import { Injectable } from '@nestjs/common';
import type { WorkingGroupKind } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { updateIfCurrent } from '../common/db/update-if-current';
import { isUniqueViolation } from '../common/db/errors';
import { WorkingGroupEntity } from './working-group.entity';

export interface WorkingGroupRow {
  id: string;
  name: string;
  kind: WorkingGroupKind;
  mandate: string;
  version: number;
  people: { id: string; displayName: string; lead: boolean }[];
  actions: number;
}

export interface WorkingGroupWrite {
  name: string;
  kind: WorkingGroupKind;
  mandate: string;
}

@Injectable()
export class WorkingGroupsRepository {
  list(em: EntityManager, processId: string, id: string | null = null): Promise<WorkingGroupRow[]> {
    return em.query<WorkingGroupRow[]>(
      `select g.id, g.name, g.kind, g.mandate, g.version,
              coalesce((select json_agg(json_build_object('id', m.user_id, 'displayName', u.display_name, 'lead', m.lead) order by m.lead desc, lower(u.display_name), u.id)
                          from working_group_members m join users u on u.id = m.user_id where m.working_group_id = g.id), '[]') as people,
              (select count(*) from actions a where a.owner_working_group_id = g.id)::int as actions
         from working_groups g where g.process_id = $1 and ($2::uuid is null or g.id = $2) order by lower(g.name), g.id`,
      [processId, id],
    );
  }

  findGroup(em: EntityManager, processId: string, id: string): Promise<WorkingGroupEntity | null> {
    return em.findOneBy(WorkingGroupEntity, { processId, id });
  }

  /** The new group's id, or null when the process already has a group of this name. */
  async insert(em: EntityManager, workspaceId: string, processId: string, group: WorkingGroupWrite): Promise<string | null> {
    const rows = await em.query<{ id: string }[]>(
      'insert into working_groups (workspace_id, process_id, name, kind, mandate) values ($1, $2, $3, $4, $5) on conflict do nothing returning id',
      [workspaceId, processId, group.name, group.kind, group.mandate],
    );
    return rows[0]?.id ?? null;
  }

  /** 'stale' when someone changed the group first; 'taken' when another group has the name. */
  async update(em: EntityManager, id: string, version: number, group: WorkingGroupWrite): Promise<'ok' | 'stale' | 'taken'> {
    try {
      return (await updateIfCurrent(em, WorkingGroupEntity, { id }, version, group)) ? 'ok' : 'stale';
    } catch (error) {
      if (isUniqueViolation(error)) return 'taken';
      throw error;
    }
  }

  /** Replaces the group's people: the lead (if any) and the members. */
  async setPeople(
    em: EntityManager,
    group: Pick<WorkingGroupEntity, 'id' | 'workspaceId' | 'processId'>,
    leadId: string | null,
    memberIds: readonly string[],
  ): Promise<void> {
    await em.query('delete from working_group_members where working_group_id = $1', [group.id]);
    await em.query(
      `insert into working_group_members (working_group_id, user_id, workspace_id, process_id, lead)
       select $1, person, $2, $3, coalesce(person = $4::uuid, false) from unnest($5::uuid[]) as person`,
      [group.id, group.workspaceId, group.processId, leadId, [...new Set([...(leadId ? [leadId] : []), ...memberIds])]],
    );
  }

  /** Which of these people take part in the process. */
  async processMembers(em: EntityManager, processId: string, userIds: readonly string[]): Promise<Set<string>> {
    const rows = await em.query<{ id: string }[]>(
      'select user_id as id from process_members where process_id = $1 and user_id = any($2::uuid[])',
      [processId, userIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async countActions(em: EntityManager, id: string): Promise<number> {
    const rows = await em.query<{ count: number }[]>('select count(*)::int as count from actions where owner_working_group_id = $1', [id]);
    return rows[0].count;
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.delete(WorkingGroupEntity, { id });
  }
}
