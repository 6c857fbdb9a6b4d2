import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type AgendaItem,
  agendaProblem,
  attendanceCodeFromBytes,
  attendanceVisibleToAttendees,
  attendanceWindowOpen,
  can,
  type ConfidentialityMode,
  countRsvps,
  DEFAULT_DECISION_RULES,
  DomainError,
  DomainErrorCode,
  effectiveMode,
  evaluateQuorum,
  formatAttendanceCode,
  invalidInput,
  isAttendanceCodeShape,
  MEETING_LIMITS,
  meetingState,
  meetingTimeProblem,
  minutesApproved,
  minutesEditable,
  minutesKeepStatements,
  modeChangeProblem,
  nextMinutesStatus,
  normalizeAttendanceCode,
  numberAgenda,
  rsvpProblem,
  statementMayNameSpeaker,
  statementsVisible,
  type MinutesEvent,
} from '@common-ground/domain';
import { keysetCursor } from '../common/db/cursor';
import { versionConflict } from '../common/db/conflict';
import { iso, isoOrNull } from '../common/db/dates';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import { AgreementsRepository } from '../agreements/agreements.repository';
import type { Changes } from '../common/db/update-if-current';
import {
  type MeetingFacts,
  notifyMeetingChanged,
  notifyMeetingInvited,
  notifyMinutesApproved,
  notifyMinutesToReview,
} from '../notifications/producers';
import type { MeetingEntity } from './meetings.entity';
import { type MeetingRow, MeetingsRepository, type MeetingViewer } from './meetings.repository';
import type {
  AttendanceCodeDto,
  AttendanceDto,
  CreateActionPointDto,
  CreateMeetingDto,
  CreateStatementDto,
  MeetingInvitationListDto,
  InviteDto,
  MeetingDto,
  MeetingListDto,
  MeetingListQueryDto,
  MinutesDto,
  RsvpDto,
  SaveReviewDto,
  StatementDto,
  UpdateMeetingDto,
  UpdateStatementDto,
} from './dto/meetings.dto';

const DEFAULT_PAGE = 25;
/** The quorum shown live: a majority of invitees present and every indispensable group there (the binding-question default). */
const LIVE_QUORUM = { ...DEFAULT_DECISION_RULES.charter_adoption.quorum, ballots: null };

