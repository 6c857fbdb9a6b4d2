import { Injectable } from '@nestjs/common';
import type { ActionOwner, ActionStatus, OwnerKind, PlanStatus, WheelArea } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { ACTION_OWNER_NAME, actionOwnerId, actionOwnerJoins, actionOwnerKind, openAction } from '../common/db/fragments';
import { updateIfCurrent } from '../common/db/update-if-current';
import { type ActionEntity, ActionPlanEntity } from './plan.entity';
import { containsPattern } from '../common/db/like';

export interface PlanRow {
  id: string;
  title: string;
  goal: string;
  status: PlanStatus;
  version: number;
  createdAt: Date;
  approvedAt: Date | null;
  approvedBy: string | null;
  approverName: string | null;
  actionCount: number;
  doneCount: number;
  overdueCount: number;
}

export interface ActionRow {
  id: string;
  planId: string;
  planTitle: string;
  planStatus: PlanStatus;
  title: string;
  description: string;
  ownerKind: OwnerKind | null;
  ownerId: string | null;
  ownerName: string | null;
  startDate: string | null;
  dueDate: string | null;
  wheelArea: WheelArea | null;
  status: ActionStatus;
  dropReason: string | null;
  dependsOn: { id: string; title: string; status: ActionStatus }[];
  progressPercent: number | null;
  statusChangedAt: Date;
  version: number;
}

/** Actions that need the secretariat's attention: past their due date, or blocked. */
export type AttentionFilter = 'overdue' | 'blocked';

/**
 * Which actions to list: a plan's, those a person holds (directly, through a working group or their
 * stakeholder group), or those needing attention (overdue judged against `today`).
 */
export type ActionFilter =
  | { planId: string }
  | { heldBy: string; limit: number; offset: number }
  | { attention: AttentionFilter; today: string; limit: number; offset: number };

/** The columns an action edit writes. */
export interface ActionWrite {
  title: string;
  description: string;
  owner: ActionOwner | null;
  startDate: string | null;
  dueDate: string | null;
  wheelArea: WheelArea | null;
  status: ActionStatus;
  dropReason: string | null;
}

function ownerColumns(owner: ActionOwner | null): [string | null, string | null, string | null] {
  return [
    owner?.kind === 'member' ? owner.id : null,
    owner?.kind === 'stakeholder_group' ? owner.id : null,
    owner?.kind === 'working_group' ? owner.id : null,
  ];
}

/** A plan with its action counts; `$2` is today in the process's time zone. */
const PLAN_SELECT = `
  select p.id, p.title, p.goal, p.status, p.version, p.created_at as "createdAt", p.approved_at as "approvedAt", p.approved_by as "approvedBy",
         u.display_name as "approverName", c.total as "actionCount", c.done as "doneCount", c.overdue as "overdueCount"
    from action_plans p
    left join users u on u.id = p.approved_by
    cross join lateral (
      select count(*)::int as total,
             (count(*) filter (where a.status = 'done'))::int as done,
             (count(*) filter (where a.due_date < $2::date and ${openAction('a')}))::int as overdue
        from actions a where a.plan_id = p.id) c`;

/** One statement for any list of actions: owner names and dependencies come along, so a page costs one query. */
const ACTION_SELECT = `
  select a.id, a.plan_id as "planId", p.title as "planTitle", p.status as "planStatus", a.title, a.description,
         ${actionOwnerKind('a')} as "ownerKind",
         ${actionOwnerId('a')} as "ownerId",
         ${ACTION_OWNER_NAME} as "ownerName",
         a.start_date::text as "startDate", a.due_date::text as "dueDate", a.wheel_area as "wheelArea", a.status,
         a.drop_reason as "dropReason", a.progress_percent as "progressPercent", a.status_changed_at as "statusChangedAt", a.version,
         coalesce((select json_agg(json_build_object('id', d.id, 'title', d.title, 'status', d.status) order by d.title, d.id)
                     from action_dependencies e join actions d on d.id = e.depends_on_id where e.action_id = a.id), '[]') as "dependsOn"
    from actions a
    join action_plans p on p.id = a.plan_id
    ${actionOwnerJoins('a')}`;

/** Action plans and their actions. Dates travel as `YYYY-MM-DD` text, never as JavaScript dates. */
@Injectable()
export class PlansRepository {
  /** One page of plans, newest first, each with its action counts (overdue judged against `today`). */
  listPlans(
    em: EntityManager,
    processId: string,
    filter: { status: PlanStatus | null; search: string | null; today: string; limit: number; offset: number },
  ): Promise<PlanRow[]> {
    const params: unknown[] = [processId, filter.today, filter.limit, filter.offset];
    const where = ['p.process_id = $1'];
    if (filter.status) {
      params.push(filter.status);
      where.push(`p.status = $${params.length}`);
    }
    if (filter.search) {
      params.push(containsPattern(filter.search));
      where.push(`(p.title ilike $${params.length} or p.goal ilike $${params.length})`);
    }
    return em.query<PlanRow[]>(
      `${PLAN_SELECT} where ${where.join(' and ')} order by p.created_at desc, p.id desc limit $3 offset $4`,
      params,
    );
  }

