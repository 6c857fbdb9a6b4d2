import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { MeetingFormat, MeetingKind, MeetingState, MinutesStatus, RsvpResponse } from '@common-ground/domain';
import { untyped } from '../../i18n/untyped';

export const KIND_LABELS = defineMessages({
  bilateral: { id: 'meetings.kind.bilateral', defaultMessage: 'Bilateral meeting' },
  consultation: { id: 'meetings.kind.consultation', defaultMessage: 'Consultation' },
  plenary: { id: 'meetings.kind.plenary', defaultMessage: 'Plenary' },
  working_group: { id: 'meetings.kind.working_group', defaultMessage: 'Working group meeting' },
  report_back: { id: 'meetings.kind.report_back', defaultMessage: 'Report-back session' },
}) satisfies Record<MeetingKind, MessageDescriptor>;

export const FORMAT_LABELS = defineMessages({
  in_person: { id: 'meetings.format.in_person', defaultMessage: 'In person' },
  online: { id: 'meetings.format.online', defaultMessage: 'Online' },
  hybrid: { id: 'meetings.format.hybrid', defaultMessage: 'Hybrid' },
}) satisfies Record<MeetingFormat, MessageDescriptor>;

export const STATE_LABELS = defineMessages({
  upcoming: { id: 'meetings.state.upcoming', defaultMessage: 'Upcoming' },
  in_progress: { id: 'meetings.state.in_progress', defaultMessage: 'Under way' },
  ended: { id: 'meetings.state.ended', defaultMessage: 'Ended' },
  cancelled: { id: 'meetings.state.cancelled', defaultMessage: 'Cancelled' },
}) satisfies Record<MeetingState, MessageDescriptor>;

export const RSVP_LABELS = defineMessages({
  yes: { id: 'meetings.rsvp.yes', defaultMessage: 'Yes, I will attend' },
  no: { id: 'meetings.rsvp.no', defaultMessage: 'No, I cannot attend' },
  maybe: { id: 'meetings.rsvp.maybe', defaultMessage: 'Maybe' },
}) satisfies Record<RsvpResponse, MessageDescriptor>;

export const MINUTES_STATUS_LABELS = defineMessages({
  draft: { id: 'meetings.minutesStatus.draft', defaultMessage: 'Draft' },
  in_review: { id: 'meetings.minutesStatus.in_review', defaultMessage: 'In review' },
  approved: { id: 'meetings.minutesStatus.approved', defaultMessage: 'Approved' },
}) satisfies Record<MinutesStatus, MessageDescriptor>;

/** Sentences shared by the list and the meeting page. */
export const sentences = untyped(
  defineMessages({
    when: { id: 'meetings.sentence.when', defaultMessage: '{starts} to {ends}' },
    rsvpCounts: {
      id: 'meetings.sentence.rsvpCounts',
      defaultMessage: '{yes} yes, {no} no, {maybe} maybe, {pending} not answered',
    },
    alternates: {
      id: 'meetings.sentence.alternates',
      defaultMessage: '{count, plural, one {# alternate attends instead of an invitee} other {# alternates attend instead of invitees}}',
    },
    minutesStatus: { id: 'meetings.sentence.minutesStatus', defaultMessage: 'Minutes: {status}' },
  }),
);
