import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  ActionStatus,
  CostAmount,
  IndicatorDirection,
  MeetingFormat,
  MeetingKind,
  MinutesStatus,
  PlanStatus,
  WheelArea,
} from '@common-ground/domain';
import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import { ACTION_OWNER_NAME, actionOwnerJoins, actionPercent, nextReportDue, openAction, reportBackSince } from '../common/db/fragments';
import { NOT_REACHED_SQL } from './milestones.repository';

interface Listed<T> {
  total: number;
  items: T[];
}

export interface Counts {
  actions: number;
  done: number;
  percentSum: number;
}

export interface DashboardRow {
  overdueActions: Listed<DashboardActionRow>;
  blockedActions: Listed<DashboardActionRow>;
  milestonesDue: Listed<DashboardMilestoneRow>;
  reportBacks: Listed<DashboardReportBackRow> & { overdue: number };
  plans: Listed<Counts & { id: string; title: string; status: PlanStatus }>;
  wheelAreas: (Counts & { area: WheelArea | null })[];
  funding: CostAmount[];
  upcomingMeetings: Listed<DashboardMeetingRow>;
  minutesPending: Listed<DashboardMinutesRow>;
}

export interface DashboardMeetingRow {
  id: string;
  title: string;
  kind: MeetingKind;
  format: MeetingFormat;
  startsAt: string;
  endsAt: string;
  invited: number;
  yes: number;
  pending: number;
}

export interface DashboardMinutesRow {
  id: string;
  title: string;
  startsAt: string;
  status: MinutesStatus;
}

export interface DashboardActionRow {
  id: string;
  title: string;
  planId: string;
  planTitle: string;
  dueDate: string | null;
  status: ActionStatus;
  ownerName: string | null;
  statusChangedAt: string;
}

export interface DashboardMilestoneRow {
  id: string;
  title: string;
  planId: string;
  planTitle: string;
  dueDate: string;
  quickWin: boolean;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
  currentValue: number | null;
}

export interface DashboardReportBackRow {
  userId: string;
  displayName: string;
  accountableTo: string;
  channel: string;
  dueOn: string;
  overdue: boolean;
}

const COUNTS = `count(a.id) filter (where a.status <> 'dropped')::int as actions, count(a.id) filter (where a.status = 'done')::int as done,
                coalesce(sum(${actionPercent('a')}), 0)::int as "percentSum"`;

/** A capped list of actions as JSON: `ids` holds the first ids in order (`n`) and the total count before the cap. */
const ACTION_ITEMS = (ids: string) => `
  select json_build_object('total', coalesce(max(i.total), 0), 'items', coalesce(json_agg(json_build_object(
           'id', a.id, 'title', a.title, 'planId', a.plan_id, 'planTitle', p.title, 'dueDate', a.due_date::text, 'status', a.status,
           'ownerName', ${ACTION_OWNER_NAME}, 'statusChangedAt', a.status_changed_at) order by i.n), '[]'::json))
    from ${ids} i
    join actions a on a.id = i.id
    join action_plans p on p.id = a.plan_id
    ${actionOwnerJoins('a')}`;

/**
 * The whole dashboard in ONE statement, whatever the size of the process: each list is capped in SQL
 * (`$4` items, `$5` plans) with its total counted alongside (names are joined to the capped rows only),
 * and progress per plan and per Coordination Wheel area comes from one pass over the actions (grouping sets).
 * Meetings: the upcoming ones (not cancelled, starting by the horizon) soonest first with their RSVPs, and those held
 * whose minutes are not yet approved, oldest first.
 * $1 process, $2 today, $3 horizon (today + 30 days), $4 list size, $5 plans shown, $6 the process's time zone.
 */
