import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { RSVP_RESPONSES, type RsvpResponse } from '@common-ground/domain';
import { errorMessage, type Meeting, type ProcessMember } from '../../../api';
import { FormAlert } from '../../../components/fields';
import type { ProcessRef } from '../../../context/process-ref';
import { untyped } from '../../../i18n/untyped';
import { rsvp } from '../api/meetings';
import { RSVP_LABELS } from '../messages';

const m = untyped(
  defineMessages({
    title: { id: 'meetings.rsvp.title', defaultMessage: 'Will you attend?' },
    legend: { id: 'meetings.rsvp.legend', defaultMessage: 'Your answer' },
    current: { id: 'meetings.rsvp.current', defaultMessage: 'Your answer: {answer}' },
    none: { id: 'meetings.rsvp.none', defaultMessage: 'You have not answered yet.' },
    alternate: { id: 'meetings.rsvp.alternate', defaultMessage: 'Someone attending instead of you (optional)' },
    alternateHint: {
      id: 'meetings.rsvp.alternateHint',
      defaultMessage: 'Your alternate attends in your place and may record their attendance with the meeting’s code.',
    },
    nobody: { id: 'meetings.rsvp.nobody', defaultMessage: 'Nobody' },
    send: { id: 'meetings.rsvp.send', defaultMessage: 'Send my answer' },
    sending: { id: 'meetings.rsvp.sending', defaultMessage: 'Sending…' },
    sent: { id: 'meetings.rsvp.sent', defaultMessage: 'Your answer is recorded.' },
  }),
);

/** The invitee's own answer: yes, no or maybe; with "no", an alternate attending instead. */
export function RsvpPanel({
  processRef,
  meeting,
  members,
  selfId,
  onChange,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  members: ProcessMember[];
  selfId: string;
  onChange: (meeting: Meeting) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const invitation = meeting.myInvitation!;
  const [response, setResponse] = useState<RsvpResponse | null>(invitation.response);
  const [alternateId, setAlternateId] = useState<string>(invitation.alternateId ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const open = meeting.state === 'upcoming' || meeting.state === 'in_progress';

  const send = async () => {
    if (!response) return;
    setBusy(true);
    setErrors([]);
    try {
      onChange(await rsvp(processRef, meeting.id, response, response === 'no' && alternateId ? alternateId : null));
      setSent(true);
    } catch (error) {
      setErrors([errorMessage(error)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{intl.formatMessage(m.title)}</h3>
      <p>
        {invitation.response
          ? intl.formatMessage(m.current, { answer: intl.formatMessage(RSVP_LABELS[invitation.response]) })
          : intl.formatMessage(m.none)}
      </p>
      {sent ? (
        <p className="alert alert-success" role="status">
          {intl.formatMessage(m.sent)}
        </p>
      ) : null}
      {open ? (
        <form
          noValidate
          className="form stack"
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <FormAlert messages={errors} />
          <fieldset className="field radio-group">
            <legend>{intl.formatMessage(m.legend)}</legend>
            {RSVP_RESPONSES.map((value) => (
              <div key={value} className="radio">
                <input
                  id={`${id}-${value}`}
                  type="radio"
                  name={`${id}-response`}
                  value={value}
                  checked={response === value}
                  onChange={() => {
                    setResponse(value);
                    setSent(false);
                  }}
                />
                <label htmlFor={`${id}-${value}`}>{intl.formatMessage(RSVP_LABELS[value])}</label>
              </div>
            ))}
          </fieldset>
          {response === 'no' && members.length > 0 ? (
            <div className="field">
              <label htmlFor={`${id}-alternate`}>{intl.formatMessage(m.alternate)}</label>
              <select
                id={`${id}-alternate`}
                aria-describedby={`${id}-alternate-hint`}
                value={alternateId}
                onChange={(event) => {
                  setAlternateId(event.target.value);
                }}
              >
                <option value="">{intl.formatMessage(m.nobody)}</option>
                {members
                  .filter((member) => member.userId !== selfId)
                  .map((member) => (
                    <option key={member.userId} value={member.userId}>
                      {member.displayName}
                    </option>
                  ))}
              </select>
              <p className="field-hint" id={`${id}-alternate-hint`}>
                {intl.formatMessage(m.alternateHint)}
              </p>
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || !response}>
              {intl.formatMessage(busy ? m.sending : m.send)}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
