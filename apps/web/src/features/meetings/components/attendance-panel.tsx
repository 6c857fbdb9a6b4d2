import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { errorMessage, type AttendanceCode, type Meeting, type MeetingAttendance, type MeetingInvitationList } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { ResourceView } from '../../../components/resource-view';
import { Badge } from '../../../components/states';
import type { ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { useResource } from '../../../hooks/use-resource';
import { untyped } from '../../../i18n/untyped';
import { checkIn, getAttendance, getInvitations, newAttendanceCode, recordAttendance, removeAttendance } from '../api/meetings';
import { RSVP_LABELS, sentences } from '../messages';
import { InvitePanel } from './invite-panel';

const m = untyped(
  defineMessages({
    invitationsTitle: { id: 'meetings.invitations.title', defaultMessage: 'Invitations' },
    invitationsLoading: { id: 'meetings.invitations.loading', defaultMessage: 'Loading the invitations…' },
    noInvitees: { id: 'meetings.invitations.none', defaultMessage: 'Nobody is invited yet.' },
    notAnswered: { id: 'meetings.invitations.notAnswered', defaultMessage: 'Not answered' },
    insteadOf: { id: 'meetings.invitations.insteadOf', defaultMessage: '{alternate} attends instead' },
    title: { id: 'meetings.attendance.title', defaultMessage: 'Attendance' },
    loading: { id: 'meetings.attendance.loading', defaultMessage: 'Loading the attendance…' },
    attended: { id: 'meetings.attendance.attended', defaultMessage: '{name} attended' },
    alternate: { id: 'meetings.attendance.alternate', defaultMessage: 'Alternate' },
    nobody: { id: 'meetings.attendance.nobody', defaultMessage: 'Nobody’s attendance is recorded yet.' },
    selfRecorded: { id: 'meetings.attendance.selfRecorded', defaultMessage: 'Recorded with the code' },
    quorumMet: {
      id: 'meetings.attendance.quorumMet',
      defaultMessage: 'Quorum reached: {have} present, {needed} needed.',
    },
    quorumNotMet: {
      id: 'meetings.attendance.quorumNotMet',
      defaultMessage: 'No quorum yet: {have} present, {needed} needed.',
    },
    missingGroups: {
      id: 'meetings.attendance.missingGroups',
      defaultMessage: 'Indispensable groups nobody present represents: {groups}',
    },
    codeTitle: { id: 'meetings.attendance.codeTitle', defaultMessage: 'Attendance code' },
    codeHint: {
      id: 'meetings.attendance.codeHint',
      defaultMessage:
        'Show it to the room: invitees and their alternates record their own attendance with it, from half an hour before the meeting until two hours after. It is shown only once; a new code replaces the old one.',
    },
    codeSet: { id: 'meetings.attendance.codeSet', defaultMessage: 'A code is set for this meeting.' },
    newCode: { id: 'meetings.attendance.newCode', defaultMessage: 'Show a new attendance code' },
    codeLabel: { id: 'meetings.attendance.codeLabel', defaultMessage: 'The attendance code is {code}' },
    checkInTitle: { id: 'meetings.attendance.checkInTitle', defaultMessage: 'Record my attendance' },
    checkInCode: { id: 'meetings.attendance.checkInCode', defaultMessage: 'The code shown in the room' },
    checkIn: { id: 'meetings.attendance.checkIn', defaultMessage: 'Record my attendance' },
    checkingIn: { id: 'meetings.attendance.checkingIn', defaultMessage: 'Recording…' },
    codeRequired: { id: 'meetings.attendance.codeRequired', defaultMessage: 'Type the code shown in the room.' },
    youAttended: { id: 'meetings.attendance.youAttended', defaultMessage: 'Your attendance is recorded.' },
  }),
);

/**
 * Invitations with their answers, the attendance list with the live quorum, and the attendance code — for
 * the organisers; `mayTake` also lets them tick who attended.
 */
export function OrganiserAttendance({
  processRef,
  meeting,
  mayTake,
  mayInvite,
  onChange,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  mayTake: boolean;
  mayInvite: boolean;
  onChange: () => void;
}) {
  const intl = useIntl();
  const invitations = useResource<MeetingInvitationList>(`meeting-invitations:${meeting.id}:${String(meeting.version)}`, (signal) =>
    getInvitations(processRef, meeting.id, signal),
  );
  const attendance = useResource<MeetingAttendance>(`meeting-attendance:${meeting.id}`, (signal) =>
    getAttendance(processRef, meeting.id, signal),
  );
  const [errors, setErrors] = useState<string[]>([]);
  // A ticked box shows ticked at once; the list from the API takes over when it answers (or the tick is undone).
  const [ticking, setTicking] = useState<ReadonlyMap<string, boolean>>(new Map());
  const recorded = new Set(attendance.data?.items.map((attendee) => attendee.member.id));
  const present = { has: (memberId: string) => ticking.get(memberId) ?? recorded.has(memberId) };

  const toggle = async (memberId: string, attended: boolean) => {
    setErrors([]);
    setTicking((previous) => new Map(previous).set(memberId, attended));
    try {
      attendance.setData(
        attended ? await recordAttendance(processRef, meeting.id, [memberId]) : await removeAttendance(processRef, meeting.id, memberId),
      );
      onChange();
    } catch (error) {
      setErrors([errorMessage(error)]);
    } finally {
      setTicking((previous) => {
        const next = new Map(previous);
        next.delete(memberId);
        return next;
      });
    }
  };

  return (
    <>
      <section className="panel stack" aria-labelledby="invitations-title">
        <h3 id="invitations-title">{intl.formatMessage(m.invitationsTitle)}</h3>
        <p>{intl.formatMessage(sentences.rsvpCounts, { ...meeting.rsvp })}</p>
        {meeting.rsvp.alternates > 0 ? (
          <p className="muted">{intl.formatMessage(sentences.alternates, { count: meeting.rsvp.alternates })}</p>
        ) : null}
        <ResourceView resource={invitations} loading={intl.formatMessage(m.invitationsLoading)}>
          {(data: MeetingInvitationList) =>
            data.items.length === 0 ? (
              <p className="muted">{intl.formatMessage(m.noInvitees)}</p>
            ) : (
              <ul className="plain-list" aria-label={intl.formatMessage(m.invitationsTitle)}>
                {data.items.map((invitation) => (
                  <li key={invitation.member.id} className="spaced">
                    {mayTake && meeting.state !== 'cancelled' ? (
                      <AttendanceBox
                        label={intl.formatMessage(m.attended, { name: invitation.member.displayName })}
                        checked={present.has(invitation.member.id)}
                        onToggle={(checked) => void toggle(invitation.member.id, checked)}
                      />
                    ) : (
                      <strong>{invitation.member.displayName}</strong>
                    )}
                    <Badge tone="muted">
                      {invitation.response ? intl.formatMessage(RSVP_LABELS[invitation.response]) : intl.formatMessage(m.notAnswered)}
                    </Badge>
                    {invitation.alternate ? (
                      <>
                        <span className="muted">{intl.formatMessage(m.insteadOf, { alternate: invitation.alternate.displayName })}</span>
                        {mayTake && meeting.state !== 'cancelled' ? (
                          <AttendanceBox
                            label={intl.formatMessage(m.attended, { name: invitation.alternate.displayName })}
                            checked={present.has(invitation.alternate.id)}
                            onToggle={(checked) => void toggle(invitation.alternate!.id, checked)}
                          />
                        ) : null}
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )
          }
        </ResourceView>
        <FormAlert messages={errors} />
        {mayInvite && invitations.data && meeting.state !== 'cancelled' && meeting.state !== 'ended' ? (
          <InvitePanel
            processRef={processRef}
            meetingId={meeting.id}
            invitations={invitations.data}
            onInvited={(next) => {
              invitations.setData(next);
              onChange();
            }}
          />
        ) : null}
      </section>
      <AttendanceList processRef={processRef} attendance={attendance.data} />
      {mayTake && meeting.state !== 'cancelled' ? <CodePanel processRef={processRef} meeting={meeting} onChange={onChange} /> : null}
    </>
  );
}

function AttendanceBox({ label, checked, onToggle }: { label: string; checked: boolean; onToggle: (checked: boolean) => void }) {
  const id = useId();
  return (
    <span className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onToggle(event.target.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}

/** Who attended and the live quorum (the API decides who may see it). */
export function AttendanceList({ processRef, attendance }: { processRef: ProcessRef; attendance: MeetingAttendance | undefined }) {
  const intl = useIntl();
  void processRef;
  if (!attendance) return null;
  const { quorum } = attendance;
  return (
    <section className="panel stack" aria-labelledby="attendance-title">
      <h3 id="attendance-title">{intl.formatMessage(m.title)}</h3>
      <p className={quorum.met ? 'alert alert-success' : 'alert alert-warning'} role="status">
        {intl.formatMessage(quorum.met ? m.quorumMet : m.quorumNotMet, {
          have: quorum.attendance.have,
          needed: quorum.attendance.needed,
        })}
      </p>
      {quorum.missingGroups.length > 0 ? (
        <p>
          {intl.formatMessage(m.missingGroups, {
            groups: intl.formatList(
              quorum.missingGroups.map((group) => group.name),
              { type: 'conjunction' },
            ),
          })}
        </p>
      ) : null}
      {attendance.items.length === 0 ? (
        <p className="muted">{intl.formatMessage(m.nobody)}</p>
      ) : (
        <ul className="plain-list" aria-label={intl.formatMessage(m.title)}>
          {attendance.items.map((attendee) => (
            <li key={attendee.member.id} className="spaced">
              <span>
                {attendee.stakeholderGroupName
                  ? intl.formatList([attendee.member.displayName, attendee.stakeholderGroupName], { type: 'unit', style: 'narrow' })
                  : attendee.member.displayName}
              </span>
              {attendee.alternate ? <Badge tone="muted">{intl.formatMessage(m.alternate)}</Badge> : null}
              {attendee.recordedHow === 'code' ? <Badge tone="muted">{intl.formatMessage(m.selfRecorded)}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A read-only attendance list for invitees when the meeting is on the record. */
export function InviteeAttendance({ processRef, meeting }: { processRef: ProcessRef; meeting: Meeting }) {
  const attendance = useResource<MeetingAttendance>(`meeting-attendance:${meeting.id}:${String(meeting.attended)}`, (signal) =>
    getAttendance(processRef, meeting.id, signal),
  );
  return <AttendanceList processRef={processRef} attendance={attendance.data} />;
}

function CodePanel({ processRef, meeting, onChange }: { processRef: ProcessRef; meeting: Meeting; onChange: () => void }) {
  const intl = useIntl();
  const [code, setCode] = useState<AttendanceCode | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  return (
    <section className="panel stack" aria-labelledby="code-title">
      <h3 id="code-title">{intl.formatMessage(m.codeTitle)}</h3>
      <p className="muted">{intl.formatMessage(m.codeHint)}</p>
      {code ? (
        <p className="attendance-code" aria-label={intl.formatMessage(m.codeLabel, { code: [...code.code].join(' ') })}>
          {code.formatted}
        </p>
      ) : meeting.hasAttendanceCode ? (
        <p>{intl.formatMessage(m.codeSet)}</p>
      ) : null}
      <FormAlert messages={errors} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setErrors([]);
            newAttendanceCode(processRef, meeting.id)
              .then((next) => {
                setCode(next);
                onChange();
              })
              .catch((error: unknown) => {
                setErrors([errorMessage(error)]);
              })
              .finally(() => {
                setBusy(false);
              });
          }}
        >
          {intl.formatMessage(m.newCode)}
        </button>
      </div>
    </section>
  );
}

/** An invitee (or their alternate) records their own attendance with the code shown in the room. */
export function CheckInPanel({
  processRef,
  meeting,
  onChange,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  onChange: (meeting: Meeting) => void;
}) {
  const intl = useIntl();
  const schema: FormSchema<{ code: string }> = { code: text({ required: m.codeRequired, max: 20 }) };
  const { form, submit, formErrors, errorOf } = useCgForm<{ code: string }>({
    defaultValues: { code: '' },
    schema,
    onSubmit: async (values) => {
      onChange(await checkIn(processRef, meeting.id, values.code.trim()));
    },
  });
  if (meeting.attended) {
    return (
      <p className="alert alert-success" role="status">
        {intl.formatMessage(m.youAttended)}
      </p>
    );
  }
  return (
    <form noValidate className="form panel stack" aria-labelledby="check-in-title" onSubmit={(event) => void submit(event)}>
      <h3 id="check-in-title">{intl.formatMessage(m.checkInTitle)}</h3>
      <FormAlert messages={formErrors} />
      <TextField
        label={intl.formatMessage(m.checkInCode)}
        autoComplete="off"
        autoCapitalize="characters"
        required
        error={errorOf('code')}
        {...form.register('code')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel={intl.formatMessage(m.checkingIn)}>
          {intl.formatMessage(m.checkIn)}
        </SubmitButton>
      </div>
    </form>
  );
}
