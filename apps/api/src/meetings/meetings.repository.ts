import { Injectable } from '@nestjs/common';
import type { AgendaItem, ConfidentialityMode, MeetingFormat, MeetingKind, MinutesStatus, RsvpResponse } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { type Changes, updateIfCurrent } from '../common/db/update-if-current';
import {
  type AttendanceRecordedHow,
  MeetingEntity,
  MinutesActionPointEntity,
  MinutesEntity,
  MinutesStatementEntity,
  type ReviewVerdict,
} from './meetings.entity';

/** A meeting as the viewer sees it: with their own invitation and attendance, the RSVP counts and the minutes' status. */
export interface MeetingRow {
  id: string;
  workspaceId: string;
  processId: string;
  kind: MeetingKind;
  format: MeetingFormat;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** starts_at in UTC to the microsecond, for the page cursor. */
  startsAtKey: string;
  place: string | null;
  link: string | null;
  hosts: string[];
  mode: ConfidentialityMode;
  agenda: AgendaItem[];
  charterVersionId: string | null;
  planId: string | null;
  attendanceCodeHash: Buffer | null;
  cancelledAt: Date | null;
  version: number;
  minutesStatus: MinutesStatus;
  minutesVersion: number;
  invited: boolean;
  myResponse: RsvpResponse | null;
  myAlternateId: string | null;
  myInvitationVersion: number | null;
  isAlternate: boolean;
  attended: boolean;
  yes: number;
  no: number;
  maybe: number;
  pending: number;
  alternates: number;
}

/** Who sees which meetings: everyone's (leads, workspace admins), invited ones (participants), plenaries (observers). */
export interface MeetingViewer {
  userId: string;
  seesAll: boolean;
  observer: boolean;
}

export interface InvitationRow {
  memberId: string;
  displayName: string;
  stakeholderGroupId: string | null;
  response: RsvpResponse | null;
  alternateId: string | null;
  alternateName: string | null;
}

export interface AttendeeRow {
  memberId: string;
  displayName: string;
  stakeholderGroupId: string | null;
  stakeholderGroupName: string | null;
  recordedHow: AttendanceRecordedHow;
  /** The group of the invitee this person attends instead of, when an alternate. */
  replacesGroupId: string | null;
  alternate: boolean;
}

export interface StatementRow {
  id: string;
  ordinal: number;
  agendaNumber: string | null;
  text: string;
  quotedMemberId: string | null;
  quotedMemberName: string | null;
  quotedName: string | null;
  speakerOptedIn: boolean;
  version: number;
}

const MEETING_COLUMNS = `
  m.id, m.workspace_id as "workspaceId", m.process_id as "processId", m.kind, m.format, m.title,
  m.starts_at as "startsAt", m.ends_at as "endsAt",
  to_char(m.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "startsAtKey",
  m.place, m.link, m.hosts, m.mode, m.agenda, m.charter_version_id as "charterVersionId", m.plan_id as "planId",
  m.attendance_code_hash as "attendanceCodeHash", m.cancelled_at as "cancelledAt", m.version,
  mn.status as "minutesStatus", mn.version as "minutesVersion",
  mine.member_id is not null as invited, mine.response as "myResponse", mine.alternate_member_id as "myAlternateId",
  mine.version as "myInvitationVersion",
  exists (select 1 from meeting_invitations alt where alt.meeting_id = m.id and alt.alternate_member_id = $2) as "isAlternate",
  exists (select 1 from meeting_attendance a where a.meeting_id = m.id and a.member_id = $2) as attended,
  counts.yes, counts.no, counts.maybe, counts.pending, counts.alternates`;

const MEETING_FROM = `
  from meetings m
  join minutes mn on mn.meeting_id = m.id
  left join meeting_invitations mine on mine.meeting_id = m.id and mine.member_id = $2
  cross join lateral (
    select count(*) filter (where i.response = 'yes')::int as yes, count(*) filter (where i.response = 'no')::int as no,
           count(*) filter (where i.response = 'maybe')::int as maybe, count(*) filter (where i.response is null)::int as pending,
           count(i.alternate_member_id)::int as alternates
      from meeting_invitations i where i.meeting_id = m.id) counts`;

