import type { NotificationKind } from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../i18n/untyped';
import type { Formatters } from '../../lib/format';

/**
 * What a notification says, by kind, in the reader's language. The API also sends an English `text` (for mails
 * and API users); screens say the kind with its params. Titles and names are user content and stay as written.
 */
export const NOTIFICATION_TEXT: Readonly<Record<NotificationKind, MessageDescriptor>> = untyped(
  defineMessages({
    charter_to_sign: {
      id: 'notifications.text.charter_to_sign',
      defaultMessage: 'Version {version} of the charter is adopted and waits for your signature.',
    },
    charter_signed: {
      id: 'notifications.text.charter_signed',
      defaultMessage: '{named, select, yes {{name}} other {A participant}} signed version {version} of the charter.',
    },
    amendment_proposed: {
      id: 'notifications.text.amendment_proposed',
      defaultMessage:
        '{named, select, yes {{name}} other {A participant}} proposed an amendment to “{section}” in charter version {version}.',
    },
    amendment_decided: {
      id: 'notifications.text.amendment_decided',
      defaultMessage:
        'Your amendment to “{section}” in charter version {version} was {outcome, select, accepted {accepted} other {rejected}}.',
    },
    action_assigned: {
      id: 'notifications.text.action_assigned',
      defaultMessage: 'You hold the action “{action}”{dated, select, yes {, due {due}} other {}}.',
    },
    action_overdue: {
      id: 'notifications.text.action_overdue',
      defaultMessage: 'The action “{action}” was due {due} and is not done.',
    },
    report_back_due: {
      id: 'notifications.text.report_back_due',
      defaultMessage: '{overdue, select, yes {Your report-back was due {due}.} other {Your next report-back is due {due}.}}',
    },
    milestone_due: {
      id: 'notifications.text.milestone_due',
      defaultMessage: 'The milestone “{milestone}” is due {due}.',
    },
    meeting_invited: {
      id: 'notifications.text.meeting_invited',
      defaultMessage: 'You are invited to “{meeting}” on {when}.',
    },
    meeting_changed: {
      id: 'notifications.text.meeting_changed',
      defaultMessage:
        '{cancelled, select, yes {The meeting “{meeting}” on {when} is cancelled.} other {The meeting “{meeting}” changed: it is now on {when}.}}',
    },
    meeting_reminder: {
      id: 'notifications.text.meeting_reminder',
      defaultMessage: 'Reminder: “{meeting}” is on {when}.',
    },
    minutes_to_review: {
      id: 'notifications.text.minutes_to_review',
      defaultMessage: 'The minutes of “{meeting}” are ready for your review.',
    },
    minutes_approved: {
      id: 'notifications.text.minutes_approved',
      defaultMessage: 'The minutes of “{meeting}” are approved.',
    },
  }),
);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One notification's sentence in the reader's language; an unknown kind keeps the API's English sentence. */
export function notificationText(
  intl: IntlShape,
  fmt: Pick<Formatters, 'day' | 'dateTime'>,
  item: { kind: string; params: Record<string, unknown>; text: string },
): string {
  if (!Object.hasOwn(NOTIFICATION_TEXT, item.kind)) return item.text;
  const p = item.params;
  const name = text(p.signerName) || text(p.proposerName);
  const dueOn = text(p.dueOn);
  const startsAt = text(p.startsAt);
  return intl.formatMessage(NOTIFICATION_TEXT[item.kind as NotificationKind], {
    version: typeof p.version === 'number' ? p.version : text(p.version),
    named: name ? 'yes' : 'no',
    name,
    section: text(p.sectionLabel),
    outcome: text(p.outcome),
    action: text(p.actionTitle),
    milestone: text(p.milestoneTitle),
    dated: dueOn ? 'yes' : 'no',
    due: dueOn ? fmt.day(dueOn) : '',
    overdue: p.overdue === true ? 'yes' : 'no',
    meeting: text(p.meetingTitle),
    when: startsAt ? fmt.dateTime(startsAt) : '',
    cancelled: p.change === 'cancelled' ? 'yes' : 'no',
  });
}

