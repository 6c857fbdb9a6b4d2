/**
 * The notification centre: what the app tells a person, who hears of each thing, and how. A change writes
 * one notification per recipient in its own transaction; each person chooses per kind whether it only
 * shows in the app, is also e-mailed at once, waits for the daily digest, or is off. Security mails
 * (`MANDATORY_MAILS` in mail.ts) are not notification kinds: nobody can turn them off.
 *
 * Confidentiality (design.md §3): under the Chatham House Rule or off the record, a notification never
 * names who proposed or signed anything. The name is dropped here, before the row is written, so it is
 * not even stored.
 */
import { type ConfidentialityMode, withholdsNames } from './agreements';
import { invalidInput } from './errors';
import type { MailItem, MailParams, MailTemplate } from './mail';
import { addDays } from './tracking/milestones';

export const NOTIFICATION_KINDS = [
  'charter_to_sign',
  'charter_signed',
  'amendment_proposed',
  'amendment_decided',
  'action_assigned',
  'action_overdue',
  'report_back_due',
  'milestone_due',
  'meeting_invited',
  'meeting_changed',
  'meeting_reminder',
  'minutes_to_review',
  'minutes_approved',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** In the app only, also by e-mail at once, in the daily digest e-mail, or not at all. */
export const NOTIFICATION_DELIVERIES = ['inApp', 'email', 'digest', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const NOTIFICATION_DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  inApp: 'In the app only',
  email: 'In the app and by e-mail at once',
  digest: 'In the app and in a daily digest e-mail',
  off: 'Off',
};

/** What a notification is about; for 'report_back' the id is the process's (whose schedule it is). */
export type NotificationObjectType =
  'charter_version' | 'charter_signature' | 'charter_amendment' | 'action' | 'report_back' | 'milestone' | 'meeting' | 'minutes';

/**
 * What a meeting notification carries: the title, when (an instant, shown in the process's time zone) and where.
 * Never the agenda, never who attends, never what was said.
 */
export interface MeetingNotice {
  processTitle: string;
  meetingTitle: string;
  /** ISO instant. */
  startsAt: string;
  /** The process's IANA time zone, in which the time is shown (labelled). */
  timeZone: string;
  place: string | null;
  link: string | null;
}

/** What each kind carries: titles, a version or a date, never free text and never a withheld name. */
export interface NotificationParamsByKind {
  charter_to_sign: { processTitle: string; version: number };
  /** signerName is null when the regime withholds names. */
  charter_signed: { processTitle: string; version: number; signerName: string | null };
  /** proposerName is null when the regime withholds names; `sectionLabel` names the charter section. */
  amendment_proposed: { processTitle: string; version: number; sectionLabel: string; proposerName: string | null };
  amendment_decided: { processTitle: string; version: number; sectionLabel: string; outcome: 'accepted' | 'rejected' };
  action_assigned: { processTitle: string; actionTitle: string; dueOn: string | null };
  action_overdue: { processTitle: string; actionTitle: string; dueOn: string };
  report_back_due: { processTitle: string; dueOn: string; overdue: boolean };
  milestone_due: { processTitle: string; milestoneTitle: string; dueOn: string };
  meeting_invited: MeetingNotice;
  /** `change` says whether its time or place moved, or it is cancelled. */
  meeting_changed: MeetingNotice & { change: 'updated' | 'cancelled' };
  meeting_reminder: MeetingNotice;
  /** One per submission of the minutes; no author, no statement. */
  minutes_to_review: { processTitle: string; meetingTitle: string; startsAt: string; timeZone: string };
  /** One for the whole approved batch: never per statement, never a name. */
  minutes_approved: { processTitle: string; meetingTitle: string; startsAt: string; timeZone: string };
}

export type NotificationParams<K extends NotificationKind = NotificationKind> = NotificationParamsByKind[K];

export interface NotificationKindRule {
  label: string;
  /** Who receives it, in words (the preferences page shows it). */
  audience: string;
  /** The e-mail sent at once for the 'email' preference; null when the kind is never mailed on its own. */
  mailTemplate: MailTemplate | null;
  defaultDelivery: Exclude<NotificationDelivery, 'off'>;
}

export const NOTIFICATION_KIND_RULES: Record<NotificationKind, NotificationKindRule> = {
  charter_to_sign: {
    label: 'A charter version to sign',
    audience: 'Each active participant, when a version is adopted and opened for signature',
    mailTemplate: 'charter-to-sign',
    defaultDelivery: 'email',
  },
  charter_signed: {
    label: 'Someone signed the charter',
    audience: 'The process’s conveners (names only where the confidentiality regime allows them)',
    // One mail per signature would flood a convener: in the app, or gathered in the digest.
    mailTemplate: null,
    defaultDelivery: 'inApp',
  },
  amendment_proposed: {
    label: 'An amendment proposed to a charter draft',
    audience: 'Conveners and facilitators, who accept or reject amendments',
    mailTemplate: 'amendment-proposed',
    defaultDelivery: 'inApp',
  },
  amendment_decided: {
    label: 'Your amendment accepted or rejected',
    audience: 'The person who proposed the amendment',
    mailTemplate: 'amendment-decided',
    defaultDelivery: 'inApp',
  },
  action_assigned: {
    label: 'An action assigned to you',
    audience: 'Whoever holds the action: its owner, the working group’s lead and members, or the stakeholder group’s participants',
    mailTemplate: 'action-assigned',
    defaultDelivery: 'email',
  },
  action_overdue: {
    label: 'An action you hold is overdue',
    audience: 'Whoever holds the action',
    mailTemplate: 'actions-overdue',
    defaultDelivery: 'email',
  },
  report_back_due: {
    label: 'A report-back you owe is due',
    audience: 'The participant who reports back to their constituency',
    mailTemplate: 'report-backs-due',
    defaultDelivery: 'email',
  },
  milestone_due: {
    label: 'A milestone is due',
    audience: 'Whoever holds the milestone’s action, or the conveners when it has none',
    mailTemplate: 'milestones-due',
    defaultDelivery: 'digest',
  },
  meeting_invited: {
    label: 'An invitation to a meeting',
    audience: 'Each person invited, directly or through their group or working group',
    mailTemplate: 'meeting-notice',
    defaultDelivery: 'email',
  },
  meeting_changed: {
    label: 'A meeting you are invited to changed or was cancelled',
    audience: 'The meeting’s invitees',
    mailTemplate: 'meeting-notice',
    defaultDelivery: 'email',
  },
  meeting_reminder: {
    label: 'A meeting tomorrow',
    audience: 'Invitees who have not declined, the day before the meeting',
    mailTemplate: 'meeting-notice',
    defaultDelivery: 'email',
  },
  minutes_to_review: {
    label: 'Minutes to review',
    audience: 'The meeting’s attendees, when the secretariat submits the minutes',
    mailTemplate: 'meeting-notice',
    defaultDelivery: 'email',
  },
  minutes_approved: {
    label: 'Minutes approved',
    audience: 'The meeting’s attendees, once, when the minutes are approved',
    mailTemplate: 'meeting-notice',
    defaultDelivery: 'inApp',
  },
};

/** The choices a person has for a kind: 'email' only where the kind has a mail of its own. */
export function allowedDeliveries(kind: NotificationKind): readonly NotificationDelivery[] {
  return NOTIFICATION_KIND_RULES[kind].mailTemplate ? NOTIFICATION_DELIVERIES : NOTIFICATION_DELIVERIES.filter((d) => d !== 'email');
}

export type NotificationPreferences = Partial<Record<NotificationKind, NotificationDelivery>>;

/** How a kind reaches this person: their choice, or the kind's default. */
export function deliveryFor(kind: NotificationKind, preferences: NotificationPreferences): NotificationDelivery {
  const chosen = preferences[kind];
  return chosen && allowedDeliveries(kind).includes(chosen) ? chosen : NOTIFICATION_KIND_RULES[kind].defaultDelivery;
}

/** Every kind with the person's delivery, in the order of NOTIFICATION_KINDS. */
export function resolvedPreferences(preferences: NotificationPreferences): Record<NotificationKind, NotificationDelivery> {
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, deliveryFor(kind, preferences)])) as Record<
    NotificationKind,
    NotificationDelivery
  >;
}

