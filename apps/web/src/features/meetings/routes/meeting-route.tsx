import { defineMessages, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { errorMessage, type Meeting, type ProcessMember } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { ResourceView } from '../../../components/resource-view';
import { Badge } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { processRefOf, type ProcessRef } from '../../../context/process-ref';
import { useResource } from '../../../hooks/use-resource';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import { useSession } from '../../../session/session-context';
import { MODE_EXPLANATIONS, MODE_LABELS } from '../../agreements/components/confidentiality';
import { listMembers } from '../../plans/api/plans';
import { cancelMeeting, getMeeting } from '../api/meetings';
import { AgendaPanel } from '../components/agenda-panel';
import { CheckInPanel, InviteeAttendance, OrganiserAttendance } from '../components/attendance-panel';
import { MinutesPanel } from '../components/minutes-panel';
import { RsvpPanel } from '../components/rsvp-panel';
import { FORMAT_LABELS, KIND_LABELS, sentences, STATE_LABELS } from '../messages';

const m = untyped(
  defineMessages({
    back: { id: 'meetings.page.back', defaultMessage: 'All meetings' },
    loading: { id: 'meetings.page.loading', defaultMessage: 'Loading the meeting…' },
    kind: { id: 'meetings.page.kind', defaultMessage: 'Kind' },
    format: { id: 'meetings.page.format', defaultMessage: 'Format' },
    when: { id: 'meetings.page.when', defaultMessage: 'When' },
    place: { id: 'meetings.page.place', defaultMessage: 'Place' },
    link: { id: 'meetings.page.link', defaultMessage: 'Link' },
    hosts: { id: 'meetings.page.hosts', defaultMessage: 'Hosts' },
    mode: { id: 'meetings.page.mode', defaultMessage: 'Confidentiality' },
    modeExplained: { id: 'meetings.page.modeExplained', defaultMessage: '{mode}: {explanation}' },
    cancel: { id: 'meetings.page.cancel', defaultMessage: 'Cancel the meeting' },
    cancelTitle: { id: 'meetings.page.cancelTitle', defaultMessage: 'Cancel this meeting?' },
    cancelMessage: {
      id: 'meetings.page.cancelMessage',
      defaultMessage: 'The invitees see that it is cancelled. A cancelled meeting cannot be brought back; schedule a new one instead.',
    },
    cancelled: { id: 'meetings.page.cancelled', defaultMessage: 'This meeting is cancelled.' },
  }),
);

/** `/w/:workspaceId/p/:processId/meetings/:meetingId`: one meeting, its agenda, who comes, attendance and minutes. */
export function MeetingRoute() {
  const intl = useIntl();
  const { meetingId = '' } = useParams();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const meeting = useResource<Meeting>(`meeting:${meetingId}`, (signal) => getMeeting(processRef, meetingId, signal));
  const members = useResource<ProcessMember[]>(allowed('process.members.view') ? `process-members:${process.id}` : null, (signal) =>
    listMembers(processRef, signal),
  );
  return (
    <div className="stack-lg">
      <p>
        <Link to={`/w/${processRef.workspaceId}/p/${processRef.processId}/meetings`}>{intl.formatMessage(m.back)}</Link>
      </p>
      <ResourceView resource={meeting} loading={intl.formatMessage(m.loading)}>
        {(data: Meeting) => (
          <MeetingView
            processRef={processRef}
            meeting={data}
            members={members.data ?? []}
            allowed={allowed}
            onChange={(next) => {
              meeting.setData(next);
            }}
            onReload={meeting.reload}
          />
        )}
      </ResourceView>
    </div>
  );
}

function MeetingView({
  processRef,
  meeting,
  members,
  allowed,
  onChange,
  onReload,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  members: ProcessMember[];
  allowed: ReturnType<typeof useProcessOutlet>['allowed'];
  onChange: (meeting: Meeting) => void;
  onReload: () => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const { user } = useSession();
  const organiser = allowed('meeting.edit') || allowed('meeting.attendance.take');
  const live = meeting.state !== 'cancelled';
  return (
    <>
      <section className="panel stack" aria-labelledby="meeting-title">
        <div className="page-header">
          <h2 id="meeting-title">{meeting.title}</h2>
          <Badge tone={meeting.state === 'in_progress' ? 'accent' : meeting.state === 'cancelled' ? 'warning' : 'neutral'}>
            {intl.formatMessage(STATE_LABELS[meeting.state])}
          </Badge>
        </div>
        {meeting.state === 'cancelled' ? (
          <p className="alert alert-warning" role="status">
            {intl.formatMessage(m.cancelled)}
          </p>
        ) : null}
        <dl className="facts">
          <div>
            <dt>{intl.formatMessage(m.kind)}</dt>
            <dd>{intl.formatMessage(KIND_LABELS[meeting.kind])}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(m.format)}</dt>
            <dd>{intl.formatMessage(FORMAT_LABELS[meeting.format])}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(m.when)}</dt>
            <dd>{intl.formatMessage(sentences.when, { starts: format.dateTime(meeting.startsAt), ends: format.time(meeting.endsAt) })}</dd>
          </div>
          {meeting.place ? (
            <div>
              <dt>{intl.formatMessage(m.place)}</dt>
              <dd>{meeting.place}</dd>
            </div>
          ) : null}
          {meeting.link ? (
            <div>
              <dt>{intl.formatMessage(m.link)}</dt>
              <dd>
                <a href={meeting.link} rel="noopener noreferrer" target="_blank">
                  {meeting.link}
                </a>
              </dd>
            </div>
          ) : null}
          {meeting.hosts.length > 0 ? (
            <div>
              <dt>{intl.formatMessage(m.hosts)}</dt>
              <dd>{intl.formatList(meeting.hosts, { type: 'conjunction' })}</dd>
            </div>
          ) : null}
          <div>
            <dt>{intl.formatMessage(m.mode)}</dt>
            <dd>
              {intl.formatMessage(m.modeExplained, {
                mode: intl.formatMessage(MODE_LABELS[meeting.effectiveMode]),
                explanation: intl.formatMessage(MODE_EXPLANATIONS[meeting.effectiveMode]),
              })}
            </dd>
          </div>
        </dl>
        {allowed('meeting.cancel') && live && meeting.state !== 'ended' ? (
          <ConfirmButton
            className="button"
            title={intl.formatMessage(m.cancelTitle)}
            message={intl.formatMessage(m.cancelMessage)}
            confirmLabel={intl.formatMessage(m.cancel)}
            describeError={errorMessage}
            onConfirm={async () => {
              onChange(await cancelMeeting(processRef, meeting.id, meeting.version));
            }}
          >
            {intl.formatMessage(m.cancel)}
          </ConfirmButton>
        ) : null}
      </section>
      <AgendaPanel processRef={processRef} meeting={meeting} members={members} mayEdit={allowed('meeting.edit')} onChange={onChange} />
      {meeting.myInvitation && live && user ? (
        <RsvpPanel processRef={processRef} meeting={meeting} members={members} selfId={user.id} onChange={onChange} />
      ) : null}
      {live &&
      allowed('meeting.attendance.self') &&
      (meeting.myInvitation || meeting.attended || (meeting.state === 'in_progress' && !allowed('meeting.attendance.take'))) ? (
        <CheckInPanel processRef={processRef} meeting={meeting} onChange={onChange} />
      ) : null}
      {organiser ? (
        <OrganiserAttendance
          processRef={processRef}
          meeting={meeting}
          mayTake={allowed('meeting.attendance.take')}
          mayInvite={allowed('meeting.edit')}
          onChange={onReload}
        />
      ) : meeting.effectiveMode === 'on_the_record' && meeting.myInvitation && allowed('meeting.attendance.view') ? (
        <InviteeAttendance processRef={processRef} meeting={meeting} />
      ) : null}
      {live ? (
        <MinutesPanel
          processRef={processRef}
          meeting={meeting}
          mayDraft={allowed('minutes.draft')}
          mayReview={allowed('minutes.review')}
          mayQuote={allowed('minutes.quoteMe')}
        />
      ) : null}
    </>
  );
}
