import { Injectable } from '@nestjs/common';
import type { Grants, ProcessRole, ProcessStatus, WorkspaceRole } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { ACTION_OWNER_NAME, actionOwnerJoins, openAction } from '../common/db/fragments';

export interface FeedOwner {
  workspaceId: string;
  processId: string;
  userId: string;
}

export interface FeedEvents {
  processTitle: string;
  processStatus: ProcessStatus;
  timezone: string;
  milestones: {
    id: string;
    planId: string;
    planTitle: string;
    title: string;
    dueDate: string;
    quickWin: boolean;
    unit: string;
    target: number;
  }[];
  actions: { id: string; planId: string; planTitle: string; title: string; dueDate: string; ownerName: string | null }[];
  reportBack: { frequency: string; since: Date; accountableTo: string; channel: string } | null;
  /** Meetings the owner is invited to (or attends as an alternate), cancelled ones included. */
  meetings: {
    id: string;
    title: string;
    kind: string;
    format: string;
    startsAt: string;
    endsAt: string;
    place: string | null;
    link: string | null;
    cancelled: boolean;
    version: number;
  }[];
}

/** How far back the feed keeps meetings: a calendar keeps its own copy of older ones. */
const MEETINGS_PAST_DAYS = 365;

/** Calendar feeds (only the token's hash is stored) and what a feed shows. */
@Injectable()
export class CalendarFeedsRepository {
  async find(em: EntityManager, processId: string, userId: string): Promise<{ createdAt: Date } | null> {
    const rows = await em.query<{ createdAt: Date }[]>(
      'select created_at as "createdAt" from calendar_feeds where process_id = $1 and user_id = $2',
      [processId, userId],
    );
    return rows[0] ?? null;
  }

  /** Makes the person's feed, or gives the existing one a new token (the old URL stops working). */
  async save(em: EntityManager, owner: FeedOwner, tokenHash: string): Promise<Date> {
    const rows = await em.query<{ createdAt: Date }[]>(
      `insert into calendar_feeds (workspace_id, process_id, user_id, token_hash) values ($1, $2, $3, $4)
       on conflict (process_id, user_id) do update set token_hash = excluded.token_hash, created_at = now()
       returning created_at as "createdAt"`,
      [owner.workspaceId, owner.processId, owner.userId, tokenHash],
    );
    return rows[0].createdAt;
  }

  async delete(em: EntityManager, processId: string, userId: string): Promise<void> {
    await em.query('delete from calendar_feeds where process_id = $1 and user_id = $2', [processId, userId]);
  }

  /**
   * The feed a token's hash opens, or null. Row-level security shows a calendar_feeds row to a transaction
   * that names its hash in `app.calendar_token_hash` (transaction-local, like the workspace).
   */
  async findByToken(em: EntityManager, tokenHash: string): Promise<FeedOwner | null> {
    await em.query("select set_config('app.calendar_token_hash', $1, true)", [tokenHash]);
    const rows = await em.query<FeedOwner[]>(
      'select workspace_id as "workspaceId", process_id as "processId", user_id as "userId" from calendar_feeds where token_hash = $1',
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** The feed owner's roles now: a feed shows only what its owner may still see. */
  async grantsOf(em: EntityManager, owner: FeedOwner): Promise<Grants> {
    const rows = await em.query<{ workspaceRole: WorkspaceRole; processRole: ProcessRole | null }[]>(
      `select wm.role as "workspaceRole", pm.role as "processRole"
         from workspace_members wm
         left join process_members pm on pm.process_id = $2 and pm.user_id = wm.user_id
        where wm.workspace_id = $1 and wm.user_id = $3`,
      [owner.workspaceId, owner.processId, owner.userId],
    );
    return rows[0] ?? {};
  }

  /**
   * Everything the feed lists, in one statement: milestones, open actions with a due date, the owner's report-back
   * entry, and the meetings the owner is invited to.
   */
  async events(em: EntityManager, owner: FeedOwner): Promise<FeedEvents | null> {
    const rows = await em.query<FeedEvents[]>(
      `select pr.title as "processTitle", pr.status as "processStatus", pr.timezone,
              (select coalesce(json_agg(json_build_object('id', m.id, 'planId', m.plan_id, 'planTitle', p.title, 'title', m.title,
                        'dueDate', m.due_date::text, 'quickWin', m.quick_win, 'unit', m.unit, 'target', m.target::float8) order by m.due_date, m.id), '[]'::json)
                 from milestones m join action_plans p on p.id = m.plan_id where m.process_id = pr.id) as milestones,
              (select coalesce(json_agg(json_build_object('id', a.id, 'planId', a.plan_id, 'planTitle', p.title, 'title', a.title,
                        'dueDate', a.due_date::text, 'ownerName', ${ACTION_OWNER_NAME}) order by a.due_date, a.id), '[]'::json)
                 from actions a join action_plans p on p.id = a.plan_id
                 ${actionOwnerJoins('a')}
                where a.process_id = pr.id and a.due_date is not null and ${openAction('a')}) as actions,
              (select json_build_object('frequency', e.frequency, 'since', coalesce(e.last_reported_at, e.created_at), 'accountableTo', e.accountable_to, 'channel', e.channel)
                 from accountability_entries e join process_members pm on pm.process_id = e.process_id and pm.user_id = e.user_id and pm.role = 'participant'
                where e.process_id = pr.id and e.user_id = $2) as "reportBack",
              (select coalesce(json_agg(json_build_object('id', mt.id, 'title', mt.title, 'kind', mt.kind, 'format', mt.format,
                        'startsAt', mt.starts_at, 'endsAt', mt.ends_at, 'place', mt.place, 'link', mt.link,
                        'cancelled', mt.cancelled_at is not null, 'version', mt.version) order by mt.starts_at, mt.id), '[]'::json)
                 from meetings mt
                where mt.process_id = pr.id and mt.ends_at > now() - interval '${MEETINGS_PAST_DAYS} days'
                  and exists (select 1 from meeting_invitations i
                               where i.meeting_id = mt.id and (i.member_id = $2 or i.alternate_member_id = $2))) as meetings
         from processes pr where pr.id = $1`,
      [owner.processId, owner.userId],
    );
    const row = rows[0];
    return row ? { ...row, reportBack: row.reportBack ? { ...row.reportBack, since: new Date(row.reportBack.since) } : null } : null;
  }
}
