import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/db/errors';
import { ProcessMemberEntity } from '../processes/process-member.entity';
import { StakeholderGroupEntity } from './stakeholder-group.entity';

export interface GroupRow {
  id: string;
  name: string;
  indispensable: boolean;
  position: number;
  participants: number;
}

@Injectable()
export class StakeholdersRepository {
  list(em: EntityManager, processId: string): Promise<GroupRow[]> {
    return em.query<GroupRow[]>(
      `select g.id, g.name, g.indispensable, g.position,
              (select count(*) from process_members m where m.stakeholder_group_id = g.id and m.role = 'participant')::int as participants
         from stakeholder_groups g where g.process_id = $1 order by g.position, g.id`,
      [processId],
    );
  }

  find(em: EntityManager, processId: string, id: string): Promise<StakeholderGroupEntity | null> {
    return em.findOneBy(StakeholderGroupEntity, { processId, id });
  }

  /** Adds groups at the end; names already present are skipped. */
  async add(em: EntityManager, workspaceId: string, processId: string, names: readonly string[], indispensable: boolean): Promise<number> {
    const rows = await em.query<unknown[]>(
      `with next as (select coalesce(max(position), 0) as base from stakeholder_groups where process_id = $2)
       insert into stakeholder_groups (workspace_id, process_id, name, indispensable, position)
       select $1, $2, t.name, $4, next.base + t.n from next, unnest($3::text[]) with ordinality as t(name, n)
       on conflict do nothing returning id`,
      [workspaceId, processId, names, indispensable],
    );
    return rows.length;
  }

  /** false when another group of the process already has this name. */
  async update(em: EntityManager, id: string, changes: { name?: string; indispensable?: boolean }): Promise<boolean> {
    const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    // A PATCH may name no field at all: nothing to write (TypeORM refuses an UPDATE without a SET).
    if (Object.keys(set).length === 0) return true;
    try {
      await em.update(StakeholderGroupEntity, { id }, set);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async remove(em: EntityManager, id: string): Promise<void> {
    await em.delete(StakeholderGroupEntity, { id });
  }

  /** Sets whom a participant stands in for; the principal must be another participant of the process. */
  async setAlternate(
    em: EntityManager,
    processId: string,
    userId: string,
    principalId: string | null,
  ): Promise<'ok' | 'no-member' | 'no-principal'> {
    if (principalId) {
      const principal = await em.countBy(ProcessMemberEntity, { processId, userId: principalId, role: 'participant' });
      if (principal === 0 || principalId === userId) return 'no-principal';
    }
    const result = await em.update(ProcessMemberEntity, { processId, userId }, { alternateFor: principalId });
    return result.affected === 1 ? 'ok' : 'no-member';
  }

  async setMemberGroup(em: EntityManager, processId: string, userId: string, groupId: string | null): Promise<boolean> {
    const result = await em.update(ProcessMemberEntity, { processId, userId }, { stakeholderGroupId: groupId });
    return result.affected === 1;
  }
}