/** Checks a set of choices before it is saved; throws naming the first kind at fault. */
export function assertValidPreferences(choices: Record<string, string>): NotificationPreferences {
  const valid: NotificationPreferences = {};
  for (const [kind, delivery] of Object.entries(choices)) {
    if (!isNotificationKind(kind)) throw invalidInput('notificationKindUnknown', `There is no notification kind ${kind}.`, kind, { kind });
    if (!(allowedDeliveries(kind) as readonly string[]).includes(delivery)) {
      throw invalidInput(
        'notificationDeliveryNotAllowed',
        `“${NOTIFICATION_KIND_RULES[kind].label}” cannot be delivered as ${delivery}.`,
        kind,
        { kind, delivery },
      );
    }
    valid[kind] = delivery as NotificationDelivery;
  }
  return valid;
}

/**
 * The name a notification may carry for the person who did something: none under a regime that
 * withholds names (Chatham House, off the record).
 */
export function disclosedName(mode: ConfidentialityMode, name: string): string | null {
  return withholdsNames(mode) ? null : name;
}

/**
 * The key that makes a notification once-only for its recipient: the kind and the object, and for a
 * deadline its date (so a moved deadline is notified again and a swept one never twice), for an
 * assignment the new owner (so a reassignment is news to the new holders).
 */