/** The name of each kind and who receives it, for the preferences page (the API sends them in English). */
export const NOTIFICATION_KIND_TEXT: Readonly<Record<NotificationKind, { label: MessageDescriptor; audience: MessageDescriptor }>> = {
  charter_to_sign: defineMessages({
    label: { id: 'notifications.kind.charter_to_sign.label', defaultMessage: 'A charter version to sign' },
    audience: {
      id: 'notifications.kind.charter_to_sign.audience',
      defaultMessage: 'Each active participant, when a version is adopted and opened for signature',
    },
  }),
  charter_signed: defineMessages({
    label: { id: 'notifications.kind.charter_signed.label', defaultMessage: 'Someone signed the charter' },
    audience: {
      id: 'notifications.kind.charter_signed.audience',
      defaultMessage: 'The process’s conveners (names only where the confidentiality regime allows them)',
    },
  }),
  amendment_proposed: defineMessages({
    label: { id: 'notifications.kind.amendment_proposed.label', defaultMessage: 'An amendment proposed to a charter draft' },
    audience: {
      id: 'notifications.kind.amendment_proposed.audience',
      defaultMessage: 'Conveners and facilitators, who accept or reject amendments',
    },
  }),
  amendment_decided: defineMessages({
    label: { id: 'notifications.kind.amendment_decided.label', defaultMessage: 'Your amendment accepted or rejected' },
    audience: { id: 'notifications.kind.amendment_decided.audience', defaultMessage: 'The person who proposed the amendment' },
  }),
  action_assigned: defineMessages({
    label: { id: 'notifications.kind.action_assigned.label', defaultMessage: 'An action assigned to you' },
    audience: {
      id: 'notifications.kind.action_assigned.audience',
      defaultMessage: 'Whoever holds the action: its owner, the working group’s lead and members, or the stakeholder group’s participants',
    },
  }),
  action_overdue: defineMessages({
    label: { id: 'notifications.kind.action_overdue.label', defaultMessage: 'An action you hold is overdue' },
    audience: { id: 'notifications.kind.action_overdue.audience', defaultMessage: 'Whoever holds the action' },
  }),
  report_back_due: defineMessages({
    label: { id: 'notifications.kind.report_back_due.label', defaultMessage: 'A report-back you owe is due' },
    audience: {
      id: 'notifications.kind.report_back_due.audience',
      defaultMessage: 'The participant who reports back to their constituency',
    },
  }),
  milestone_due: defineMessages({
    label: { id: 'notifications.kind.milestone_due.label', defaultMessage: 'A milestone is due' },
    audience: {
      id: 'notifications.kind.milestone_due.audience',
      defaultMessage: 'Whoever holds the milestone’s action, or the conveners when it has none',
    },
  }),
  meeting_invited: defineMessages({
    label: { id: 'notifications.kind.meeting_invited.label', defaultMessage: 'An invitation to a meeting' },
    audience: {
      id: 'notifications.kind.meeting_invited.audience',
      defaultMessage: 'Each person invited, directly or through their group or working group',
    },
  }),
  meeting_changed: defineMessages({
    label: { id: 'notifications.kind.meeting_changed.label', defaultMessage: 'A meeting you are invited to changed or was cancelled' },
    audience: { id: 'notifications.kind.meeting_changed.audience', defaultMessage: 'The meeting’s invitees' },
  }),
  meeting_reminder: defineMessages({
    label: { id: 'notifications.kind.meeting_reminder.label', defaultMessage: 'A meeting tomorrow' },
    audience: {
      id: 'notifications.kind.meeting_reminder.audience',
      defaultMessage: 'Invitees who have not declined, the day before the meeting',
    },
  }),
  minutes_to_review: defineMessages({
    label: { id: 'notifications.kind.minutes_to_review.label', defaultMessage: 'Minutes to review' },
    audience: {
      id: 'notifications.kind.minutes_to_review.audience',
      defaultMessage: 'The meeting’s attendees, when the secretariat submits the minutes',
    },
  }),
  minutes_approved: defineMessages({
    label: { id: 'notifications.kind.minutes_approved.label', defaultMessage: 'Minutes approved' },
    audience: {
      id: 'notifications.kind.minutes_approved.audience',
      defaultMessage: 'The meeting’s attendees, once, when the minutes are approved',
    },
  }),
};

/** A kind's name and audience in the reader's language; a kind this list does not know keeps the API's words. */
export function notificationKindText(
  intl: IntlShape,
  item: { kind: string; label: string; audience: string },
): { label: string; audience: string } {
  if (!Object.hasOwn(NOTIFICATION_KIND_TEXT, item.kind)) return { label: item.label, audience: item.audience };
  const messages = NOTIFICATION_KIND_TEXT[item.kind as NotificationKind];
  return { label: intl.formatMessage(messages.label), audience: intl.formatMessage(messages.audience) };
}
