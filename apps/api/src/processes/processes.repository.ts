import { Injectable } from '@nestjs/common';
import { LEADERSHIP_ROLES, type Phase, type ProcessRole, type ProcessStatus } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { updateIfCurrent } from '../common/db/update-if-current';
import { PhaseTransitionEntity } from './phase-transition.entity';
import { ProcessMemberEntity } from './process-member.entity';
import { ProcessEntity } from './process.entity';
import { containsPattern } from '../common/db/like';

export interface ListFilter {
  workspaceId: string;
  /** Only processes this person takes part in; null for workspace admins, who see all. */
  memberId: string | null;
  viewerId: string;
  status: ProcessStatus;
  search: string | null;
  limit: number;
  after: { createdAt: string; id: string } | null;
}

export interface ProcessListRow {
  id: string;
  title: string;
  level: ProcessEntity['level'];
  phase: Phase;
  status: ProcessStatus;
  updatedAt: Date;
  createdAt: string;
  myRole: ProcessRole | null;
}

export type ProcessChanges = Partial<
  Pick<
    ProcessEntity,
    'title' | 'purpose' | 'level' | 'wheelAreas' | 'ownershipTarget' | 'timezone' | 'language' | 'phase' | 'status' | 'archivedAt'
  >
>;

export interface TransitionRow extends PhaseTransitionEntity {
  actorName: string;
}

@Injectable()
export class ProcessesRepository {
  /**
   * One page, newest first, with the viewer's role; keyset pagination on (created_at, id).
   * The viewer's role and membership are correlated lookups on the (process_id, user_id) key, and the
   * membership and title filters are per-row subqueries fenced with `offset 0`, which PostgreSQL does not
   * flatten into a join: the planner then walks the workspace's list index in order and stops after one
   * page. Without the fence it joins every membership of the viewer and sorts them, and it reads every
   * process of the workspace for a search (under RLS it has no statistics for ILIKE, and guesses that a
   * term matches almost nothing).
   */
  async list(em: EntityManager, filter: ListFilter): Promise<ProcessListRow[]> {
    const params: unknown[] = [filter.workspaceId, filter.status, filter.viewerId, filter.limit + 1];
    const where = ['p.workspace_id = $1', 'p.status = $2'];
    if (filter.memberId) where.push('exists (select 1 from process_members m where m.process_id = p.id and m.user_id = $3 offset 0)');
    if (filter.search) {
      params.push(containsPattern(filter.search));
      where.push(`exists (select 1 where p.title ilike $${params.length} offset 0)`);
    }
    if (filter.after) {
      params.push(filter.after.createdAt, filter.after.id);
      where.push(`(p.created_at, p.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    return em.query<ProcessListRow[]>(
      `select p.id, p.title, p.level, p.phase, p.status, p.updated_at as "updatedAt",
              to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAt",
              (select m.role from process_members m where m.process_id = p.id and m.user_id = $3) as "myRole"
         from processes p
        where ${where.join(' and ')}
        order by p.created_at desc, p.id desc
        limit $4`,
      params,
    );
  }

  async insert(
    em: EntityManager,
    process: Omit<
      ProcessEntity,
      | 'id'
      | 'phase'
      | 'status'
      | 'version'
      | 'createdAt'
      | 'updatedAt'
      | 'archivedAt'
      | 'ratificationShareNumerator'
      | 'ratificationShareDenominator'
      | 'ratificationEveryIndispensable'
      | 'language'
    > &
      Partial<Pick<ProcessEntity, 'language'>>,
  ): Promise<ProcessEntity> {
    return em.save(ProcessEntity, em.create(ProcessEntity, process));
  }

  find(em: EntityManager, workspaceId: string, id: string): Promise<ProcessEntity | null> {
    return em.findOne(ProcessEntity, { where: { workspaceId, id } });
  }

  /** Locks the row for the rest of the transaction, so phase changes happen one at a time. */
  findForUpdate(em: EntityManager, workspaceId: string, id: string): Promise<ProcessEntity | null> {
    return em
      .createQueryBuilder(ProcessEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.workspace_id = :workspaceId and p.id = :id', { workspaceId, id })
      .getOne();
  }

  /** Applies the changes only if the process is still at `version`; false when someone else changed it. */
  async updateIfCurrent(em: EntityManager, workspaceId: string, id: string, version: number, changes: ProcessChanges): Promise<boolean> {
    return updateIfCurrent(em, ProcessEntity, { workspaceId, id }, version, changes);
  }

  async setRatificationRule(
    em: EntityManager,
    id: string,
    rule: { everyIndispensableGroup: boolean; shareNumerator: number; shareDenominator: number },
  ): Promise<void> {
    await em.update(
      ProcessEntity,
      { id },
      {
        ratificationEveryIndispensable: rule.everyIndispensableGroup,
        ratificationShareNumerator: rule.shareNumerator,
        ratificationShareDenominator: rule.shareDenominator,
      },
    );
  }

  async countLeadership(em: EntityManager, processId: string): Promise<number> {
    return em
      .createQueryBuilder(ProcessMemberEntity, 'm')
      .where('m.process_id = :processId and m.role in (:...roles)', { processId, roles: LEADERSHIP_ROLES })
      .getCount();
  }

  async insertTransition(em: EntityManager, transition: Omit<PhaseTransitionEntity, 'id' | 'createdAt'>): Promise<PhaseTransitionEntity> {
    return em.save(PhaseTransitionEntity, em.create(PhaseTransitionEntity, transition));
  }

  async listTransitions(em: EntityManager, processId: string): Promise<TransitionRow[]> {
    const rows = await em
      .createQueryBuilder(PhaseTransitionEntity, 't')
      .innerJoin('t.actor', 'u')
      .addSelect('u.display_name', 'actor_name')
      .where('t.process_id = :processId', { processId })
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .getRawAndEntities();
    return rows.entities.map((entity, index) =>
      Object.assign(entity, { actorName: (rows.raw[index] as { actor_name: string }).actor_name }),
    );
  }
}
