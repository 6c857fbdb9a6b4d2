import { Injectable } from '@nestjs/common';
import type { IndicatorDirection, OwnerKind, PlanStatus } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { actionOwnerId, actionOwnerKind } from '../common/db/fragments';

export interface MilestoneRow {
  id: string;
  workspaceId: string;
  processId: string;
  planId: string;
  planTitle: string;
  planStatus: PlanStatus;
  actionId: string | null;
  actionTitle: string | null;
  actionOwnerKind: OwnerKind | null;
  actionOwnerId: string | null;
  title: string;
  dueDate: string;
  quickWin: boolean;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
  currentValue: number | null;
  currentOn: string | null;
  version: number;
}

export interface MilestoneValueRow {
  id: string;
  value: number;
  measuredOn: string;
  note: string;
  recordedBy: string;
  recorderName: string;
  recordedAt: Date;
  progressUpdateId: string | null;
}

/** The columns a milestone edit writes. */
export interface MilestoneWrite {
  title: string;
  dueDate: string;
  quickWin: boolean;
  actionId: string | null;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
}

export interface ValueWrite {
  workspaceId: string;
  processId: string;
  milestoneId: string;
  value: number;
  measuredOn: string;
  note: string;
  recordedBy: string;
  progressUpdateId: string | null;
}

/** Not reached: no value yet, or the latest value short of the target in the indicator's direction. */
export const NOT_REACHED_SQL = `(m.current_value is null or case m.direction when 'increase' then m.current_value < m.target else m.current_value > m.target end)`;

/** Figures travel as float8 (indicator figures, not money); dates as `YYYY-MM-DD` text. */
const MILESTONE_SELECT = `
  select m.id, m.workspace_id as "workspaceId", m.process_id as "processId", m.plan_id as "planId", p.title as "planTitle", p.status as "planStatus",
         m.action_id as "actionId", a.title as "actionTitle",
         ${actionOwnerKind('a')} as "actionOwnerKind",
         ${actionOwnerId('a')} as "actionOwnerId",
         m.title, m.due_date::text as "dueDate", m.quick_win as "quickWin", m.unit, m.baseline::float8 as baseline, m.target::float8 as target,
         m.direction, m.current_value::float8 as "currentValue", m.current_on::text as "currentOn", m.version
    from milestones m
    join action_plans p on p.id = m.plan_id
    left join actions a on a.id = m.action_id`;

/** Milestones and their series of measured values. */
@Injectable()
export class MilestonesRepository {
  listForPlan(em: EntityManager, processId: string, planId: string): Promise<MilestoneRow[]> {
    return em.query<MilestoneRow[]>(`${MILESTONE_SELECT} where m.process_id = $1 and m.plan_id = $2 order by m.due_date, m.title, m.id`, [
      processId,
      planId,
    ]);
  }

  /** One page of the process's milestones by due date; with `dueBy`, only those not reached and due by then. */
  listForProcess(
    em: EntityManager,
    processId: string,
    page: { dueBy: string | null; limit: number; offset: number },
  ): Promise<MilestoneRow[]> {
    const order = 'order by m.due_date, m.id limit $2 offset $3';
    return page.dueBy
      ? em.query<MilestoneRow[]>(`${MILESTONE_SELECT} where m.process_id = $1 and m.due_date <= $4::date and ${NOT_REACHED_SQL} ${order}`, [
          processId,
          page.limit,
          page.offset,
          page.dueBy,
        ])
      : em.query<MilestoneRow[]>(`${MILESTONE_SELECT} where m.process_id = $1 ${order}`, [processId, page.limit, page.offset]);
  }

  /** The milestone; `lock` holds it until the transaction ends, so values recorded at once are serialised. */
  async find(em: EntityManager, processId: string, id: string, lock = false): Promise<MilestoneRow | null> {
    if (lock) await em.query('select 1 from milestones where process_id = $1 and id = $2 for no key update', [processId, id]);
    const rows = await em.query<MilestoneRow[]>(`${MILESTONE_SELECT} where m.process_id = $1 and m.id = $2`, [processId, id]);
    return rows[0] ?? null;
  }

  async countForPlan(em: EntityManager, planId: string): Promise<number> {
    const rows = await em.query<{ count: number }[]>('select count(*)::int as count from milestones where plan_id = $1', [planId]);
    return rows[0].count;
  }

  /** Is this action part of the plan? A milestone links only to an action of its own plan. */
  async actionInPlan(em: EntityManager, planId: string, actionId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>('select 1 from actions where plan_id = $1 and id = $2', [planId, actionId]);
    return rows.length > 0;
  }

  async insert(
    em: EntityManager,
    plan: { id: string; workspaceId: string; processId: string },
    milestone: MilestoneWrite,
    userId: string,
  ): Promise<string> {
    const rows = await em.query<{ id: string }[]>(
      `insert into milestones (workspace_id, process_id, plan_id, action_id, title, due_date, quick_win, unit, baseline, target, direction, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
      [plan.workspaceId, plan.processId, plan.id, ...this.columns(milestone), userId],
    );
    return rows[0].id;
  }

  /** Writes the milestone at `version`; false when someone changed it first. */
  async update(em: EntityManager, id: string, version: number, milestone: MilestoneWrite): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `with updated as (
         update milestones set action_id = $3, title = $4, due_date = $5, quick_win = $6, unit = $7, baseline = $8, target = $9, direction = $10,
                version = version + 1, updated_at = now()
          where id = $1 and version = $2 returning id)
       select id from updated`,
      [id, version, ...this.columns(milestone)],
    );
    return rows.length > 0;
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.query('delete from milestones where id = $1', [id]);
  }

  /** The series, oldest first, with who recorded each value. */
  values(em: EntityManager, milestoneId: string): Promise<MilestoneValueRow[]> {
    return em.query<MilestoneValueRow[]>(
      `select v.id, v.value::float8 as value, v.measured_on::text as "measuredOn", v.note, v.recorded_by as "recordedBy", u.display_name as "recorderName",
              v.recorded_at as "recordedAt", v.progress_update_id as "progressUpdateId"
         from milestone_values v join users u on u.id = v.recorded_by
        where v.milestone_id = $1 order by v.measured_on, v.recorded_at, v.id`,
      [milestoneId],
    );
  }

  async countValues(em: EntityManager, milestoneId: string): Promise<number> {
    const rows = await em.query<{ count: number }[]>('select count(*)::int as count from milestone_values where milestone_id = $1', [
      milestoneId,
    ]);
    return rows[0].count;
  }

  /**
   * Appends a value and makes the latest one (by date measured, then by when recorded) the milestone's current
   * value. Returns the new value's id.
   */
  async appendValue(em: EntityManager, value: ValueWrite): Promise<string> {
    const [{ id }] = await em.query<{ id: string }[]>(
      `insert into milestone_values (workspace_id, process_id, milestone_id, value, measured_on, note, recorded_by, progress_update_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [
        value.workspaceId,
        value.processId,
        value.milestoneId,
        value.value,
        value.measuredOn,
        value.note,
        value.recordedBy,
        value.progressUpdateId,
      ],
    );
    await em.query(
      `update milestones set (current_value, current_on) =
         (select value, measured_on from milestone_values where milestone_id = $1 order by measured_on desc, recorded_at desc, id desc limit 1)
        where id = $1`,
      [value.milestoneId],
    );
    return id;
  }

  private columns(milestone: MilestoneWrite): unknown[] {
    return [
      milestone.actionId,
      milestone.title,
      milestone.dueDate,
      milestone.quickWin,
      milestone.unit,
      milestone.baseline,
      milestone.target,
      milestone.direction,
    ];
  }
}
