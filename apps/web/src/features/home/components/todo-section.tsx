import type { TodoKind } from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { TodoItem, TodoSection } from '../../../api';
import { Badge } from '../../../components/states';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import type { Formatters } from '../../../lib/format';

/** What each section is called, and what it says when it holds nothing. */
export const SECTION_TEXT: Record<TodoKind, { title: MessageDescriptor; none: MessageDescriptor }> = {
  charter_signature: defineMessages({
    title: { id: 'home.section.charter_signature.title', defaultMessage: 'Charters waiting for your signature' },
    none: { id: 'home.section.charter_signature.none', defaultMessage: 'No charter waits for your signature.' },
  }),
  checklist: defineMessages({
    title: { id: 'home.section.checklist.title', defaultMessage: 'Checklists your group must fill' },
    none: { id: 'home.section.checklist.none', defaultMessage: 'No checklist waits for your stakeholder group.' },
  }),
  action: defineMessages({
    title: { id: 'home.section.action.title', defaultMessage: 'Actions you hold' },
    none: { id: 'home.section.action.none', defaultMessage: 'You hold no open action of an approved plan.' },
  }),
  report_back: defineMessages({
    title: { id: 'home.section.report_back.title', defaultMessage: 'Report-backs you owe' },
    none: { id: 'home.section.report_back.none', defaultMessage: 'No report-back is due in the next 30 days.' },
  }),
  invitation: defineMessages({
    title: { id: 'home.section.invitation.title', defaultMessage: 'Invitations waiting for you' },
    none: { id: 'home.section.invitation.none', defaultMessage: 'No invitation is waiting for your e-mail address.' },
  }),
  meeting_rsvp: defineMessages({
    title: { id: 'home.section.meeting_rsvp.title', defaultMessage: 'Meetings to answer' },
    none: { id: 'home.section.meeting_rsvp.none', defaultMessage: 'No meeting invitation waits for your answer.' },
  }),
  minutes_review: defineMessages({
    title: { id: 'home.section.minutes_review.title', defaultMessage: 'Minutes to review' },
    none: { id: 'home.section.minutes_review.none', defaultMessage: 'No minutes wait for your review.' },
  }),
};

const m = untyped(
  defineMessages({
    sign: { id: 'home.item.sign', defaultMessage: 'Sign {title}' },
    checklist: { id: 'home.item.checklist', defaultMessage: 'Fill the checklist of {title}' },
    reportBack: { id: 'home.item.reportBack', defaultMessage: 'Report back to {title}' },
    join: {
      id: 'home.item.join',
      defaultMessage:
        'Join {title}{role, select, none {} owner { as owner} admin { as admin} member { as member} convener { as convener} facilitator { as facilitator} secretariat { as secretariat} participant { as participant} observer { as observer} alternate { as alternate} co_convener { as co-convener} other { as {role}}}',
    },
    answer: { id: 'home.item.answer', defaultMessage: 'Answer the invitation to {title}' },
    review: { id: 'home.item.review', defaultMessage: 'Review the minutes of {title}' },
    due: { id: 'home.item.due', defaultMessage: '{where} · due {date}' },
    meetingOn: { id: 'home.item.meetingOn', defaultMessage: '{where} · on {date}' },
    expires: { id: 'home.item.expires', defaultMessage: '{where} · expires {date}' },
    overdue: { id: 'home.item.overdue', defaultMessage: 'Overdue' },
    count: { id: 'home.section.count', defaultMessage: '({count, number})' },
    acceptByMail: { id: 'home.item.acceptByMail', defaultMessage: 'Open the link in the invitation e-mail to accept it.' },
    showing: {
      id: 'home.section.showing',
      defaultMessage: 'Showing the first {shown} of {total}, overdue first then the soonest due.',
    },
  }),
);
const SEPARATOR = ' · ';

function itemTitle(intl: IntlShape, item: TodoItem): string {
  switch (item.kind) {
    case 'charter_signature':
      return intl.formatMessage(m.sign, { title: item.title });
    case 'checklist':
      return intl.formatMessage(m.checklist, { title: item.title });
    case 'action':
      return item.title;
    case 'report_back':
      return intl.formatMessage(m.reportBack, { title: item.title });
    case 'invitation':
      return intl.formatMessage(m.join, { title: item.title, role: item.role ?? 'none' });
    case 'meeting_rsvp':
      return intl.formatMessage(m.answer, { title: item.title });
    case 'minutes_review':
      return intl.formatMessage(m.review, { title: item.title });
  }
}

/** Where the item is (workspace, process) and by when; the date says "expires" for an invitation, "on" for a meeting. */
function itemMeta(intl: IntlShape, item: TodoItem, fmt: Formatters): string {
  const where = [item.workspaceName, item.processTitle].filter(Boolean).join(SEPARATOR);
  if (!item.dueOn) return where;
  const message = item.kind === 'invitation' ? m.expires : item.kind === 'meeting_rsvp' ? m.meetingOn : m.due;
  return intl.formatMessage(message, { where, date: fmt.day(item.dueOn) });
}

export function TodoSectionView({ section }: { section: TodoSection }) {
  const intl = useIntl();
  const fmt = useFormat();
  const text = { title: intl.formatMessage(SECTION_TEXT[section.kind].title), none: intl.formatMessage(SECTION_TEXT[section.kind].none) };
  const titleId = `todo-${section.kind}-title`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {text.title} <span className="muted">{intl.formatMessage(m.count, { count: section.total })}</span>
      </h2>
      {section.items.length === 0 ? (
        <p className="muted">{text.none}</p>
      ) : (
        <ul className="rows" aria-label={text.title}>
          {section.items.map((item) => (
            <li key={`${item.workspaceId}:${item.id}`} className="row row-block">
              <div className="row-main">
                {item.path ? (
                  <Link className="row-title" to={item.path}>
                    {itemTitle(intl, item)}
                  </Link>
                ) : (
                  <span className="row-title">{itemTitle(intl, item)}</span>
                )}
                <span className="muted">
                  {itemMeta(intl, item, fmt)} {item.overdue ? <Badge tone="warning">{intl.formatMessage(m.overdue)}</Badge> : null}
                </span>
                {item.kind === 'invitation' ? <span className="muted">{intl.formatMessage(m.acceptByMail)}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {section.total > section.items.length ? (
        <p className="muted">{intl.formatMessage(m.showing, { shown: section.items.length, total: section.total })}</p>
      ) : null}
    </section>
  );
}