  /** The plan's identity and state, or null when the process has no such plan. */
  async findPlan(
    em: EntityManager,
    processId: string,
    planId: string,
  ): Promise<Pick<ActionPlanEntity, 'id' | 'workspaceId' | 'processId' | 'title' | 'status'> | null> {
    const rows = await em.query<Pick<ActionPlanEntity, 'id' | 'workspaceId' | 'processId' | 'title' | 'status'>[]>(
      'select id, workspace_id as "workspaceId", process_id as "processId", title, status from action_plans where process_id = $1 and id = $2',
      [processId, planId],
    );
    return rows[0] ?? null;
  }

  async planRow(em: EntityManager, processId: string, planId: string, today: string): Promise<PlanRow | null> {
    const rows = await em.query<PlanRow[]>(`${PLAN_SELECT} where p.process_id = $1 and p.id = $3`, [processId, today, planId]);
    return rows[0] ?? null;
  }

  /**
   * The plan, locked for the rest of the transaction: `share` while its actions change, `update` while the
   * plan itself moves, so an approval never passes on actions that are being changed at that moment.
   */
  async lockPlan(em: EntityManager, processId: string, planId: string, mode: 'share' | 'update'): Promise<ActionPlanEntity | null> {
    const rows = await em.query<ActionPlanEntity[]>(
      `select id, workspace_id as "workspaceId", process_id as "processId", title, goal, status, version
         from action_plans where process_id = $1 and id = $2 for ${mode === 'share' ? 'share' : 'update'}`,
      [processId, planId],
    );
    return rows[0] ?? null;
  }

  async insertPlan(
    em: EntityManager,
    plan: Pick<ActionPlanEntity, 'workspaceId' | 'processId' | 'title' | 'goal' | 'createdBy'>,
  ): Promise<string> {
    const saved = await em.save(ActionPlanEntity, em.create(ActionPlanEntity, plan));
    return saved.id;
  }

  /** Changes the plan at `version`; false when someone changed it first. */
  async updatePlan(
    em: EntityManager,
    id: string,
    version: number,
    changes: Partial<Pick<ActionPlanEntity, 'title' | 'goal' | 'status' | 'approvedAt' | 'approvedBy'>>,
  ): Promise<boolean> {
    return updateIfCurrent(em, ActionPlanEntity, { id }, version, changes);
  }

  async deletePlan(em: EntityManager, id: string): Promise<void> {
    await em.delete(ActionPlanEntity, { id });
  }

  listActions(em: EntityManager, processId: string, filter: ActionFilter): Promise<ActionRow[]> {
    if ('planId' in filter) {
      return em.query<ActionRow[]>(`${ACTION_SELECT} where a.process_id = $1 and a.plan_id = $2 order by a.position, a.id`, [
        processId,
        filter.planId,
      ]);
    }
    if ('attention' in filter) {
      // Overdue: soonest due first. Blocked: blocked the longest first.
      const page = [processId, filter.limit, filter.offset];
      return filter.attention === 'overdue'
        ? em.query<ActionRow[]>(
            `${ACTION_SELECT} where a.process_id = $1 and a.due_date < $4::date and ${openAction('a')}
              order by a.due_date, a.id limit $2 offset $3`,
            [...page, filter.today],
          )
        : em.query<ActionRow[]>(
            `${ACTION_SELECT} where a.process_id = $1 and a.status = 'blocked' order by a.status_changed_at, a.id limit $2 offset $3`,
            page,
          );
    }
    return em.query<ActionRow[]>(
      `${ACTION_SELECT}
        where a.process_id = $1
          and (a.owner_user_id = $2
               or a.owner_working_group_id in (select working_group_id from working_group_members where process_id = $1 and user_id = $2)
               or a.owner_stakeholder_group_id = (select stakeholder_group_id from process_members where process_id = $1 and user_id = $2))
        order by a.due_date nulls last, a.id limit $3 offset $4`,
      [processId, filter.heldBy, filter.limit, filter.offset],
    );
  }

  async actionRow(em: EntityManager, processId: string, actionId: string): Promise<ActionRow | null> {
    const rows = await em.query<ActionRow[]>(`${ACTION_SELECT} where a.process_id = $1 and a.id = $2`, [processId, actionId]);
    return rows[0] ?? null;
  }

  /** The action's plan id and current version, or null when the process has no such action. */
  async findAction(
    em: EntityManager,
    processId: string,
    actionId: string,
  ): Promise<Pick<ActionEntity, 'id' | 'planId' | 'version'> | null> {
    const rows = await em.query<Pick<ActionEntity, 'id' | 'planId' | 'version'>[]>(
      'select id, plan_id as "planId", version from actions where process_id = $1 and id = $2',
      [processId, actionId],
    );
    return rows[0] ?? null;
  }

  async countActions(em: EntityManager, planId: string): Promise<number> {
    const rows = await em.query<{ count: number }[]>('select count(*)::int as count from actions where plan_id = $1', [planId]);
    return rows[0].count;
  }

