/**
 * Meetings (Lesson 11 §3 "First meetings", §4 "Building trust", §6 "Report-back sessions"; design.md §3):
 * their kinds and formats, the nested agenda, invitations answered by RSVP (with an alternate attending
 * instead), attendance, and the confidentiality mode that decides what the minutes may keep.
 *
 * The mode of a meeting is inherited from the process's regime and can only ever be made stricter for one
 * meeting, never looser: minutes written under the Chatham House Rule must never become attributable.
 * Framework-free: the API enforces these rules, the web app uses them to offer only what will be accepted.
 */
import { CONFIDENTIALITY_MODES, type ConfidentialityMode } from '../agreements';
import type { HostingModel } from '../initiation';

export const MEETING_KINDS = ['bilateral', 'consultation', 'plenary', 'working_group', 'report_back'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export const MEETING_LIMITS = {
  titleMax: 200,
  placeMax: 500,
  linkMax: 2000,
  /** A meeting lasts at most a week (a retreat); longer is a series of meetings. */
  durationMinutesMax: 7 * 24 * 60,
  agendaItemsMax: 100,
  /** Items, sub-items and their points: deeper nesting reads as a document, not an agenda. */
  agendaDepthMax: 3,
  agendaTitleMax: 300,
  agendaItemMinutesMax: 24 * 60,
  invitationsMax: 2000,
  statementsMax: 500,
  statementTextMax: 5000,
  actionPointsMax: 200,
  commentTextMax: 2000,
} as const;

// ── time ─────────────────────────────────────────────────────────────────────────────────────────────

export type MeetingState = 'upcoming' | 'in_progress' | 'ended' | 'cancelled';

/** Where a meeting stands, read from its times (never from a job having run). */
export function meetingState(meeting: { startsAt: Date; endsAt: Date; cancelledAt: Date | null }, now: Date): MeetingState {
  if (meeting.cancelledAt) return 'cancelled';
  if (now < meeting.startsAt) return 'upcoming';
  if (now < meeting.endsAt) return 'in_progress';
  return 'ended';
}

export type MeetingTimeProblem = 'meetingEndsBeforeStart' | 'meetingTooLong';

export function meetingTimeProblem(startsAt: Date, endsAt: Date): MeetingTimeProblem | null {
  const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
  if (minutes <= 0) return 'meetingEndsBeforeStart';
  if (minutes > MEETING_LIMITS.durationMinutesMax) return 'meetingTooLong';
  return null;
}

/** People may record their own attendance with the meeting's code from half an hour before it until two hours after. */
export const ATTENDANCE_WINDOW = { beforeMinutes: 30, afterMinutes: 120 } as const;

export function attendanceWindowOpen(meeting: { startsAt: Date; endsAt: Date; cancelledAt: Date | null }, now: Date): boolean {
  if (meeting.cancelledAt) return false;
  const opens = meeting.startsAt.getTime() - ATTENDANCE_WINDOW.beforeMinutes * 60_000;
  const closes = meeting.endsAt.getTime() + ATTENDANCE_WINDOW.afterMinutes * 60_000;
  return now.getTime() >= opens && now.getTime() <= closes;
}

// ── attendance codes ─────────────────────────────────────────────────────────────────────────────────

/** Read aloud or written on a board: no 0/O, 1/I/L that people confuse. 8 characters of 31 ≈ 40 bits. */
export const ATTENDANCE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ATTENDANCE_CODE_LENGTH = 8;

/** What a person typed, as the code is stored: upper case, without spaces or dashes. */
export function normalizeAttendanceCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
}

/** Whether a typed code could be a code at all (checked before any lookup). */
export function isAttendanceCodeShape(code: string): boolean {
  return code.length === ATTENDANCE_CODE_LENGTH && [...code].every((char) => ATTENDANCE_CODE_ALPHABET.includes(char));
}

/** Build a code from random bytes (the API passes crypto.randomBytes); rejection sampling keeps it uniform. */
export function attendanceCodeFromBytes(bytes: Uint8Array): string | null {
  const alphabet = ATTENDANCE_CODE_ALPHABET;
  const limit = 256 - (256 % alphabet.length);
  let code = '';
  for (const byte of bytes) {
    if (byte >= limit) continue;
    code += alphabet[byte % alphabet.length];
    if (code.length === ATTENDANCE_CODE_LENGTH) return code;
  }
  return null;
}

