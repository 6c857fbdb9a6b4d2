import { Injectable } from '@nestjs/common';
import type { ProcessRole, WorkspaceRole } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { activeParticipant, nextReportDue, openAction, reportBackSince, todayIn } from '../common/db/fragments';

/** One thing to do, as a section's statement returns it, with the count of the whole section in its workspace. */
export interface TodoRow {
  id: string;
  title: string;
  processId: string | null;
  processTitle: string | null;
  dueOn: string | null;
  overdue: boolean;
  /** The action's plan (actions only). */
  planId: string | null;
  /** The role an invitation offers (invitations only). */
  role: WorkspaceRole | ProcessRole | null;
  total: number;
}

/**
 * The person's processes in the transaction's workspace that are not archived, with their role and group
 * there and today's date where each process is. `$1` workspace, `$2` person.
 */
const MINE = `
  with mine as (
    select p.id, p.title, p.phase, p.timezone, m.role, m.alternate_for, m.stakeholder_group_id, ${todayIn('p.timezone')} as today
      from process_members m join processes p on p.id = m.process_id
     where m.workspace_id = $1 and m.user_id = $2 and p.status <> 'archived')`;

/** Overdue first, then the soonest due, then by title (code-point order, as `compareTodo` in libs/domain). */
const TODO_ORDER = `order by overdue desc, "dueOn" nulls last, title collate "C", id collate "C"`;

/** The columns every section returns besides its own; `$3` is the cap. */
const page = (select: string): string => `select *, count(*) over ()::int as total from (${select}) t ${TODO_ORDER} limit $3`;

/**
 * "What I need to do" in one workspace: every statement runs in a transaction scoped to that workspace,
 * and each section returns its first `cap` items in `compareTodo` order with the section's total.
 */
@Injectable()
export class HomeRepository {
  /** The workspaces the person belongs to (visible to them through their memberships). */
  myWorkspaces(em: EntityManager, userId: string): Promise<{ id: string; name: string }[]> {
    return em.query<{ id: string; name: string }[]>(
      'select w.id, w.name from workspace_members m join workspaces w on w.id = m.workspace_id where m.user_id = $1 order by w.id',
      [userId],
    );
  }

  /** Adopted charter versions the person, an active participant, has neither signed nor declined. */
  chartersToSign(em: EntityManager, workspaceId: string, userId: string, cap: number): Promise<TodoRow[]> {
    return em.query<TodoRow[]>(
      `${MINE}
       ${page(`select v.id::text as id, 'Charter version ' || v.number as title, mp.id as "processId", mp.title as "processTitle",
                      null::text as "dueOn", false as overdue, null::uuid as "planId", null::text as role
                 from mine mp join charter_versions v on v.process_id = mp.id and v.status = 'adopted'
                where ${activeParticipant('mp')}
                  and not exists (select 1 from charter_signatures s where s.version_id = v.id and s.on_behalf_of = $2)
                  and not exists (select 1 from charter_declines d where d.version_id = v.id and d.user_id = $2)`)}`,
      [workspaceId, userId, cap],
    );
  }

  /**
   * Initiation checklists of the groups the person represents as a participant, while the process is in
   * Initiate and the group has not saved one or not yet said whether it joins.
   */
  checklistsToFill(em: EntityManager, workspaceId: string, userId: string, cap: number): Promise<TodoRow[]> {
    return em.query<TodoRow[]>(
      `${MINE}
       ${page(`select g.id::text as id, g.name as title, mp.id as "processId", mp.title as "processTitle",
                      null::text as "dueOn", false as overdue, null::uuid as "planId", null::text as role
                 from mine mp join stakeholder_groups g on g.id = mp.stakeholder_group_id
                 left join initiation_participant_checklists c on c.group_id = g.id
                where mp.role = 'participant' and mp.phase = 'initiate' and (c.group_id is null or c.stance = 'undecided')`)}`,
      [workspaceId, userId, cap],
    );
  }

  /**
   * Open actions of approved plans the person holds: directly, through a working group, or through the
   * stakeholder group they represent (`holdsAction` in libs/domain). A draft plan's actions are proposals.
   */
  /** Upcoming meetings (not cancelled) the person is invited to and has not answered; due on the meeting's day where the process is. */
  meetingsToAnswer(em: EntityManager, workspaceId: string, userId: string, cap: number): Promise<TodoRow[]> {
    return em.query<TodoRow[]>(
      `${MINE}
       ${page(`select mt.id::text as id, mt.title, mp.id as "processId", mp.title as "processTitle",
                      (mt.starts_at at time zone mp.timezone)::date::text as "dueOn", false as overdue, null::uuid as "planId", null::text as role
                 from mine mp
                 join meetings mt on mt.process_id = mp.id
                 join meeting_invitations i on i.meeting_id = mt.id and i.member_id = $2
                where i.response is null and mt.cancelled_at is null and mt.starts_at > now()`)}`,
      [workspaceId, userId, cap],
    );
  }

