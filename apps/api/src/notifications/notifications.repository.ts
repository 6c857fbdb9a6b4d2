import { Injectable } from '@nestjs/common';
import type {
  ActionOwner,
  ConfidentialityMode,
  IndicatorDirection,
  NotificationDelivery,
  NotificationKind,
  NotificationObjectType,
  ProcessRole,
  ReportFrequency,
} from '@common-ground/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { activeParticipant, openAction } from '../common/db/fragments';
import type { KeysetCursor } from '../common/db/cursor';
import { NotificationEntity, NotificationPreferenceEntity } from './notification.entity';

/** A recipient as a producer needs them: where to mail, and how they want to hear of the kind. */
export interface MeetingTomorrowRow {
  meetingId: string;
  processId: string;
  processTitle: string;
  timezone: string;
  title: string;
  startsAt: Date;
  place: string | null;
  link: string | null;
  userId: string;
}

export interface RecipientRow {
  userId: string;
  email: string;
  delivery: NotificationDelivery | null;
}

export interface NotificationWrite {
  userId: string;
  workspaceId: string;
  processId: string | null;
  kind: NotificationKind;
  objectType: NotificationObjectType;
  objectId: string;
  params: object;
  path: string;
  dedupeKey: string;
  delivery: Exclude<NotificationDelivery, 'off'>;
}

export interface NotificationRow {
  id: string;
  workspaceId: string;
  processId: string | null;
  kind: NotificationKind;
  objectType: NotificationObjectType;
  objectId: string;
  params: Record<string, unknown>;
  path: string;
  /** UTC to the microsecond, as the keyset cursor carries it. */
  createdAt: string;
  readAt: Date | null;
}

export interface OverdueActionRow {
  actionId: string;
  planId: string;
  processId: string;
  processTitle: string;
  title: string;
  dueDate: string;
  userId: string;
}

export interface ReportBackRow {
  processId: string;
  processTitle: string;
  timezone: string;
  userId: string;
  frequency: ReportFrequency;
  since: Date;
}

export interface MilestoneDueRow {
  milestoneId: string;
  planId: string;
  processId: string;
  processTitle: string;
  title: string;
  dueDate: string;
  baseline: string;
  target: string;
  direction: IndicatorDirection;
  currentValue: string | null;
  userId: string;
}

const COLUMNS = `id, workspace_id as "workspaceId", process_id as "processId", kind, object_type as "objectType", object_id as "objectId",
  params, path, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAt", read_at as "readAt"`;

/**
 * The people who hold an action owned by `o` (aliases the owner columns of an actions row): its member
 * owner, the members (lead included) of its working group, the active participants of its stakeholder group.
 * Yields `user_id` rows for a process `$process`.
 */
const holdersOf = (a: string, processParam: string): string => `
  select ${a}.owner_user_id as user_id where ${a}.owner_user_id is not null
  union select wgm.user_id from working_group_members wgm where wgm.working_group_id = ${a}.owner_working_group_id
  union select pm.user_id from process_members pm
         where pm.process_id = ${processParam} and pm.stakeholder_group_id = ${a}.owner_stakeholder_group_id and ${activeParticipant('pm')}`;

/** Notifications: who receives what, writing them once, and a person's own inbox. */
@Injectable()
export class NotificationsRepository {
  /** The recipients' addresses and their choice for the kind (null: the kind's default). */
  recipients(em: EntityManager, userIds: readonly string[], kind: NotificationKind): Promise<RecipientRow[]> {
    return em.query<RecipientRow[]>(
      `select u.id as "userId", u.email, p.delivery
         from users u left join notification_preferences p on p.user_id = u.id and p.kind = $2
        where u.id = any($1::uuid[])`,
      [userIds, kind],
    );
  }

  /** Writes the notification unless its recipient already has one with this key; true when written. */
  async insertOnce(em: EntityManager, row: NotificationWrite): Promise<boolean> {
    // No RETURNING: the new row belongs to the recipient, whom the producer's transaction may not read.
    const sql = `insert into notifications (user_id, workspace_id, process_id, kind, object_type, object_id, params, path, dedupe_key, delivery)
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (user_id, dedupe_key) do nothing`;
    const values = [
      row.userId,
      row.workspaceId,
      row.processId,
      row.kind,
      row.objectType,
      row.objectId,
      JSON.stringify(row.params),
      row.path,
      row.dedupeKey,
      row.delivery,
    ];
    const runner = em.queryRunner;
    if (!runner) throw new Error('notify() runs inside the transaction of the change');
    const result = (await runner.query(sql, values, true)) as { affected?: number };
    return (result.affected ?? 0) > 0;
  }

  async confidentiality(em: EntityManager, processId: string): Promise<ConfidentialityMode> {
    const rows = await em.query<{ mode: ConfidentialityMode }[]>(
      `select default_mode as mode from confidentiality_regimes where process_id = $1`,
      [processId],
    );
    return rows[0]?.mode ?? 'on_the_record';
  }