/** The visibility rule, in the query: $3 sees all, $4 is an observer (plenaries), anyone else their invitations. */
const VISIBLE = `($3::boolean
  or ($4::boolean and m.kind = 'plenary')
  or (not $4::boolean and exists (select 1 from meeting_invitations v where v.meeting_id = m.id and (v.member_id = $2 or v.alternate_member_id = $2))))`;

@Injectable()
export class MeetingsRepository {
  async list(
    em: EntityManager,
    processId: string,
    viewer: MeetingViewer,
    filter: { when: 'upcoming' | 'past'; now: Date; limit: number; after: { createdAt: string; id: string } | null },
  ): Promise<MeetingRow[]> {
    const params: unknown[] = [processId, viewer.userId, viewer.seesAll, viewer.observer, filter.now, filter.limit + 1];
    const upcoming = filter.when === 'upcoming';
    let keyset = '';
    if (filter.after) {
      params.push(filter.after.createdAt, filter.after.id);
      keyset = `and (m.starts_at, m.id) ${upcoming ? '>' : '<'} ($7::timestamptz, $8::uuid)`;
    }
    return em.query<MeetingRow[]>(
      `select ${MEETING_COLUMNS} ${MEETING_FROM}
        where m.process_id = $1 and ${VISIBLE} and m.ends_at ${upcoming ? '>' : '<='} $5 ${keyset}
        order by m.starts_at ${upcoming ? 'asc' : 'desc'}, m.id ${upcoming ? 'asc' : 'desc'}
        limit $6`,
      params,
    );
  }

  /** The meeting if the viewer may see it; null otherwise (answered 404, as if it did not exist). */
  async findVisible(em: EntityManager, processId: string, meetingId: string, viewer: MeetingViewer): Promise<MeetingRow | null> {
    const rows = await em.query<MeetingRow[]>(
      `select ${MEETING_COLUMNS} ${MEETING_FROM} where m.process_id = $1 and m.id = $5 and ${VISIBLE}`,
      [processId, viewer.userId, viewer.seesAll, viewer.observer, meetingId],
    );
    return rows[0] ?? null;
  }

  async create(
    em: EntityManager,
    meeting: Omit<MeetingEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'attendanceCodeHash' | 'cancelledAt'>,
  ): Promise<string> {
    const saved = await em.save(MeetingEntity, em.create(MeetingEntity, meeting));
    await em.insert(MinutesEntity, { meetingId: saved.id, workspaceId: meeting.workspaceId });
    return saved.id;
  }

  update(em: EntityManager, meetingId: string, version: number, changes: Changes<MeetingEntity>): Promise<boolean> {
    return updateIfCurrent(em, MeetingEntity, { id: meetingId }, version, changes);
  }

  async setAttendanceCode(em: EntityManager, meetingId: string, hash: Buffer): Promise<void> {
    await em.update(MeetingEntity, { id: meetingId }, { attendanceCodeHash: hash });
  }

  /** The meeting's regime-independent facts a rule needs from process data: is each id a member of the process? */
  async processMemberIds(em: EntityManager, processId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await em.query<{ userId: string }[]>(
      `select user_id as "userId" from process_members where process_id = $1 and user_id = any($2::uuid[])`,
      [processId, ids],
    );
    return new Set(rows.map((row) => row.userId));
  }

  async memberName(em: EntityManager, processId: string, userId: string): Promise<string | null> {
    const rows = await em.query<{ displayName: string }[]>(
      `select u.display_name as "displayName" from process_members pm join users u on u.id = pm.user_id where pm.process_id = $1 and pm.user_id = $2`,
      [processId, userId],
    );
    return rows[0]?.displayName ?? null;
  }

  async charterVersionOf(em: EntityManager, processId: string, id: string): Promise<boolean> {
    return (await em.query<unknown[]>(`select 1 from charter_versions where process_id = $1 and id = $2`, [processId, id])).length > 0;
  }

  async planOf(em: EntityManager, processId: string, id: string): Promise<boolean> {
    return (await em.query<unknown[]>(`select 1 from action_plans where process_id = $1 and id = $2`, [processId, id])).length > 0;
  }

  async actionOf(em: EntityManager, processId: string, id: string): Promise<boolean> {
    return (await em.query<unknown[]>(`select 1 from actions where process_id = $1 and id = $2`, [processId, id])).length > 0;
  }