  /** Minutes in review of meetings the person attended, not yet reviewed by them; dated by the meeting's day. */
  minutesToReview(em: EntityManager, workspaceId: string, userId: string, cap: number): Promise<TodoRow[]> {
    return em.query<TodoRow[]>(
      `${MINE}
       ${page(`select mt.id::text as id, mt.title, mp.id as "processId", mp.title as "processTitle",
                      null::text as "dueOn", false as overdue, null::uuid as "planId", null::text as role
                 from mine mp
                 join meetings mt on mt.process_id = mp.id
                 join minutes mn on mn.meeting_id = mt.id and mn.status = 'in_review'
                 join meeting_attendance a on a.meeting_id = mt.id and a.member_id = $2
                where not exists (select 1 from minutes_reviews r where r.meeting_id = mt.id and r.member_id = $2)`)}`,
      [workspaceId, userId, cap],
    );
  }

  actionsHeld(em: EntityManager, workspaceId: string, userId: string, cap: number): Promise<TodoRow[]> {
    return em.query<TodoRow[]>(
      `${MINE}
       ${page(`select a.id::text as id, a.title, mp.id as "processId", mp.title as "processTitle", a.due_date::text as "dueOn",
                      coalesce(a.due_date < mp.today, false) as overdue, a.plan_id as "planId", null::text as role
                 from mine mp
                 join actions a on a.process_id = mp.id
                 join action_plans pl on pl.id = a.plan_id and pl.status = 'approved'
                where ${openAction('a')}
                  and (a.owner_user_id = $2
                       or a.owner_stakeholder_group_id = mp.stakeholder_group_id
                       or a.owner_working_group_id in (select w.working_group_id from working_group_members w where w.process_id = mp.id and w.user_id = $2))`)}`,
      [workspaceId, userId, cap],
    );
  }

  /**
   * The person's next report-back in each process where they are a participant with a scheduled entry in
   * the accountability map, when it is overdue or due within `horizonDays`. `id` is the process's.
   */
  reportBacksOwed(em: EntityManager, workspaceId: string, userId: string, cap: number, horizonDays: number): Promise<TodoRow[]> {
    return em.query<TodoRow[]>(
      `${MINE}
       ${page(`select mp.id::text as id, e.accountable_to as title, mp.id as "processId", mp.title as "processTitle",
                      d.due_on::text as "dueOn", d.due_on < mp.today as overdue, null::uuid as "planId", null::text as role
                 from mine mp
                 join accountability_entries e on e.process_id = mp.id and e.user_id = $2
                 cross join lateral (select ${nextReportDue('e', reportBackSince('e'), 'mp.timezone')} as due_on) d
                where mp.role = 'participant' and e.frequency <> 'after_each_meeting' and d.due_on <= mp.today + $4::int`)}`,
      [workspaceId, userId, cap, horizonDays],
    );
  }

  /**
   * The workspaces holding an invitation pending for the person's e-mail address. Read in a transaction
   * scoped to the person alone: the `addressee` policy lets them see exactly these rows.
   */
  async workspacesInvitingMe(em: EntityManager, userId: string): Promise<string[]> {
    const rows = await em.query<{ workspaceId: string }[]>(
      `select distinct i.workspace_id as "workspaceId" from workspace_invitations i
        where lower(i.email) = (select lower(u.email) from users u where u.id = $1)
          and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()`,
      [userId],
    );
    return rows.map((row) => row.workspaceId);
  }

  /** The workspace's name; the transaction is scoped to it. */
  async workspaceName(em: EntityManager, workspaceId: string): Promise<string | null> {
    const rows = await em.query<{ name: string }[]>('select name from workspaces where id = $1', [workspaceId]);
    return rows[0]?.name ?? null;
  }

  /**
   * Invitations of the workspace pending for the person's e-mail address, whose process (if any) still
   * takes people in. Due on the day (UTC) the invitation expires.
   */
  invitationsPending(em: EntityManager, workspaceId: string, userId: string, cap: number): Promise<TodoRow[]> {
    return em.query<TodoRow[]>(
      `select *, count(*) over ()::int as total from (
         select i.id::text as id, coalesce(p.title, w.name) as title, i.process_id as "processId", p.title as "processTitle",
                (i.expires_at at time zone 'UTC')::date::text as "dueOn", false as overdue, null::uuid as "planId",
                coalesce(i.process_role, i.role) as role
           from workspace_invitations i
           join workspaces w on w.id = i.workspace_id
           left join processes p on p.id = i.process_id
          where i.workspace_id = $1 and lower(i.email) = (select lower(u.email) from users u where u.id = $2)
            and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
            and (i.process_id is null or p.status <> 'archived')) t
       ${TODO_ORDER} limit $3`,
      [workspaceId, userId, cap],
    );
  }
}