  async processTitle(em: EntityManager, processId: string): Promise<string> {
    const rows = await em.query<{ title: string }[]>(`select title from processes where id = $1`, [processId]);
    return rows[0]?.title ?? '';
  }

  /** Active participants of a process: who must sign its charter. */
  async activeParticipants(em: EntityManager, processId: string): Promise<string[]> {
    const rows = await em.query<{ userId: string }[]>(
      `select m.user_id as "userId" from process_members m where m.process_id = $1 and ${activeParticipant('m')}`,
      [processId],
    );
    return rows.map((row) => row.userId);
  }

  async withRoles(em: EntityManager, processId: string, roles: readonly ProcessRole[]): Promise<string[]> {
    const rows = await em.query<{ userId: string }[]>(
      `select user_id as "userId" from process_members where process_id = $1 and role = any($2::text[])`,
      [processId, roles],
    );
    return rows.map((row) => row.userId);
  }

  /** The people who hold an action with this owner. */
  async holders(em: EntityManager, processId: string, owner: ActionOwner): Promise<string[]> {
    const rows = await em.query<{ userId: string }[]>(
      `select $2::uuid as "userId" where $3 = 'member'
       union select user_id from working_group_members where $3 = 'working_group' and working_group_id = $2
       union select pm.user_id from process_members pm
              where $3 = 'stakeholder_group' and pm.process_id = $1 and pm.stakeholder_group_id = $2 and ${activeParticipant('pm')}`,
      [processId, owner.id, owner.kind],
    );
    return rows.map((row) => row.userId);
  }

  /** Open actions past their due date (in their process's time zone), with each person who holds them. */
  overdueActions(em: EntityManager, workspaceId: string, now: Date): Promise<OverdueActionRow[]> {
    return em.query<OverdueActionRow[]>(
      `select a.id as "actionId", a.plan_id as "planId", p.id as "processId", p.title as "processTitle", a.title,
              a.due_date::text as "dueDate", h.user_id as "userId"
         from actions a join processes p on p.id = a.process_id
              cross join lateral (${holdersOf('a', 'p.id')}) h
        where p.workspace_id = $1 and p.status = 'active' and ${openAction('a')}
          and a.due_date < ($2::timestamptz at time zone p.timezone)::date`,
      [workspaceId, now],
    );
  }

  /** Participants on a report-back schedule (not "after each meeting"), with when their period started. */
  reportBackSchedules(em: EntityManager, workspaceId: string): Promise<ReportBackRow[]> {
    return em.query<ReportBackRow[]>(
      `select p.id as "processId", p.title as "processTitle", p.timezone, e.user_id as "userId", e.frequency,
              coalesce(e.last_reported_at, e.created_at) as since
         from accountability_entries e join processes p on p.id = e.process_id
         join process_members m on m.process_id = e.process_id and m.user_id = e.user_id and m.role = 'participant'
        where p.workspace_id = $1 and p.status = 'active' and e.frequency <> 'after_each_meeting'`,
      [workspaceId],
    );
  }

  /**
   * Milestones due by `daysAhead` days from today (their process's), with who answers for each: the holders
   * of its action, or the conveners when it has none. Whether it is reached is the domain's to say.
   */
  milestonesDue(em: EntityManager, workspaceId: string, now: Date, daysAhead: number): Promise<MilestoneDueRow[]> {
    return em.query<MilestoneDueRow[]>(
      `select ms.id as "milestoneId", ms.plan_id as "planId", p.id as "processId", p.title as "processTitle", ms.title,
              ms.due_date::text as "dueDate", ms.baseline::text as baseline, ms.target::text as target, ms.direction,
              ms.current_value::text as "currentValue", r.user_id as "userId"
         from milestones ms join processes p on p.id = ms.process_id
         left join actions a on a.id = ms.action_id
         cross join lateral (
           select h.user_id from (${holdersOf('a', 'p.id')}) h where a.id is not null
           union select c.user_id from process_members c where a.id is null and c.process_id = p.id and c.role = 'convener'
         ) r
        where p.workspace_id = $1 and p.status = 'active'
          and ms.due_date <= ($2::timestamptz at time zone p.timezone)::date + $3::int`,
      [workspaceId, now, daysAhead],
    );
  }

  /** Everyone invited to a meeting (and alternates named to attend instead). */
  async meetingInvitees(em: EntityManager, meetingId: string): Promise<string[]> {
    const rows = await em.query<{ userId: string }[]>(
      `select member_id as "userId" from meeting_invitations where meeting_id = $1
       union select alternate_member_id from meeting_invitations where meeting_id = $1 and alternate_member_id is not null`,
      [meetingId],
    );
    return rows.map((row) => row.userId);
  }