  async knownGroups(em: EntityManager, processId: string, stakeholderGroupIds: readonly string[], workingGroupIds: readonly string[]) {
    const [stakeholder, working] = await Promise.all([
      em.query<{ id: string }[]>(`select id from stakeholder_groups where process_id = $1 and id = any($2::uuid[])`, [
        processId,
        stakeholderGroupIds,
      ]),
      em.query<{ id: string }[]>(`select id from working_groups where process_id = $1 and id = any($2::uuid[])`, [
        processId,
        workingGroupIds,
      ]),
    ]);
    return { stakeholder: stakeholder.length, working: working.length };
  }

  /**
   * Invites the named members and every member of the groups (expanded now: who joins a group later is not
   * invited). Already invited people keep their answer. Returns how many invitations were added.
   */
  async invite(
    em: EntityManager,
    meeting: { id: string; workspaceId: string; processId: string },
    invitees: { memberIds: readonly string[]; stakeholderGroupIds: readonly string[]; workingGroupIds: readonly string[] },
  ): Promise<string[]> {
    const rows = await em.query<{ member_id: string }[]>(
      `insert into meeting_invitations (meeting_id, member_id, workspace_id)
       select distinct $1::uuid, pm.user_id, $2::uuid from process_members pm
        where pm.process_id = $3 and (
          pm.user_id = any($4::uuid[])
          or pm.stakeholder_group_id = any($5::uuid[])
          or exists (select 1 from working_group_members w where w.process_id = $3 and w.user_id = pm.user_id and w.working_group_id = any($6::uuid[])))
       on conflict do nothing
       returning member_id`,
      [meeting.id, meeting.workspaceId, meeting.processId, invitees.memberIds, invitees.stakeholderGroupIds, invitees.workingGroupIds],
    );
    return rows.map((row) => row.member_id);
  }

  async countInvitations(em: EntityManager, meetingId: string): Promise<number> {
    return (
      await em.query<{ count: number }[]>(`select count(*)::int as count from meeting_invitations where meeting_id = $1`, [meetingId])
    )[0].count;
  }

  listInvitations(em: EntityManager, meetingId: string, processId: string): Promise<InvitationRow[]> {
    return em.query<InvitationRow[]>(
      `select i.member_id as "memberId", u.display_name as "displayName", pm.stakeholder_group_id as "stakeholderGroupId",
              i.response, i.alternate_member_id as "alternateId", au.display_name as "alternateName"
         from meeting_invitations i join users u on u.id = i.member_id
         left join process_members pm on pm.process_id = $2 and pm.user_id = i.member_id
         left join users au on au.id = i.alternate_member_id
        where i.meeting_id = $1 order by lower(u.display_name), u.id`,
      [meetingId, processId],
    );
  }