  async insertAction(
    em: EntityManager,
    plan: Pick<ActionPlanEntity, 'id' | 'workspaceId' | 'processId'>,
    action: ActionWrite,
    userId: string,
  ): Promise<string> {
    const rows = await em.query<{ id: string }[]>(
      `insert into actions (workspace_id, process_id, plan_id, position, title, description, owner_user_id, owner_stakeholder_group_id, owner_working_group_id,
                            start_date, due_date, wheel_area, status, drop_reason, created_by, status_changed_by)
       select $1, $2, $3, coalesce(max(position), 0) + 1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14 from actions where plan_id = $3
       returning id`,
      [
        plan.workspaceId,
        plan.processId,
        plan.id,
        action.title,
        action.description,
        ...ownerColumns(action.owner),
        action.startDate,
        action.dueDate,
        action.wheelArea,
        action.status,
        action.dropReason,
        userId,
      ],
    );
    return rows[0].id;
  }

  /**
   * Writes the action at `version`; a status change also records who changed it and when. False when stale.
   * (In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
   */
  async updateAction(em: EntityManager, id: string, version: number, action: ActionWrite, userId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `with updated as (
       update actions set title = $3, description = $4, owner_user_id = $5, owner_stakeholder_group_id = $6, owner_working_group_id = $7,
              start_date = $8, due_date = $9, wheel_area = $10, drop_reason = $12, version = version + 1, updated_at = now(),
              status_changed_at = case when status <> $11 then now() else status_changed_at end,
              status_changed_by = case when status <> $11 then $13::uuid else status_changed_by end,
              status = $11
        where id = $1 and version = $2 returning id)
       select id from updated`,
      [
        id,
        version,
        action.title,
        action.description,
        ...ownerColumns(action.owner),
        action.startDate,
        action.dueDate,
        action.wheelArea,
        action.status,
        action.dropReason,
        userId,
      ],
    );
    return rows.length > 0;
  }

  async deleteAction(em: EntityManager, id: string): Promise<void> {
    await em.query('delete from actions where id = $1', [id]);
  }

  /**
   * Serialises dependency changes within a process for the rest of the transaction: two edits that are
   * each acyclic on their own cannot then commit a cycle together.
   */
  async lockDependencies(em: EntityManager, processId: string): Promise<void> {
    await em.query(`select pg_advisory_xact_lock(hashtextextended('action-dependencies:' || $1::text, 0))`, [processId]);
  }

  /** Every action of the process (id → title) and every dependency edge between them. */
  async dependencyGraph(em: EntityManager, processId: string): Promise<{ titles: Map<string, string>; graph: Map<string, string[]> }> {
    const actions = await em.query<{ id: string; title: string }[]>('select id, title from actions where process_id = $1', [processId]);
    const edges = await em.query<{ actionId: string; dependsOnId: string }[]>(
      'select action_id as "actionId", depends_on_id as "dependsOnId" from action_dependencies where process_id = $1',
      [processId],
    );
    const graph = new Map<string, string[]>();
    for (const edge of edges) graph.set(edge.actionId, [...(graph.get(edge.actionId) ?? []), edge.dependsOnId]);
    return { titles: new Map(actions.map((action) => [action.id, action.title])), graph };
  }

  async setDependencies(
    em: EntityManager,
    action: { id: string; workspaceId: string; processId: string },
    dependsOn: readonly string[],
  ): Promise<void> {
    await em.query(
      `with removed as (delete from action_dependencies where action_id = $1 and depends_on_id <> all($4::uuid[]))
       insert into action_dependencies (action_id, depends_on_id, workspace_id, process_id)
       select $1, unnest($4::uuid[]), $2, $3 on conflict do nothing`,
      [action.id, action.workspaceId, action.processId, dependsOn],
    );
  }

  /** Is this owner a person, stakeholder group or working group of the process? */
  async ownerExists(em: EntityManager, processId: string, owner: ActionOwner): Promise<boolean> {
    const table = { member: 'process_members', stakeholder_group: 'stakeholder_groups', working_group: 'working_groups' }[owner.kind];
    const column = owner.kind === 'member' ? 'user_id' : 'id';
    const rows = await em.query<unknown[]>(`select 1 from ${table} where process_id = $1 and ${column} = $2`, [processId, owner.id]);
    return rows.length > 0;
  }

  /** The groups through which a person may hold actions: working groups they lead or join, the stakeholder group they represent. */
  async holderOf(
    em: EntityManager,
    processId: string,
    userId: string,
  ): Promise<{ workingGroupIds: string[]; stakeholderGroupId: string | null }> {
    const rows = await em.query<{ workingGroupIds: string[]; stakeholderGroupId: string | null }[]>(
      `select array(select working_group_id from working_group_members where process_id = $1 and user_id = $2) as "workingGroupIds",
              (select stakeholder_group_id from process_members where process_id = $1 and user_id = $2) as "stakeholderGroupId"`,
      [processId, userId],
    );
    return rows[0];
  }
}