  /** Who attended a meeting: who reviews its minutes and hears they are approved. */
  async meetingAttendees(em: EntityManager, meetingId: string): Promise<string[]> {
    const rows = await em.query<{ userId: string }[]>(`select member_id as "userId" from meeting_attendance where meeting_id = $1`, [
      meetingId,
    ]);
    return rows.map((row) => row.userId);
  }

  /**
   * Meetings of active processes that take place tomorrow (in their process's calendar), not cancelled, with each
   * invitee who has not declined and each alternate attending instead.
   */
  meetingsTomorrow(em: EntityManager, workspaceId: string, now: Date): Promise<MeetingTomorrowRow[]> {
    return em.query<MeetingTomorrowRow[]>(
      `select mt.id as "meetingId", p.id as "processId", p.title as "processTitle", p.timezone, mt.title,
              mt.starts_at as "startsAt", mt.place, mt.link, r.user_id as "userId"
         from meetings mt join processes p on p.id = mt.process_id
         cross join lateral (
           select i.member_id as user_id from meeting_invitations i where i.meeting_id = mt.id and i.response is distinct from 'no'
           union select i.alternate_member_id from meeting_invitations i where i.meeting_id = mt.id and i.alternate_member_id is not null
         ) r
        where p.workspace_id = $1 and p.status = 'active' and mt.cancelled_at is null
          and (mt.starts_at at time zone p.timezone)::date = ($2::timestamptz at time zone p.timezone)::date + 1`,
      [workspaceId, now],
    );
  }

  // ── the inbox (a transaction acting for the person) ─────────────────────────────────────────────────

  list(
    em: EntityManager,
    userId: string,
    query: { unreadOnly: boolean; after: KeysetCursor | null; limit: number },
  ): Promise<NotificationRow[]> {
    return em.query<NotificationRow[]>(
      `select ${COLUMNS} from notifications
        where user_id = $1 and ($2::boolean is false or read_at is null)
          and ($3::timestamptz is null or (created_at, id) < ($3::timestamptz, $4::uuid))
        order by created_at desc, id desc limit $5`,
      [userId, query.unreadOnly, query.after?.createdAt ?? null, query.after?.id ?? null, query.limit],
    );
  }

  async unreadCount(em: EntityManager, userId: string): Promise<number> {
    const rows = await em.query<{ count: string }[]>(`select count(*) from notifications where user_id = $1 and read_at is null`, [userId]);
    return Number(rows[0]?.count ?? 0);
  }

  find(em: EntityManager, userId: string, id: string): Promise<NotificationRow | undefined> {
    return em
      .query<NotificationRow[]>(`select ${COLUMNS} from notifications where user_id = $1 and id = $2`, [userId, id])
      .then((rows) => rows[0]);
  }

  async markRead(em: EntityManager, userId: string, id: string): Promise<void> {
    await em.update(NotificationEntity, { userId, id, readAt: IsNull() }, { readAt: new Date() });
  }

  async markAllRead(em: EntityManager, userId: string): Promise<number> {
    return (await em.update(NotificationEntity, { userId, readAt: IsNull() }, { readAt: new Date() })).affected ?? 0;
  }

  preferences(em: EntityManager, userId: string): Promise<{ kind: NotificationKind; delivery: NotificationDelivery }[]> {
    return em.query(`select kind, delivery from notification_preferences where user_id = $1`, [userId]);
  }

  async savePreferences(
    em: EntityManager,
    userId: string,
    choices: Partial<Record<NotificationKind, NotificationDelivery>>,
  ): Promise<void> {
    const rows = Object.entries(choices).map(([kind, delivery]) => ({ userId, kind: kind as NotificationKind, delivery: delivery }));
    if (rows.length > 0) await em.upsert(NotificationPreferenceEntity, rows, ['userId', 'kind']);
  }

  /** A person's notifications waiting for the digest, oldest first. */
  pendingDigest(em: EntityManager, userId: string, limit: number): Promise<(NotificationRow & { workspaceId: string })[]> {
    return em.query(
      `select ${COLUMNS} from notifications where user_id = $1 and delivery = 'digest' and digested_at is null
        order by created_at, id limit $2`,
      [userId, limit],
    );
  }

  async markDigested(em: EntityManager, userId: string, ids: readonly string[]): Promise<void> {
    await em.update(NotificationEntity, { userId, id: In([...ids]) }, { digestedAt: new Date() });
  }

  async workspacesOf(em: EntityManager, userId: string): Promise<string[]> {
    const rows = await em.query<{ id: string }[]>(`select workspace_id as id from workspace_members where user_id = $1`, [userId]);
    return rows.map((row) => row.id);
  }

  /** Whose notifications wait for a digest: ids only, through a narrow SECURITY DEFINER function. */
  async digestRecipients(em: EntityManager): Promise<string[]> {
    const rows = await em.query<{ id: string }[]>(`select id from notification_digest_recipients() as id`);
    return rows.map((row) => row.id);
  }
}