  /** Withdraws one invitation; false when there was none. */
  async uninvite(em: EntityManager, meetingId: string, memberId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `with gone as (delete from meeting_invitations where meeting_id = $1 and member_id = $2 returning member_id) select member_id from gone`,
      [meetingId, memberId],
    );
    return rows.length > 0;
  }

  /** Corrects the attendance list; false when the person was not on it. */
  async removeAttendance(em: EntityManager, meetingId: string, memberId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `with gone as (delete from meeting_attendance where meeting_id = $1 and member_id = $2 returning member_id) select member_id from gone`,
      [meetingId, memberId],
    );
    return rows.length > 0;
  }

  /** One person's answer; the row is theirs alone, so concurrent answers of different people never collide. */
  async answer(
    em: EntityManager,
    meetingId: string,
    memberId: string,
    response: RsvpResponse,
    alternateId: string | null,
  ): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `with answered as (
         update meeting_invitations set response = $3, alternate_member_id = $4, responded_at = now(), version = version + 1
          where meeting_id = $1 and member_id = $2 returning member_id)
       select member_id from answered`,
      [meetingId, memberId, response, alternateId],
    );
    return rows.length > 0;
  }

  /** Invitees and the alternates announced for them: who may attend. */
  async mayAttend(em: EntityManager, meetingId: string): Promise<Set<string>> {
    const rows = await em.query<{ id: string }[]>(
      `select member_id as id from meeting_invitations where meeting_id = $1
       union select alternate_member_id from meeting_invitations where meeting_id = $1 and alternate_member_id is not null`,
      [meetingId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Records attendance; a person already recorded stays one row (racing check-ins included). Returns rows added. */
  async recordAttendance(
    em: EntityManager,
    meeting: { id: string; workspaceId: string },
    memberIds: readonly string[],
    how: AttendanceRecordedHow,
  ): Promise<number> {
    const rows = await em.query<unknown[]>(
      `insert into meeting_attendance (meeting_id, member_id, workspace_id, recorded_how)
       select $1, unnest($3::uuid[]), $2, $4 on conflict do nothing returning member_id`,
      [meeting.id, meeting.workspaceId, memberIds, how],
    );
    return rows.length;
  }

  listAttendance(em: EntityManager, meetingId: string, processId: string): Promise<AttendeeRow[]> {
    return em.query<AttendeeRow[]>(
      `select a.member_id as "memberId", u.display_name as "displayName", pm.stakeholder_group_id as "stakeholderGroupId",
              g.name as "stakeholderGroupName", a.recorded_how as "recordedHow",
              (select ipm.stakeholder_group_id from meeting_invitations i join process_members ipm on ipm.process_id = $2 and ipm.user_id = i.member_id
                where i.meeting_id = a.meeting_id and i.alternate_member_id = a.member_id limit 1) as "replacesGroupId",
              exists (select 1 from meeting_invitations i where i.meeting_id = a.meeting_id and i.alternate_member_id = a.member_id)
                and not exists (select 1 from meeting_invitations i where i.meeting_id = a.meeting_id and i.member_id = a.member_id) as alternate
         from meeting_attendance a join users u on u.id = a.member_id
         left join process_members pm on pm.process_id = $2 and pm.user_id = a.member_id
         left join stakeholder_groups g on g.id = pm.stakeholder_group_id
        where a.meeting_id = $1 order by lower(u.display_name), u.id`,
      [meetingId, processId],
    );
  }

  indispensableGroups(em: EntityManager, processId: string): Promise<{ id: string; name: string }[]> {
    return em.query<{ id: string; name: string }[]>(
      `select id, name from stakeholder_groups where process_id = $1 and indispensable order by position, id`,
      [processId],
    );
  }

  // ── minutes ──────────────────────────────────────────────────────────────────────────────────────

  async minutes(em: EntityManager, meetingId: string): Promise<MinutesEntity | null> {
    return em.findOneBy(MinutesEntity, { meetingId });
  }

  /** Locks the minutes' row for the rest of the transaction: reviews, edits and status changes of one meeting queue. */
  async lockMinutes(em: EntityManager, meetingId: string): Promise<{ status: MinutesStatus; version: number } | null> {
    const rows = await em.query<{ status: MinutesStatus; version: number }[]>(
      `select status, version from minutes where meeting_id = $1 for update`,
      [meetingId],
    );
    return rows[0] ?? null;
  }

  /**
   * The next ordinal of a draft's statements and action points; null when the minutes are not a draft. The
   * counter lives on the minutes row, which names nobody: this is the only other row a statement's write touches.
   */
  async nextOrdinal(em: EntityManager, meetingId: string): Promise<number | null> {
    const rows = await em.query<{ ordinal: number }[]>(
      `with counted as (update minutes set last_ordinal = last_ordinal + 1 where meeting_id = $1 and status = 'draft' returning last_ordinal)
       select last_ordinal as ordinal from counted`,
      [meetingId],
    );
    return rows[0]?.ordinal ?? null;
  }

  async countStatements(em: EntityManager, meetingId: string): Promise<{ statements: number; actionPoints: number }> {
    const rows = await em.query<{ statements: number; actionPoints: number }[]>(
      `select (select count(*)::int from minutes_statements where meeting_id = $1) as statements,
              (select count(*)::int from minutes_action_points where meeting_id = $1) as "actionPoints"`,
      [meetingId],
    );
    return rows[0];
  }

  async insertStatement(em: EntityManager, statement: Omit<MinutesStatementEntity, 'id' | 'version' | 'speakerOptedIn'>): Promise<string> {
    const result = await em.insert(MinutesStatementEntity, statement);
    return (result.identifiers[0] as { id: string }).id;
  }

  listStatements(em: EntityManager, meetingId: string): Promise<StatementRow[]> {
    return em.query<StatementRow[]>(
      `select s.id, s.ordinal, s.agenda_number as "agendaNumber", s.text, s.quoted_member_id as "quotedMemberId",
              u.display_name as "quotedMemberName", s.quoted_name as "quotedName", s.speaker_opted_in as "speakerOptedIn", s.version
         from minutes_statements s left join users u on u.id = s.quoted_member_id
        where s.meeting_id = $1
        order by string_to_array(s.agenda_number, '.')::int[] nulls last, s.ordinal`,
      [meetingId],
    );
  }

  findStatement(em: EntityManager, meetingId: string, id: string): Promise<MinutesStatementEntity | null> {
    return em.findOneBy(MinutesStatementEntity, { meetingId, id });
  }

  updateStatement(em: EntityManager, id: string, version: number, changes: Changes<MinutesStatementEntity>): Promise<boolean> {
    return updateIfCurrent(em, MinutesStatementEntity, { id }, version, changes);
  }

  async deleteStatement(em: EntityManager, id: string): Promise<void> {
    await em.delete(MinutesStatementEntity, { id });
  }

  /** The speaker names themselves for one statement nobody is named for yet; false if someone already is. */
  async quote(em: EntityManager, id: string, memberId: string, name: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `with quoted as (
         update minutes_statements set quoted_member_id = $2, quoted_name = $3, speaker_opted_in = true, version = version + 1
          where id = $1 and quoted_member_id is null and quoted_name is null returning id)
       select id from quoted`,
      [id, memberId, name],
    );
    return rows.length > 0;
  }

  async insertActionPoint(em: EntityManager, point: Omit<MinutesActionPointEntity, 'id'>): Promise<string> {
    const result = await em.insert(MinutesActionPointEntity, point);
    return (result.identifiers[0] as { id: string }).id;
  }

  listActionPoints(em: EntityManager, meetingId: string): Promise<MinutesActionPointEntity[]> {
    return em.find(MinutesActionPointEntity, { where: { meetingId }, order: { ordinal: 'ASC' } });
  }

  setMinutesStatus(em: EntityManager, meetingId: string, version: number, status: MinutesStatus): Promise<boolean> {
    return updateIfCurrent(em, MinutesEntity, { meetingId }, version, { status, approvedAt: status === 'approved' ? () => 'now()' : null });
  }

  async clearReviews(em: EntityManager, meetingId: string): Promise<void> {
    await em.query(`delete from minutes_reviews where meeting_id = $1`, [meetingId]);
  }

  async saveReview(
    em: EntityManager,
    review: { meetingId: string; memberId: string; workspaceId: string; verdict: ReviewVerdict; comment: string | null },
  ) {
    await em.query(
      `insert into minutes_reviews (meeting_id, member_id, workspace_id, verdict, comment) values ($1, $2, $3, $4, $5)
       on conflict (meeting_id, member_id) do update set verdict = excluded.verdict, comment = excluded.comment`,
      [review.meetingId, review.memberId, review.workspaceId, review.verdict, review.comment],
    );
  }

  async reviewFacts(em: EntityManager, meetingId: string): Promise<{ attended: number; approvals: number; objections: number }> {
    const rows = await em.query<{ attended: number; approvals: number; objections: number }[]>(
      `select (select count(*)::int from meeting_attendance where meeting_id = $1) as attended,
              (select count(*)::int from minutes_reviews where meeting_id = $1 and verdict = 'approve') as approvals,
              (select count(*)::int from minutes_reviews where meeting_id = $1 and verdict = 'object') as objections`,
      [meetingId],
    );
    return rows[0];
  }

  listReviews(
    em: EntityManager,
    meetingId: string,
  ): Promise<{ memberId: string; displayName: string; verdict: ReviewVerdict; comment: string | null }[]> {
    return em.query(
      `select r.member_id as "memberId", u.display_name as "displayName", r.verdict, r.comment
         from minutes_reviews r join users u on u.id = r.member_id where r.meeting_id = $1 order by lower(u.display_name), u.id`,
      [meetingId],
    );
  }
}
