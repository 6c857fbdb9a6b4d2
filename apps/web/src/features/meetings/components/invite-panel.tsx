import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { errorMessage, type MeetingInvitationList } from '../../../api';
import { FormAlert } from '../../../components/fields';
import type { ProcessRef } from '../../../context/process-ref';
import { useResource } from '../../../hooks/use-resource';
import { untyped } from '../../../i18n/untyped';
import { getOwnerChoices, type OwnerChoices } from '../../plans/api/plans';
import { invite } from '../api/meetings';

const m = untyped(
  defineMessages({
    title: { id: 'meetings.invite.title', defaultMessage: 'Invite more' },
    people: { id: 'meetings.invite.people', defaultMessage: 'People not invited yet' },
    groups: { id: 'meetings.invite.groups', defaultMessage: 'Stakeholder groups (every member)' },
    workingGroups: { id: 'meetings.invite.workingGroups', defaultMessage: 'Working groups (every member)' },
    send: { id: 'meetings.invite.send', defaultMessage: 'Invite the chosen' },
    sending: { id: 'meetings.invite.sending', defaultMessage: 'Inviting…' },
    nothing: { id: 'meetings.invite.nothing', defaultMessage: 'Choose someone or a group to invite.' },
    done: {
      id: 'meetings.invite.done',
      defaultMessage: '{count, plural, one {# person is invited now} other {# people are invited now}}.',
    },
  }),
);

type Chosen = ReadonlySet<string>;

/** Invites more people, or every member of stakeholder groups or working groups, to a meeting already scheduled. */
export function InvitePanel({
  processRef,
  meetingId,
  invitations,
  onInvited,
}: {
  processRef: ProcessRef;
  meetingId: string;
  invitations: MeetingInvitationList;
  onInvited: (invitations: MeetingInvitationList) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const choices = useResource<OwnerChoices>(`meeting-invitees:${processRef.processId}`, (signal) => getOwnerChoices(processRef, signal));
  const [members, setMembers] = useState<Chosen>(new Set());
  const [groups, setGroups] = useState<Chosen>(new Set());
  const [workingGroups, setWorkingGroups] = useState<Chosen>(new Set());
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!choices.data) return null;
  const invited = new Set(invitations.items.map((invitation) => invitation.member.id));
  const people = choices.data.members.filter((member) => !invited.has(member.userId));
  const flip = (set: Chosen, value: string, on: boolean): Chosen => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  const send = async () => {
    if (members.size + groups.size + workingGroups.size === 0) {
      setErrors([intl.formatMessage(m.nothing)]);
      return;
    }
    setBusy(true);
    setErrors([]);
    setNotice(null);
    try {
      const next = await invite(processRef, meetingId, {
        memberIds: [...members],
        stakeholderGroupIds: [...groups],
        workingGroupIds: [...workingGroups],
      });
      setNotice(intl.formatMessage(m.done, { count: next.items.length }));
      setMembers(new Set());
      setGroups(new Set());
      setWorkingGroups(new Set());
      onInvited(next);
    } catch (error) {
      setErrors([errorMessage(error)]);
    } finally {
      setBusy(false);
    }
  };

  const box = (key: string, label: string, checked: boolean, onToggle: (on: boolean) => void) => (
    <div key={key} className="checkbox">
      <input
        id={`${id}-${key}`}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onToggle(event.target.checked);
        }}
      />
      <label htmlFor={`${id}-${key}`}>{label}</label>
    </div>
  );

  return (
    <details className="stack">
      <summary>{intl.formatMessage(m.title)}</summary>
      <form
        noValidate
        className="form stack"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        {notice ? (
          <p className="alert alert-success" role="status">
            {notice}
          </p>
        ) : null}
        <FormAlert messages={errors} />
        {people.length > 0 ? (
          <fieldset className="field checkbox-group">
            <legend>{intl.formatMessage(m.people)}</legend>
            {people.map((member) =>
              box(`m-${member.userId}`, member.displayName, members.has(member.userId), (on) => {
                setMembers((set) => flip(set, member.userId, on));
              }),
            )}
          </fieldset>
        ) : null}
        {choices.data.stakeholderGroups.length > 0 ? (
          <fieldset className="field checkbox-group">
            <legend>{intl.formatMessage(m.groups)}</legend>
            {choices.data.stakeholderGroups.map((group) =>
              box(`g-${group.id}`, group.name, groups.has(group.id), (on) => {
                setGroups((set) => flip(set, group.id, on));
              }),
            )}
          </fieldset>
        ) : null}
        {choices.data.workingGroups.length > 0 ? (
          <fieldset className="field checkbox-group">
            <legend>{intl.formatMessage(m.workingGroups)}</legend>
            {choices.data.workingGroups.map((group) =>
              box(`w-${group.id}`, group.name, workingGroups.has(group.id), (on) => {
                setWorkingGroups((set) => flip(set, group.id, on));
              }),
            )}
          </fieldset>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {intl.formatMessage(busy ? m.sending : m.send)}
          </button>
        </div>
      </form>
    </details>
  );
}