export function notificationDedupeKey(kind: NotificationKind, objectId: string, qualifier?: string | null): string {
  return qualifier ? `${kind}:${objectId}:${qualifier}` : `${kind}:${objectId}`;
}

/** The outbox key of the immediate mail of one notification: once per recipient and notification. */
export function notificationMailKey(userId: string, dedupeKey: string): string {
  return `notification:${userId}:${dedupeKey}`;
}

/** The outbox key of a person's digest of one (UTC) day: one digest per person per day. */
export function digestMailKey(userId: string, day: string): string {
  return `daily-digest:${userId}:${day}`;
}

/** How many days ahead a report-back or a milestone is announced. */
export const REMINDER_DAYS_AHEAD = 7;

/**
 * Whether a deadline is worth a reminder on `today` (calendar dates in the process's time zone):
 * `overdue` once past, `due_soon` within REMINDER_DAYS_AHEAD days, null otherwise.
 */
export function reminderState(dueOn: string, today: string, daysAhead = REMINDER_DAYS_AHEAD): 'overdue' | 'due_soon' | null {
  if (dueOn < today) return 'overdue';
  return dueOn <= addDays(today, daysAhead) ? 'due_soon' : null;
}

/** A notification's kind with the params of that kind. */
export type NotificationContent = { [K in NotificationKind]: { kind: K; params: NotificationParams<K> } }[NotificationKind];

/** A stored notification, as the mail builders read it. */
export type NotificationForMail = NotificationContent & { path: string };

/** One sentence saying what happened, for the list, the digest and screen readers. */
export function describeNotification(n: NotificationContent): string {
  switch (n.kind) {
    case 'charter_to_sign':
      return `Version ${n.params.version} of the charter is adopted and waits for your signature.`;
    case 'charter_signed':
      return `${n.params.signerName ?? 'A participant'} signed version ${n.params.version} of the charter.`;
    case 'amendment_proposed':
      return `${n.params.proposerName ?? 'A participant'} proposed an amendment to “${n.params.sectionLabel}” in charter version ${n.params.version}.`;
    case 'amendment_decided':
      return `Your amendment to “${n.params.sectionLabel}” in charter version ${n.params.version} was ${n.params.outcome}.`;
    case 'action_assigned':
      return `You hold the action “${n.params.actionTitle}”${n.params.dueOn ? `, due ${n.params.dueOn}` : ''}.`;
    case 'action_overdue':
      return `The action “${n.params.actionTitle}” was due ${n.params.dueOn} and is not done.`;
    case 'report_back_due':
      return n.params.overdue ? `Your report-back was due ${n.params.dueOn}.` : `Your next report-back is due ${n.params.dueOn}.`;
    case 'milestone_due':
      return `The milestone “${n.params.milestoneTitle}” is due ${n.params.dueOn}.`;
    case 'meeting_invited':
      return `You are invited to “${n.params.meetingTitle}” on ${meetingTime(n.params)}.`;
    case 'meeting_changed':
      return n.params.change === 'cancelled'
        ? `The meeting “${n.params.meetingTitle}” on ${meetingTime(n.params)} is cancelled.`
        : `The meeting “${n.params.meetingTitle}” changed: it is now on ${meetingTime(n.params)}.`;
    case 'meeting_reminder':
      return `Reminder: “${n.params.meetingTitle}” is on ${meetingTime(n.params)}.`;
    case 'minutes_to_review':
      return `The minutes of “${n.params.meetingTitle}” are ready for your review.`;
    case 'minutes_approved':
      return `The minutes of “${n.params.meetingTitle}” are approved.`;
  }
}