/** The changes invitees are told of (an agenda edit or a stricter mode is read on the meeting's page). */
const NOTICED_FIELDS = ['title', 'startsAt', 'endsAt', 'place', 'link', 'format'] as const;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Meetings, invitations, RSVP, attendance and minutes (docs/meetings-and-decisions.md). Under the Chatham House
 * Rule a statement's write touches only the statement, the minutes' counter and an anonymous audit event.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly agreements: AgreementsRepository,
  ) {}

  async list(ctx: RequestContext, query: MeetingListQueryDto): Promise<MeetingListDto> {
    const process = processOf(ctx);
    const limit = query.limit ?? DEFAULT_PAGE;
    const [rows, regime] = await Promise.all([
      this.meetings.list(ctx.em, process.id, this.viewer(ctx), {
        when: query.when ?? 'upcoming',
        now: new Date(),
        limit,
        after: keysetCursor.decodeOptional(query.cursor),
      }),
      this.regime(ctx),
    ]);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => this.toDto(row, regime)),
      nextCursor: rows.length > limit && last ? keysetCursor.encode({ createdAt: last.startsAtKey, id: last.id }) : null,
    };
  }

  async get(ctx: RequestContext, meetingId: string): Promise<MeetingDto> {
    return this.toDto(await this.meeting(ctx, meetingId), await this.regime(ctx));
  }

  async create(ctx: RequestContext, dto: CreateMeetingDto): Promise<MeetingDto> {
    const process = processOf(ctx);
    const regime = await this.regime(ctx);
    const mode = dto.mode ?? regime;
    this.checkMode(regime, null, mode);
    const startsAt = this.date(dto.startsAt, 'startsAt');
    const endsAt = this.date(dto.endsAt, 'endsAt');
    this.checkTimes(startsAt, endsAt);
    const agenda = toAgenda(dto.agenda ?? []);
    await this.checkAgenda(ctx, agenda);
    await this.checkLinks(ctx, dto.charterVersionId ?? null, dto.planId ?? null);
    const id = await this.meetings.create(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      kind: dto.kind,
      format: dto.format,
      title: dto.title,
      startsAt,
      endsAt,
      place: dto.place || null,
      link: dto.link || null,
      hosts: (dto.hosts ?? []).map((host) => host.trim()).filter(Boolean),
      mode,
      agenda,
      charterVersionId: dto.charterVersionId ?? null,
      planId: dto.planId ?? null,
    });
    recordAudit(ctx, { objectType: 'meeting', action: 'scheduled', objectId: id, payload: { kind: dto.kind, format: dto.format, mode } });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, meetingId: string, dto: UpdateMeetingDto): Promise<MeetingDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (meeting.cancelledAt) throw invalidInput('meetingCancelled', 'This meeting is cancelled.');
    const regime = await this.regime(ctx);
    const changes: Changes<MeetingEntity> = {};
    if (dto.mode !== undefined && dto.mode !== meeting.mode) {
      this.checkMode(regime, meeting.mode, dto.mode);
      changes.mode = dto.mode;
    }
    const startsAt = dto.startsAt === undefined ? meeting.startsAt : this.date(dto.startsAt, 'startsAt');
    const endsAt = dto.endsAt === undefined ? meeting.endsAt : this.date(dto.endsAt, 'endsAt');
    if (dto.startsAt !== undefined || dto.endsAt !== undefined) {
      this.checkTimes(startsAt, endsAt);
      changes.startsAt = startsAt;
      changes.endsAt = endsAt;
    }
    if (dto.agenda !== undefined) {
      const agenda = toAgenda(dto.agenda);
      await this.checkAgenda(ctx, agenda);
      changes.agenda = agenda;
    }
    await this.checkLinks(ctx, dto.charterVersionId ?? null, dto.planId ?? null);
    if (dto.title !== undefined) changes.title = dto.title;
    if (dto.format !== undefined) changes.format = dto.format;
    if (dto.place !== undefined) changes.place = dto.place || null;
    if (dto.link !== undefined) changes.link = dto.link || null;
    if (dto.hosts !== undefined) changes.hosts = dto.hosts.map((host) => host.trim()).filter(Boolean);
    if (dto.charterVersionId !== undefined) changes.charterVersionId = dto.charterVersionId;
    if (dto.planId !== undefined) changes.planId = dto.planId;
    if (!(await this.meetings.update(ctx.em, meeting.id, dto.version, changes))) {
      throw versionConflict('Someone changed this meeting since you loaded it.', await this.get(ctx, meeting.id));
    }
    recordAudit(ctx, {
      objectType: 'meeting',
      action: 'updated',
      objectId: meeting.id,
      payload: {
        fields: Object.keys(changes).sort(),
        mode: (changes.mode as ConfidentialityMode | undefined) ?? meeting.mode,
        version: dto.version + 1,
      },
    });
    // Invitees hear of what changes their day: the time, the place, the link, the format or the title.
    if (NOTICED_FIELDS.some((field) => field in changes)) {
      const after = await this.meeting(ctx, meeting.id);
      await notifyMeetingChanged(ctx.em, this.processFacts(ctx), { ...this.facts(after), version: after.version }, 'updated', ctx.actor.id);
    }
    return this.get(ctx, meeting.id);
  }

  async cancel(ctx: RequestContext, meetingId: string, version: number): Promise<MeetingDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (meeting.cancelledAt) throw invalidInput('meetingCancelled', 'This meeting is cancelled already.');
    if (!(await this.meetings.update(ctx.em, meeting.id, version, { cancelledAt: () => 'now()' }))) {
      throw versionConflict('Someone changed this meeting since you loaded it.', await this.get(ctx, meeting.id));
    }
    recordAudit(ctx, { objectType: 'meeting', action: 'cancelled', objectId: meeting.id, payload: { version: version + 1 } });
    await notifyMeetingChanged(ctx.em, this.processFacts(ctx), { ...this.facts(meeting), version: version + 1 }, 'cancelled', ctx.actor.id);
    return this.get(ctx, meeting.id);
  }

  // ── invitations and RSVP ───────────────────────────────────────────────────────────────────────────

  async invitations(ctx: RequestContext, meetingId: string): Promise<MeetingInvitationListDto> {
    const meeting = await this.meeting(ctx, meetingId);
    this.checkSeesAttendance(ctx, meeting, await this.regime(ctx));
    const rows = await this.meetings.listInvitations(ctx.em, meeting.id, meeting.processId);
    return {
      items: rows.map((row) => ({
        member: { id: row.memberId, displayName: row.displayName },
        stakeholderGroupId: row.stakeholderGroupId,
        response: row.response,
        alternate: row.alternateId ? { id: row.alternateId, displayName: row.alternateName ?? '' } : null,
      })),
      rsvp: countRsvps(rows.map((row) => ({ response: row.response, alternateId: row.alternateId }))),
    };
  }

  async invite(ctx: RequestContext, meetingId: string, dto: InviteDto): Promise<MeetingInvitationListDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (meeting.cancelledAt) throw invalidInput('meetingCancelled', 'This meeting is cancelled.');
    const memberIds = dto.memberIds ?? [];
    const stakeholderGroupIds = dto.stakeholderGroupIds ?? [];
    const workingGroupIds = dto.workingGroupIds ?? [];
    const members = await this.meetings.processMemberIds(ctx.em, meeting.processId, memberIds);
    const unknown = memberIds.find((id) => !members.has(id));
    if (unknown)
      throw invalidInput('inviteeUnknown', 'Only people taking part in the process can be invited.', 'memberIds', { id: unknown });
    const groups = await this.meetings.knownGroups(ctx.em, meeting.processId, stakeholderGroupIds, workingGroupIds);
    if (groups.stakeholder !== stakeholderGroupIds.length) {
      throw invalidInput('stakeholderGroupUnknown', 'No such stakeholder group in this process.', 'stakeholderGroupIds');
    }
    if (groups.working !== workingGroupIds.length)
      throw invalidInput('inviteeUnknown', 'No such working group in this process.', 'workingGroupIds');
    const added = await this.meetings.invite(ctx.em, meeting, { memberIds, stakeholderGroupIds, workingGroupIds });
    if ((await this.meetings.countInvitations(ctx.em, meeting.id)) > MEETING_LIMITS.invitationsMax) {
      throw invalidInput('invitationsFull', `A meeting has at most ${MEETING_LIMITS.invitationsMax} invitees.`, 'memberIds', {
        max: MEETING_LIMITS.invitationsMax,
      });
    }
    recordAudit(ctx, {
      objectType: 'meeting_invitation',
      action: 'created',
      objectId: meeting.id,
      payload: { added: added.length, members: memberIds.length, stakeholderGroups: stakeholderGroupIds, workingGroups: workingGroupIds },
    });
    await notifyMeetingInvited(ctx.em, this.processFacts(ctx), this.facts(meeting), added, ctx.actor.id);
    return this.invitations(ctx, meeting.id);
  }

  async uninvite(ctx: RequestContext, meetingId: string, memberId: string): Promise<MeetingInvitationListDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (!(await this.meetings.uninvite(ctx.em, meeting.id, memberId))) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person is not invited to this meeting.');
    }
    recordAudit(ctx, { objectType: 'meeting_invitation', action: 'withdrawn', objectId: meeting.id, payload: { memberId } });
    return this.invitations(ctx, meeting.id);
  }

  async rsvp(ctx: RequestContext, meetingId: string, dto: RsvpDto): Promise<MeetingDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (!meeting.invited) throw new DomainError(DomainErrorCode.FORBIDDEN, 'Only invitees answer an invitation.', undefined, undefined);
    if (meeting.cancelledAt) throw invalidInput('meetingCancelled', 'This meeting is cancelled.');
    const alternateId = dto.alternateId ?? null;
    const invited = new Set((await this.meetings.listInvitations(ctx.em, meeting.id, meeting.processId)).map((row) => row.memberId));
    const problem = rsvpProblem(dto.response, alternateId, ctx.actor.id, invited);
    if (problem) {
      const messages = {
        alternateOnlyWhenAbsent: 'An alternate attends instead of you: answer "no" to name one.',
        alternateIsInvitee: 'This person is invited in their own right.',
      };
      throw invalidInput(problem, messages[problem], 'alternateId');
    }
    if (alternateId && !(await this.meetings.processMemberIds(ctx.em, meeting.processId, [alternateId])).has(alternateId)) {
      throw invalidInput('alternateNotParticipant', 'An alternate must take part in the process.', 'alternateId');
    }
    await this.meetings.answer(ctx.em, meeting.id, ctx.actor.id, dto.response, alternateId);
    recordAudit(ctx, {
      objectType: 'meeting_invitation',
      action: 'answered',
      objectId: meeting.id,
      payload: { response: dto.response, alternate: alternateId !== null },
    });
    return this.get(ctx, meeting.id);
  }

  // ── attendance ─────────────────────────────────────────────────────────────────────────────────────

  /** A new code for the room; only its hash is kept, so it is shown this once (a new one replaces it). */
  async attendanceCode(ctx: RequestContext, meetingId: string): Promise<AttendanceCodeDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (meeting.cancelledAt) throw invalidInput('meetingCancelled', 'This meeting is cancelled.');
    let code: string | null = null;
    while (code === null) code = attendanceCodeFromBytes(randomBytes(32));
    await this.meetings.setAttendanceCode(ctx.em, meeting.id, sha256(code));
    recordAudit(ctx, { objectType: 'meeting', action: 'attendance_code_set', objectId: meeting.id });
    return { code, formatted: formatAttendanceCode(code) };
  }

  async attendance(ctx: RequestContext, meetingId: string): Promise<AttendanceDto> {
    const meeting = await this.meeting(ctx, meetingId);
    this.checkSeesAttendance(ctx, meeting, await this.regime(ctx));
    return this.attendanceOf(ctx, meeting);
  }

  async recordAttendance(ctx: RequestContext, meetingId: string, memberIds: readonly string[]): Promise<AttendanceDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (meeting.cancelledAt) throw invalidInput('meetingCancelled', 'This meeting is cancelled.');
    const allowed = await this.meetings.mayAttend(ctx.em, meeting.id);
    const stranger = memberIds.find((id) => !allowed.has(id));
    if (stranger) {
      throw invalidInput('attendeeNotInvited', 'Only invitees and their announced alternates attend.', 'memberIds', { id: stranger });
    }
    const added = await this.meetings.recordAttendance(ctx.em, meeting, memberIds, 'secretariat');
    recordAudit(ctx, { objectType: 'meeting_attendance', action: 'recorded', objectId: meeting.id, payload: { added } });
    return this.attendanceOf(ctx, meeting);
  }

  async removeAttendance(ctx: RequestContext, meetingId: string, memberId: string): Promise<AttendanceDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (!(await this.meetings.removeAttendance(ctx.em, meeting.id, memberId))) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person’s attendance is not recorded.');
    }
    recordAudit(ctx, { objectType: 'meeting_attendance', action: 'removed', objectId: meeting.id, payload: { memberId } });
    return this.attendanceOf(ctx, meeting);
  }

  async checkIn(ctx: RequestContext, meetingId: string, typed: string): Promise<MeetingDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (!meeting.invited && !meeting.isAlternate) {
      throw new DomainError(DomainErrorCode.FORBIDDEN, 'Only invitees and their announced alternates record their attendance.');
    }
    if (!attendanceWindowOpen(meeting, new Date())) {
      throw invalidInput(
        'attendanceWindowClosed',
        'Attendance is recorded from half an hour before the meeting until two hours after.',
        'code',
      );
    }
    const code = normalizeAttendanceCode(typed);
    const hash = meeting.attendanceCodeHash;
    if (!isAttendanceCodeShape(code) || !hash || !timingSafeEqual(sha256(code), hash)) {
      throw invalidInput('attendanceCodeWrong', 'This is not the code of this meeting.', 'code');
    }
    const added = await this.meetings.recordAttendance(ctx.em, meeting, [ctx.actor.id], 'code');
    recordAudit(ctx, { objectType: 'meeting_attendance', action: 'checked_in', objectId: meeting.id, payload: { added } });
    return this.get(ctx, meeting.id);
  }

  // ── minutes ────────────────────────────────────────────────────────────────────────────────────────

  async minutes(ctx: RequestContext, meetingId: string): Promise<MinutesDto> {
    const meeting = await this.meeting(ctx, meetingId);
    return this.minutesOf(ctx, meeting, await this.regime(ctx));
  }

  /**
   * A statement of the draft. Nothing of this write names its writer: no author column, no time, the minutes'
   * counter for its ordinal, and an anonymous audit event with the meeting and the ordinal only.
   */
  async addStatement(ctx: RequestContext, meetingId: string, dto: CreateStatementDto): Promise<StatementDto> {
    const meeting = await this.meeting(ctx, meetingId);
    const mode = effectiveMode(await this.regime(ctx), meeting.mode);
    if (!minutesKeepStatements(mode)) {
      throw invalidInput('minutesKeepNoStatements', 'Off the record, the minutes keep attendance and action points only.');
    }
    const quotedMemberId = dto.quotedMemberId ?? null;
    let quotedName = dto.quotedName ?? null;
    if ((quotedMemberId !== null || quotedName !== null) && !statementMayNameSpeaker(mode, false)) {
      throw invalidInput(
        'speakerNotNamedHere',
        'Under this meeting’s mode the minutes name no speaker; a speaker may ask to be quoted.',
        'quotedMemberId',
      );
    }
    if (quotedMemberId !== null) {
      const name = await this.meetings.memberName(ctx.em, meeting.processId, quotedMemberId);
      if (name === null) throw invalidInput('inviteeUnknown', 'The speaker must take part in the process.', 'quotedMemberId');
      quotedName ??= name;
    }
    this.checkAgendaNumber(meeting, dto.agendaNumber ?? null);
    const counts = await this.meetings.countStatements(ctx.em, meeting.id);
    if (counts.statements >= MEETING_LIMITS.statementsMax) {
      throw invalidInput('minutesFull', `Minutes hold at most ${MEETING_LIMITS.statementsMax} statements.`, undefined, {
        max: MEETING_LIMITS.statementsMax,
      });
    }
    const ordinal = await this.meetings.nextOrdinal(ctx.em, meeting.id);
    if (ordinal === null) throw invalidInput('minutesNotEditable', 'These minutes are no longer a draft.');
    const id = await this.meetings.insertStatement(ctx.em, {
      workspaceId: meeting.workspaceId,
      meetingId: meeting.id,
      ordinal,
      agendaNumber: dto.agendaNumber ?? null,
      text: dto.text,
      quotedMemberId,
      quotedName,
    });
    recordAudit(ctx, {
      objectType: 'minutes_statement',
      action: 'created',
      objectId: id,
      payload: { meetingId: meeting.id, ordinal },
      anonymous: true,
    });
    return this.statement(ctx, meeting.id, id, mode);
  }

  async editStatement(ctx: RequestContext, meetingId: string, statementId: string, dto: UpdateStatementDto): Promise<StatementDto> {
    const meeting = await this.meeting(ctx, meetingId);
    const mode = effectiveMode(await this.regime(ctx), meeting.mode);
    await this.lockDraft(ctx, meeting.id);
    const current = await this.meetings.findStatement(ctx.em, meeting.id, statementId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such statement in these minutes.');
    if (dto.agendaNumber !== undefined) this.checkAgendaNumber(meeting, dto.agendaNumber);
    const changes: Changes<typeof current> = {};
    if (dto.text !== undefined) changes.text = dto.text;
    if (dto.agendaNumber !== undefined) changes.agendaNumber = dto.agendaNumber;
    if (!(await this.meetings.updateStatement(ctx.em, current.id, dto.version, changes))) {
      throw versionConflict('This statement was changed since you loaded it.', await this.statement(ctx, meeting.id, current.id, mode));
    }
    recordAudit(ctx, {
      objectType: 'minutes_statement',
      action: 'edited',
      objectId: current.id,
      payload: { meetingId: meeting.id, ordinal: current.ordinal },
      anonymous: true,
    });
    return this.statement(ctx, meeting.id, current.id, mode);
  }

  async deleteStatement(ctx: RequestContext, meetingId: string, statementId: string): Promise<void> {
    const meeting = await this.meeting(ctx, meetingId);
    await this.lockDraft(ctx, meeting.id);
    const current = await this.meetings.findStatement(ctx.em, meeting.id, statementId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such statement in these minutes.');
    await this.meetings.deleteStatement(ctx.em, current.id);
    recordAudit(ctx, {
      objectType: 'minutes_statement',
      action: 'deleted',
      objectId: current.id,
      payload: { meetingId: meeting.id, ordinal: current.ordinal },
      anonymous: true,
    });
  }

  /** Under the Chatham House Rule, an attendee agrees to be quoted by name for one statement they made. */
  async quoteMe(ctx: RequestContext, meetingId: string, statementId: string): Promise<StatementDto> {
    const meeting = await this.meeting(ctx, meetingId);
    const mode = effectiveMode(await this.regime(ctx), meeting.mode);
    if (mode !== 'chatham_house') {
      throw invalidInput('quoteOnlyUnderChathamHouse', 'Only under the Chatham House Rule does a speaker choose to be quoted.');
    }
    if (!meeting.attended) throw new DomainError(DomainErrorCode.FORBIDDEN, 'Only attendees speak in a meeting.');
    const locked = await this.meetings.lockMinutes(ctx.em, meeting.id);
    if (!locked || locked.status === 'draft') {
      throw invalidInput('minutesStateInvalid', 'A speaker is quoted once the minutes are in review or approved.');
    }
    const current = await this.meetings.findStatement(ctx.em, meeting.id, statementId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such statement in these minutes.');
    if (!(await this.meetings.quote(ctx.em, current.id, ctx.actor.id, ctx.actor.displayName))) {
      throw invalidInput('statementAlreadyQuoted', 'Someone is already named for this statement.');
    }
    recordAudit(ctx, {
      objectType: 'minutes_statement',
      action: 'quoted',
      objectId: current.id,
      payload: { meetingId: meeting.id, ordinal: current.ordinal },
    });
    return this.statement(ctx, meeting.id, current.id, mode);
  }

  async addActionPoint(ctx: RequestContext, meetingId: string, dto: CreateActionPointDto): Promise<MinutesDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (dto.actionId && !(await this.meetings.actionOf(ctx.em, meeting.processId, dto.actionId))) {
      throw invalidInput('linkedDocumentUnknown', 'No such action in this process.', 'actionId');
    }
    const counts = await this.meetings.countStatements(ctx.em, meeting.id);
    if (counts.actionPoints >= MEETING_LIMITS.actionPointsMax) {
      throw invalidInput('minutesFull', `Minutes hold at most ${MEETING_LIMITS.actionPointsMax} action points.`, undefined, {
        max: MEETING_LIMITS.actionPointsMax,
      });
    }
    const ordinal = await this.meetings.nextOrdinal(ctx.em, meeting.id);
    if (ordinal === null) throw invalidInput('minutesNotEditable', 'These minutes are no longer a draft.');
    const id = await this.meetings.insertActionPoint(ctx.em, {
      workspaceId: meeting.workspaceId,
      meetingId: meeting.id,
      ordinal,
      text: dto.text,
      actionId: dto.actionId ?? null,
    });
    recordAudit(ctx, { objectType: 'minutes_action_point', action: 'created', objectId: id, payload: { meetingId: meeting.id, ordinal } });
    return this.minutes(ctx, meeting.id);
  }

  async moveMinutes(
    ctx: RequestContext,
    meetingId: string,
    event: Extract<MinutesEvent, 'submit' | 'reopen'>,
    version: number,
  ): Promise<MinutesDto> {
    const meeting = await this.meeting(ctx, meetingId);
    const locked = await this.meetings.lockMinutes(ctx.em, meeting.id);
    if (!locked) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No minutes for this meeting.');
    if (locked.version !== version)
      throw versionConflict('Someone changed these minutes since you loaded them.', await this.minutes(ctx, meeting.id));
    const next = nextMinutesStatus(locked.status, event);
    if (next === null)
      throw invalidInput(
        'minutesStateInvalid',
        `Minutes ${locked.status.replace('_', ' ')} cannot be ${event === 'submit' ? 'submitted' : 'reopened'}.`,
      );
    if (event === 'reopen') await this.meetings.clearReviews(ctx.em, meeting.id);
    await this.meetings.setMinutesStatus(ctx.em, meeting.id, version, next);
    recordAudit(ctx, {
      objectType: 'minutes',
      action: event === 'submit' ? 'submitted' : 'reopened',
      objectId: meeting.id,
      payload: { from: locked.status, to: next },
    });
    if (event === 'submit') await notifyMinutesToReview(ctx.em, this.processFacts(ctx), this.facts(meeting), version + 1, ctx.actor.id);
    return this.minutes(ctx, meeting.id);
  }

  /** An attendee approves or objects; the minutes are approved, and read-only, once enough approve and nobody objects. */
  async review(ctx: RequestContext, meetingId: string, dto: SaveReviewDto): Promise<MinutesDto> {
    const meeting = await this.meeting(ctx, meetingId);
    if (!meeting.attended) throw new DomainError(DomainErrorCode.FORBIDDEN, 'Only attendees review the minutes.');
    const locked = await this.meetings.lockMinutes(ctx.em, meeting.id);
    if (!locked || locked.status !== 'in_review') throw invalidInput('minutesStateInvalid', 'These minutes are not in review.');
    await this.meetings.saveReview(ctx.em, {
      meetingId: meeting.id,
      memberId: ctx.actor.id,
      workspaceId: meeting.workspaceId,
      verdict: dto.verdict,
      comment: dto.comment || null,
    });
    recordAudit(ctx, { objectType: 'minutes_review', action: 'saved', objectId: meeting.id, payload: { verdict: dto.verdict } });
    const facts = await this.meetings.reviewFacts(ctx.em, meeting.id);
    if (minutesApproved(facts.attended, facts.approvals, facts.objections)) {
      await this.meetings.setMinutesStatus(ctx.em, meeting.id, locked.version, 'approved');
      recordAudit(ctx, {
        objectType: 'minutes',
        action: 'approved',
        objectId: meeting.id,
        payload: { attended: facts.attended, approvals: facts.approvals },
      });
      await notifyMinutesApproved(ctx.em, this.processFacts(ctx), this.facts(meeting));
    }
    return this.minutes(ctx, meeting.id);
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────

  private processFacts(ctx: RequestContext) {
    const process = processOf(ctx);
    return { workspaceId: process.workspaceId, processId: process.id, processTitle: process.title, timeZone: process.timezone };
  }

  private facts(meeting: MeetingRow): MeetingFacts {
    return { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, place: meeting.place, link: meeting.link };
  }

  private viewer(ctx: RequestContext): MeetingViewer {
    const seesAll = can(ctx.grants, 'meeting.viewAll');
    return { userId: ctx.actor.id, seesAll, observer: !seesAll && ctx.grants.processRole === 'observer' };
  }

  private async meeting(ctx: RequestContext, meetingId: string): Promise<MeetingRow> {
    const row = await this.meetings.findVisible(ctx.em, processOf(ctx).id, meetingId, this.viewer(ctx));
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such meeting.');
    return row;
  }

  private regime(ctx: RequestContext): Promise<ConfidentialityMode> {
    return this.agreements.defaultMode(ctx.em, processOf(ctx).id);
  }

  /** Conveners, facilitators and the secretariat always; invitees only on the record (design.md §3). */
  private checkSeesAttendance(ctx: RequestContext, meeting: MeetingRow, regime: ConfidentialityMode): void {
    if (can(ctx.grants, 'meeting.attendance.viewAlways')) return;
    if ((meeting.invited || meeting.isAlternate) && attendanceVisibleToAttendees(effectiveMode(regime, meeting.mode))) return;
    throw new DomainError(DomainErrorCode.FORBIDDEN, 'Under this meeting’s mode only the conveners and the secretariat see who attended.');
  }

  private async attendanceOf(ctx: RequestContext, meeting: MeetingRow): Promise<AttendanceDto> {
    const [rows, indispensable] = await Promise.all([
      this.meetings.listAttendance(ctx.em, meeting.id, meeting.processId),
      this.meetings.indispensableGroups(ctx.em, meeting.processId),
    ]);
    const entitled = meeting.yes + meeting.no + meeting.maybe + meeting.pending;
    const groupsPresent = rows.flatMap((row) => [row.stakeholderGroupId, row.replacesGroupId]).filter((id): id is string => id !== null);
    const result = evaluateQuorum(LIVE_QUORUM, {
      entitled,
      present: rows.length,
      ballots: 0,
      indispensableGroups: indispensable.map((group) => group.id),
      groupsPresent,
    });
    const names = new Map(indispensable.map((group) => [group.id, group.name]));
    return {
      items: rows.map((row) => ({
        member: { id: row.memberId, displayName: row.displayName },
        stakeholderGroupId: row.stakeholderGroupId,
        stakeholderGroupName: row.stakeholderGroupName,
        recordedHow: row.recordedHow,
        alternate: row.alternate,
      })),
      quorum: {
        met: result.met,
        entitled,
        attendance: result.attendance,
        missingGroups: result.missingGroups.map((id) => ({ id, name: names.get(id) ?? '' })),
      },
    };
  }

  private async minutesOf(ctx: RequestContext, meeting: MeetingRow, regime: ConfidentialityMode): Promise<MinutesDto> {
    const minutes = await this.meetings.minutes(ctx.em, meeting.id);
    if (!minutes) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No minutes for this meeting.');
    const mode = effectiveMode(regime, meeting.mode);
    const visible = statementsVisible(mode, minutes.status, can(ctx.grants, 'minutes.draft'));
    let seesReviews = true;
    try {
      this.checkSeesAttendance(ctx, meeting, regime);
    } catch {
      seesReviews = false;
    }
    const [statements, points, reviews] = await Promise.all([
      visible ? this.meetings.listStatements(ctx.em, meeting.id) : Promise.resolve([]),
      this.meetings.listActionPoints(ctx.em, meeting.id),
      seesReviews ? this.meetings.listReviews(ctx.em, meeting.id) : Promise.resolve([]),
    ]);
    return {
      meetingId: meeting.id,
      status: minutes.status,
      effectiveMode: mode,
      statementsVisible: visible,
      statements: statements.map((row) => toStatementDto(row, mode)),
      actionPoints: points.map((point) => ({ id: point.id, ordinal: point.ordinal, text: point.text, actionId: point.actionId })),
      reviews: reviews.map((review) => ({
        member: { id: review.memberId, displayName: review.displayName },
        verdict: review.verdict,
        comment: review.comment,
      })),
      approvedAt: isoOrNull(minutes.approvedAt),
      version: minutes.version,
    };
  }

  private async statement(ctx: RequestContext, meetingId: string, id: string, mode: ConfidentialityMode): Promise<StatementDto> {
    const row = (await this.meetings.listStatements(ctx.em, meetingId)).find((statement) => statement.id === id);
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such statement in these minutes.');
    return toStatementDto(row, mode);
  }

  private async lockDraft(ctx: RequestContext, meetingId: string): Promise<void> {
    const locked = await this.meetings.lockMinutes(ctx.em, meetingId);
    if (!locked || !minutesEditable(locked.status)) throw invalidInput('minutesNotEditable', 'These minutes are no longer a draft.');
  }

  private checkMode(regime: ConfidentialityMode, current: ConfidentialityMode | null, next: ConfidentialityMode): void {
    const problem = modeChangeProblem(regime, current, next);
    if (problem === 'modeLooserThanRegime') {
      throw invalidInput(problem, 'A meeting’s mode is at least as strict as the process’s confidentiality regime.', 'mode', { regime });
    }
    if (problem === 'modeLooserThanBefore') {
      throw invalidInput(problem, 'A meeting’s mode can only be made stricter, never looser.', 'mode', { current });
    }
  }

  private date(text: string, field: string): Date {
    const date = new Date(text);
    if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999) {
      throw invalidInput('fieldEmpty', 'Give a real date and time.', field);
    }
    return date;
  }

  private checkTimes(startsAt: Date, endsAt: Date): void {
    const problem = meetingTimeProblem(startsAt, endsAt);
    if (problem === 'meetingEndsBeforeStart') throw invalidInput(problem, 'A meeting ends after it starts.', 'endsAt');
    if (problem === 'meetingTooLong') throw invalidInput(problem, 'A meeting lasts at most a week.', 'endsAt');
  }

  private async checkAgenda(ctx: RequestContext, agenda: AgendaItem[]): Promise<void> {
    const problem = agendaProblem(agenda);
    if (problem) throw invalidInput(problem.problem, `Agenda item ${problem.path}: ${problem.problem}.`, 'agenda', { path: problem.path });
    const owners = new Set<string>();
    const walk = (items: AgendaItem[]) =>
      items.forEach((item) => {
        if (item.ownerId) owners.add(item.ownerId);
        walk(item.items ?? []);
      });
    walk(agenda);
    const members = await this.meetings.processMemberIds(ctx.em, processOf(ctx).id, [...owners]);
    const unknown = [...owners].find((id) => !members.has(id));
    if (unknown)
      throw invalidInput('agendaOwnerUnknown', 'An agenda item is led by someone taking part in the process.', 'agenda', { id: unknown });
  }

  private checkAgendaNumber(meeting: MeetingRow, agendaNumber: string | null): void {
    if (agendaNumber === null) return;
    if (!numberAgenda(meeting.agenda).some((line) => line.number === agendaNumber)) {
      throw invalidInput('agendaItemUnknown', 'No such item on this meeting’s agenda.', 'agendaNumber', { number: agendaNumber });
    }
  }

  private async checkLinks(ctx: RequestContext, charterVersionId: string | null, planId: string | null): Promise<void> {
    const processId = processOf(ctx).id;
    if (charterVersionId && !(await this.meetings.charterVersionOf(ctx.em, processId, charterVersionId))) {
      throw invalidInput('linkedDocumentUnknown', 'No such charter version in this process.', 'charterVersionId');
    }
    if (planId && !(await this.meetings.planOf(ctx.em, processId, planId))) {
      throw invalidInput('linkedDocumentUnknown', 'No such plan in this process.', 'planId');
    }
  }

  private toDto(row: MeetingRow, regime: ConfidentialityMode): MeetingDto {
    return {
      id: row.id,
      kind: row.kind,
      format: row.format,
      title: row.title,
      startsAt: iso(row.startsAt),
      endsAt: iso(row.endsAt),
      place: row.place,
      link: row.link,
      hosts: row.hosts,
      mode: row.mode,
      effectiveMode: effectiveMode(regime, row.mode),
      agenda: row.agenda,
      charterVersionId: row.charterVersionId,
      planId: row.planId,
      state: meetingState(row, new Date()),
      cancelledAt: isoOrNull(row.cancelledAt),
      rsvp: { yes: row.yes, no: row.no, maybe: row.maybe, pending: row.pending, alternates: row.alternates },
      myInvitation: row.invited
        ? { response: row.myResponse, alternateId: row.myAlternateId, version: row.myInvitationVersion ?? 1 }
        : null,
      attended: row.attended,
      hasAttendanceCode: row.attendanceCodeHash !== null,
      minutesStatus: row.minutesStatus,
      version: row.version,
    };
  }
}

/** The agenda as stored: only the fields of the rule, no stray properties. */
function toAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return items.map((item) => ({
    title: item.title,
    minutes: item.minutes,
    ownerId: item.ownerId ?? null,
    ...(item.items && item.items.length > 0 ? { items: toAgenda(item.items) } : {}),
  }));
}

function toStatementDto(row: import('./meetings.repository').StatementRow, mode: ConfidentialityMode): StatementDto {
  const named = statementMayNameSpeaker(mode, row.speakerOptedIn);
  return {
    id: row.id,
    ordinal: row.ordinal,
    agendaNumber: row.agendaNumber,
    text: row.text,
    quoted: named && row.quotedMemberId ? { id: row.quotedMemberId, displayName: row.quotedMemberName ?? '' } : null,
    quotedName: named ? row.quotedName : null,
    version: row.version,
  };
}