export const DASHBOARD_SQL = `
  with overdue_ids as (
         select id, row_number() over (order by due_date, id) as n, count(*) over () as total
           from actions a where a.process_id = $1 and a.due_date < $2::date and ${openAction('a')}
          order by due_date, id limit $4),
       blocked_ids as (
         select id, row_number() over (order by status_changed_at, id) as n, count(*) over () as total
           from actions where process_id = $1 and status = 'blocked'
          order by status_changed_at, id limit $4),
       milestones_due as (
         select m.id, row_number() over (order by m.due_date, m.id) as n, count(*) over () as total
           from milestones m where m.process_id = $1 and m.due_date <= $3::date and ${NOT_REACHED_SQL}
          order by m.due_date, m.id limit $4),
       report_due as (
         select e.user_id, e.accountable_to, e.channel, d.due_on,
                row_number() over (order by d.due_on, e.user_id) as n, count(*) over () as total,
                count(*) filter (where d.due_on < $2::date) over () as overdue
           from accountability_entries e
           join process_members m on m.process_id = e.process_id and m.user_id = e.user_id and m.role = 'participant'
           cross join lateral (select ${reportBackSince('e')} as since) s
           cross join lateral (select ${nextReportDue('e', 's.since', '$6')} as due_on) d
          where e.process_id = $1 and e.frequency <> 'after_each_meeting' and d.due_on <= $3::date
          order by d.due_on, e.user_id limit $4),
       progress as (
         select a.plan_id, a.wheel_area, grouping(a.plan_id) as per_area, ${COUNTS}
           from actions a where a.process_id = $1
          group by grouping sets ((a.plan_id), (a.wheel_area))),
       plans_shown as (
         select p.id, p.title, p.status, p.created_at, coalesce(g.actions, 0) as actions, coalesce(g.done, 0) as done,
                coalesce(g."percentSum", 0) as "percentSum", count(*) over () as total
           from action_plans p left join progress g on g.plan_id = p.id and g.per_area = 0
          where p.process_id = $1
          order by p.created_at desc, p.id desc limit $5),
       meetings_next as (
         select mt.id, row_number() over (order by mt.starts_at, mt.id) as n, count(*) over () as total
           from meetings mt
          where mt.process_id = $1 and mt.cancelled_at is null and mt.ends_at > now()
            and (mt.starts_at at time zone $6)::date <= $3::date
          order by mt.starts_at, mt.id limit $4),
       minutes_open as (
         select mt.id, coalesce(mn.status, 'draft') as status,
                row_number() over (order by mt.starts_at, mt.id) as n, count(*) over () as total
           from meetings mt left join minutes mn on mn.meeting_id = mt.id
          where mt.process_id = $1 and mt.cancelled_at is null and mt.ends_at <= now() and mn.status is distinct from 'approved'
          order by mt.starts_at, mt.id limit $4)
  select
    (${ACTION_ITEMS('overdue_ids')}) as "overdueActions",
    (${ACTION_ITEMS('blocked_ids')}) as "blockedActions",
    (select json_build_object('total', coalesce(max(i.total), 0), 'items', coalesce(json_agg(json_build_object(
              'id', m.id, 'title', m.title, 'planId', m.plan_id, 'planTitle', p.title, 'dueDate', m.due_date::text, 'quickWin', m.quick_win,
              'unit', m.unit, 'baseline', m.baseline::float8, 'target', m.target::float8, 'direction', m.direction,
              'currentValue', m.current_value::float8) order by i.n), '[]'::json))
       from milestones_due i join milestones m on m.id = i.id join action_plans p on p.id = m.plan_id) as "milestonesDue",
    (select json_build_object('total', coalesce(max(r.total), 0), 'overdue', coalesce(max(r.overdue), 0), 'items', coalesce(json_agg(json_build_object(
              'userId', r.user_id, 'displayName', u.display_name, 'accountableTo', r.accountable_to, 'channel', r.channel,
              'dueOn', r.due_on::text, 'overdue', r.due_on < $2::date) order by r.n), '[]'::json))
       from report_due r join users u on u.id = r.user_id) as "reportBacks",
    (select json_build_object('total', coalesce(max(total), 0), 'items', coalesce(json_agg(json_build_object(
              'id', id, 'title', title, 'status', status, 'actions', actions, 'done', done, 'percentSum', "percentSum")
              order by created_at desc, id desc), '[]'::json))
       from plans_shown) as plans,
    (select coalesce(json_agg(json_build_object('area', wheel_area, 'actions', actions, 'done', done, 'percentSum', "percentSum")), '[]'::json)
       from progress where per_area = 1) as "wheelAreas",
    (select coalesce(json_agg(f), '[]'::json)
       from (select currency, '' as "fundingSource", status, sum(amount)::text as amount from cost_lines where process_id = $1 group by currency, status) f) as funding,
    (select json_build_object('total', coalesce(max(i.total), 0), 'items', coalesce(json_agg(json_build_object(
              'id', mt.id, 'title', mt.title, 'kind', mt.kind, 'format', mt.format, 'startsAt', mt.starts_at, 'endsAt', mt.ends_at,
              'invited', r.invited, 'yes', r.yes, 'pending', r.pending) order by i.n), '[]'::json))
       from meetings_next i join meetings mt on mt.id = i.id
       cross join lateral (select count(*)::int as invited, count(*) filter (where v.response = 'yes')::int as yes,
                                  count(*) filter (where v.response is null)::int as pending
                             from meeting_invitations v where v.meeting_id = mt.id) r) as "upcomingMeetings",
    (select json_build_object('total', coalesce(max(i.total), 0), 'items', coalesce(json_agg(json_build_object(
              'id', mt.id, 'title', mt.title, 'startsAt', mt.starts_at, 'status', i.status) order by i.n), '[]'::json))
       from minutes_open i join meetings mt on mt.id = i.id) as "minutesPending"`;

/** Named after its text, so a changed query never meets an older preparation of the same name. */
const STATEMENT_NAME = `dashboard-${createHash('sha256').update(DASHBOARD_SQL).digest('hex').slice(0, 16)}`;

/** The secretariat's dashboard: one aggregate statement (see DASHBOARD_SQL). */
@Injectable()
export class DashboardRepository {
  /**
   * Runs DASHBOARD_SQL as a named prepared statement on the request transaction's connection: PostgreSQL
   * then plans it once per pooled connection rather than on every request (planning this many CTEs costs
   * about a third of running them). Row-level security still applies: its policies read the transaction's
   * settings when the statement executes.
   */
  async read(
    em: EntityManager,
    processId: string,
    window: { today: string; horizon: string; listSize: number; plansShown: number; timeZone: string },
  ): Promise<DashboardRow> {
    if (!em.queryRunner) throw new Error('The dashboard is read inside the request transaction.');
    const connection = (await em.queryRunner.connect()) as PoolClient;
    const result = await connection.query<DashboardRow>({
      name: STATEMENT_NAME,
      text: DASHBOARD_SQL,
      values: [processId, window.today, window.horizon, window.listSize, window.plansShown, window.timeZone],
    });
    return result.rows[0];
  }
}