/** Shows a code in two groups of four, as people read it out: `K7QM-2XWP`. */
export function formatAttendanceCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

// ── agenda ───────────────────────────────────────────────────────────────────────────────────────────

export interface AgendaItem {
  title: string;
  /** Planned minutes for this item itself, not counting its sub-items. */
  minutes: number;
  /** The process member who leads the item, if any. */
  ownerId?: string | null;
  items?: AgendaItem[];
}

export type AgendaProblem = 'agendaTooDeep' | 'agendaTooLong' | 'agendaItemUntitled' | 'agendaItemMinutes';

/** The first thing wrong with an agenda, walking it in reading order. */
export function agendaProblem(items: readonly AgendaItem[]): { problem: AgendaProblem; path: string } | null {
  let count = 0;
  const walk = (list: readonly AgendaItem[], depth: number, prefix: string): { problem: AgendaProblem; path: string } | null => {
    for (const [index, item] of list.entries()) {
      const path = prefix ? `${prefix}.${index + 1}` : `${index + 1}`;
      count += 1;
      if (count > MEETING_LIMITS.agendaItemsMax) return { problem: 'agendaTooLong', path };
      if (depth > MEETING_LIMITS.agendaDepthMax) return { problem: 'agendaTooDeep', path };
      if (item.title.trim().length === 0) return { problem: 'agendaItemUntitled', path };
      if (!Number.isInteger(item.minutes) || item.minutes < 0 || item.minutes > MEETING_LIMITS.agendaItemMinutesMax) {
        return { problem: 'agendaItemMinutes', path };
      }
      const inner = walk(item.items ?? [], depth + 1, path);
      if (inner) return inner;
    }
    return null;
  };
  return walk(items, 1, '');
}

/** Planned minutes of the whole agenda, sub-items included. */
export function agendaMinutes(items: readonly AgendaItem[]): number {
  return items.reduce((sum, item) => sum + item.minutes + agendaMinutes(item.items ?? []), 0);
}

/** The agenda as numbered lines ("1", "1.1", "1.2", "2"), each with the minute it is planned to start at. */
export function numberAgenda(items: readonly AgendaItem[]): { number: string; depth: number; title: string; startsAfterMinutes: number }[] {
  const lines: { number: string; depth: number; title: string; startsAfterMinutes: number }[] = [];
  let clock = 0;
  const walk = (list: readonly AgendaItem[], depth: number, prefix: string): void => {
    list.forEach((item, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : `${index + 1}`;
      lines.push({ number, depth, title: item.title, startsAfterMinutes: clock });
      clock += item.minutes;
      walk(item.items ?? [], depth + 1, number);
    });
  };
  walk(items, 1, '');
  return lines;
}

// ── hosts ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The host to suggest for the next meeting from the Initiate hosting arrangement: the single host; under
 * rotation the one after the last meeting's host (in the arrangement's order); co-hosts host together.
 */
export function suggestedHosts(model: HostingModel, hosts: readonly string[], lastHost: string | null): string[] {
  if (hosts.length === 0) return [];
  if (model === 'single_host') return [hosts[0]];
  if (model === 'co_hosts') return [...hosts];
  const last = lastHost === null ? -1 : hosts.findIndex((host) => host.trim().toLowerCase() === lastHost.trim().toLowerCase());
  return [hosts[(last + 1) % hosts.length]];
}

// ── invitations and RSVP ─────────────────────────────────────────────────────────────────────────────