/** A meeting's start in its process's time zone, in English (`2026-12-07 14:00 Europe/Paris`), for the English sentence. */
export function meetingTime(p: { startsAt: string; timeZone: string }): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: p.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(p.startsAt));
  const part = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${p.timeZone}`;
}

/** Whether a kind is one of the meeting notices (they share the 'meeting-notice' mail). */
export function isMeetingNotice(
  n: NotificationContent,
): n is Extract<
  NotificationContent,
  { kind: 'meeting_invited' | 'meeting_changed' | 'meeting_reminder' | 'minutes_to_review' | 'minutes_approved' }
> {
  return MEETING_NOTICE_KINDS.has(n.kind);
}

const MEETING_NOTICE_KINDS: ReadonlySet<NotificationKind> = new Set([
  'meeting_invited',
  'meeting_changed',
  'meeting_reminder',
  'minutes_to_review',
  'minutes_approved',
]);

function dueOf(n: NotificationContent): string | null {
  return 'dueOn' in n.params ? n.params.dueOn : null;
}

/** The mail line of one notification (the digest, and the single-item reminder mails). */
export function mailItem(n: NotificationForMail): MailItem {
  const about = { kind: n.kind, params: n.params } as NotificationContent;
  return { title: describeNotification(n), processTitle: n.params.processTitle, dueOn: dueOf(n), kind: n.kind, about, path: n.path };
}

export type MailOf = { [T in MailTemplate]: { template: T; params: MailParams[T] } }[MailTemplate];

/** The mail sent at once for one notification ('email' preference), or null when the kind has none. */
export function immediateMail(n: NotificationForMail): MailOf | null {
  const { path } = n;
  switch (n.kind) {
    case 'charter_to_sign':
      return { template: 'charter-to-sign', params: { processTitle: n.params.processTitle, version: n.params.version, path } };
    case 'charter_signed':
      return null;
    case 'amendment_proposed':
      return {
        template: 'amendment-proposed',
        params: { processTitle: n.params.processTitle, amendmentTitle: n.params.sectionLabel, proposerName: n.params.proposerName, path },
      };
    case 'amendment_decided':
      return {
        template: 'amendment-decided',
        params: { processTitle: n.params.processTitle, amendmentTitle: n.params.sectionLabel, outcome: n.params.outcome, path },
      };
    case 'action_assigned':
      return {
        template: 'action-assigned',
        params: { processTitle: n.params.processTitle, actionTitle: n.params.actionTitle, dueOn: n.params.dueOn, path },
      };
    case 'action_overdue':
      return { template: 'actions-overdue', params: { items: [mailItem(n)] } };
    case 'report_back_due':
      return { template: 'report-backs-due', params: { items: [mailItem(n)] } };
    case 'milestone_due':
      return { template: 'milestones-due', params: { items: [mailItem(n)] } };
    case 'meeting_invited':
    case 'meeting_changed':
    case 'meeting_reminder':
    case 'minutes_to_review':
    case 'minutes_approved':
      return { template: 'meeting-notice', params: { notice: { kind: n.kind, params: n.params } as MeetingNoticeContent, path } };
  }
}

/** At most this many lines in one digest; the mail links to the notification centre for the rest. */
export const DIGEST_MAX_ITEMS = 50;

/** The daily digest of a person's waiting notifications, oldest first, or null when there is nothing. */
export function digestMail(waiting: readonly NotificationForMail[]): MailParams['daily-digest'] | null {
  if (waiting.length === 0) return null;
  return { items: waiting.slice(0, DIGEST_MAX_ITEMS).map(mailItem) };
}

/** Paths in the web app the notifications link to (the renderer prefixes PUBLIC_URL for mails). */
export const notificationPaths = {
  charter: (workspaceId: string, processId: string) => `/w/${workspaceId}/p/${processId}/charter`,
  action: (workspaceId: string, processId: string, planId: string, actionId: string) =>
    `/w/${workspaceId}/p/${processId}/plan/${planId}/actions/${actionId}`,
  milestone: (workspaceId: string, processId: string, planId: string, milestoneId: string) =>
    `/w/${workspaceId}/p/${processId}/plan/${planId}/milestones/${milestoneId}`,
  reportBacks: (workspaceId: string, processId: string) => `/w/${workspaceId}/p/${processId}/plan#report-backs-title`,
  meeting: (workspaceId: string, processId: string, meetingId: string) => `/w/${workspaceId}/p/${processId}/meetings/${meetingId}`,
  minutes: (workspaceId: string, processId: string, meetingId: string) => `/w/${workspaceId}/p/${processId}/meetings/${meetingId}#minutes`,
};

/** A meeting notice with its params: what the 'meeting-notice' mail words per kind. */
export type MeetingNoticeContent = Extract<
  NotificationContent,
  { kind: 'meeting_invited' | 'meeting_changed' | 'meeting_reminder' | 'minutes_to_review' | 'minutes_approved' }
>;

export const NOTIFICATION_LIMITS = {
  pageDefault: 20,
  pageMax: 100,
} as const;