export const RSVP_RESPONSES = ['yes', 'no', 'maybe'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

export type RsvpProblem = 'alternateOnlyWhenAbsent' | 'alternateIsInvitee';

/** An alternate attends instead of the invitee, so only with a "no"; and not someone invited in their own right. */
export function rsvpProblem(
  response: RsvpResponse,
  alternateId: string | null,
  inviteeId: string,
  invitedIds: ReadonlySet<string>,
): RsvpProblem | null {
  if (alternateId === null) return null;
  if (response !== 'no') return 'alternateOnlyWhenAbsent';
  if (alternateId === inviteeId || invitedIds.has(alternateId)) return 'alternateIsInvitee';
  return null;
}

export interface RsvpCounts {
  yes: number;
  no: number;
  maybe: number;
  /** Invitees who have not answered. */
  pending: number;
  /** Alternates announced to attend instead of an invitee. */
  alternates: number;
}

export function countRsvps(invitations: readonly { response: RsvpResponse | null; alternateId: string | null }[]): RsvpCounts {
  const counts: RsvpCounts = { yes: 0, no: 0, maybe: 0, pending: 0, alternates: 0 };
  for (const invitation of invitations) {
    if (invitation.response === null) counts.pending += 1;
    else counts[invitation.response] += 1;
    if (invitation.alternateId !== null) counts.alternates += 1;
  }
  return counts;
}

// ── confidentiality ──────────────────────────────────────────────────────────────────────────────────

/** Stricter modes come later: on the record < Chatham House Rule < off the record. */
export function strictness(mode: ConfidentialityMode): number {
  return CONFIDENTIALITY_MODES.indexOf(mode);
}

export function stricterMode(a: ConfidentialityMode, b: ConfidentialityMode): ConfidentialityMode {
  return strictness(a) >= strictness(b) ? a : b;
}

/**
 * The mode a meeting's record is kept under: its own, or the process's regime if that is stricter now (a
 * regime made stricter later covers meetings already held; one made looser never uncovers them).
 */
export function effectiveMode(regime: ConfidentialityMode, meetingMode: ConfidentialityMode): ConfidentialityMode {
  return stricterMode(regime, meetingMode);
}

export type ModeChangeProblem = 'modeLooserThanRegime' | 'modeLooserThanBefore';

/** A meeting's mode starts at the regime and may only be made stricter, never looser than before or than the regime. */
export function modeChangeProblem(
  regime: ConfidentialityMode,
  current: ConfidentialityMode | null,
  next: ConfidentialityMode,
): ModeChangeProblem | null {
  if (strictness(next) < strictness(regime)) return 'modeLooserThanRegime';
  if (current !== null && strictness(next) < strictness(current)) return 'modeLooserThanBefore';
  return null;
}

/** Off the record, the minutes keep attendance and the agreed action points, no statements. */
export function minutesKeepStatements(mode: ConfidentialityMode): boolean {
  return mode !== 'off_the_record';
}

/**
 * Whether a statement may carry its speaker's name: on the record, yes; under the Chatham House Rule only
 * when the speaker opted in for that one statement; off the record there are no statements.
 */
export function statementMayNameSpeaker(mode: ConfidentialityMode, speakerOptedIn: boolean): boolean {
  if (mode === 'on_the_record') return true;
  if (mode === 'chatham_house') return speakerOptedIn;
  return false;
}

/**
 * Who may see who attended and their affiliations: everyone invited on the record; under the Chatham
 * House Rule and off the record only the conveners and the secretariat (design.md §3).
 */
export function attendanceVisibleToAttendees(mode: ConfidentialityMode): boolean {
  return mode === 'on_the_record';
}

// ── minutes ──────────────────────────────────────────────────────────────────────────────────────────

/** Drafted by the secretariat, commented and approved by attendees, then read-only. */
export const MINUTES_STATUSES = ['draft', 'in_review', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export type MinutesEvent = 'submit' | 'reopen' | 'approve';

const MINUTES_TRANSITIONS: Record<MinutesStatus, Partial<Record<MinutesEvent, MinutesStatus>>> = {
  draft: { submit: 'in_review' },
  in_review: { reopen: 'draft', approve: 'approved' },
  approved: {},
};

export function nextMinutesStatus(current: MinutesStatus, event: MinutesEvent): MinutesStatus | null {
  return MINUTES_TRANSITIONS[current][event] ?? null;
}

/** Statements are edited only while drafting; comments are taken while in review. */
export function minutesEditable(status: MinutesStatus): boolean {
  return status === 'draft';
}

/**
 * Under the Chatham House Rule the statements reach attendees as one batch when the minutes are
 * approved — no live "someone added a statement" that would date (and so attribute) each one. The
 * secretariat drafting them sees them all along.
 */
export function statementsVisible(mode: ConfidentialityMode, status: MinutesStatus, viewerDrafts: boolean): boolean {
  if (!minutesKeepStatements(mode)) return false;
  if (viewerDrafts) return true;
  if (mode === 'chatham_house') return status === 'approved';
  return status !== 'draft';
}

/**
 * Approval by attendees: every attendee who answered may approve; the minutes are approved when the share
 * the charter asks for (by default a majority of those who attended) has approved and nobody objects.
 */
export function minutesApproved(
  attended: number,
  approvals: number,
  objections: number,
  share = { numerator: 1, denominator: 2 },
): boolean {
  if (objections > 0 || attended === 0) return false;
  return approvals * share.denominator > attended * share.numerator;
}
