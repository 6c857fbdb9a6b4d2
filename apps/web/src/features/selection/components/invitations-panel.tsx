import { LIMITS, PROCESS_INVITATION_ROLES, type ProcessInvitationRole } from '@common-ground/domain';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { defineMessages, type IntlShape, useIntl } from 'react-intl';
import { errorMessage, type ProcessInvitation, type ProcessMember, type StakeholderGroup } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { InvitationMailStatus, InvitationSent, useRecheckWhileQueued } from '../../../components/invitation-mail';
import { EmptyState, ErrorState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { inviteToProcess, listInvitationChoices, listProcessInvitations, revokeProcessInvitation } from '../api/selection';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import { INVITATION_ROLE_MESSAGES } from '../../../i18n/domain-labels';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const roleOptions = (intl: IntlShape) =>
  PROCESS_INVITATION_ROLES.map((role) => ({ value: role, label: intl.formatMessage(INVITATION_ROLE_MESSAGES[role]) }));

const m = untyped(
  defineMessages({
    forPrincipal: { id: 'selection.invitations.forPrincipal', defaultMessage: 'for {name}' },
    representing: { id: 'selection.invitations.representing', defaultMessage: 'representing {group}' },
    prospect: { id: 'selection.invitations.prospect', defaultMessage: '· prospect {name}' },
    title: { id: 'selection.invitations.title', defaultMessage: 'Invitations' },
    intro: {
      id: 'selection.invitations.intro',
      defaultMessage:
        'Invite people to this process with a role. We e-mail them a link; they accept with a new or an existing account and become active members. If an e-mail cannot be delivered, its link shows below to pass on another way.',
    },
    pending: { id: 'selection.invitations.pending', defaultMessage: 'Pending invitations' },
    loading: { id: 'selection.invitations.loading', defaultMessage: 'Loading invitations…' },
    none: { id: 'selection.invitations.none', defaultMessage: 'No pending invitations' },
    meta: { id: 'selection.invitations.meta', defaultMessage: '{description} · invited by {inviter} · valid until {date}' },
    revokeLabel: { id: 'selection.invitations.revokeLabel', defaultMessage: 'Revoke the invitation for {email}' },
    revokeTitle: { id: 'selection.invitations.revokeTitle', defaultMessage: 'Revoke this invitation?' },
    revokeMessage: { id: 'selection.invitations.revokeMessage', defaultMessage: 'The link sent to {email} will stop working.' },
    revoke: { id: 'selection.invitations.revoke', defaultMessage: 'Revoke' },
    revoked: { id: 'selection.invitations.revoked', defaultMessage: 'The invitation for {email} was revoked.' },
    formLabel: { id: 'selection.invitations.formLabel', defaultMessage: 'Invite someone to the process' },
    email: { id: 'selection.invitations.email', defaultMessage: 'E-mail address' },
    emailMissing: { id: 'selection.invitations.emailMissing', defaultMessage: 'Enter the e-mail address of the person to invite.' },
    tooLong: { id: 'selection.invitations.tooLong', defaultMessage: 'Use at most {max} characters.' },
    emailInvalid: { id: 'selection.invitations.emailInvalid', defaultMessage: 'Enter an e-mail address like name@example.org.' },
    role: { id: 'selection.invitations.role', defaultMessage: 'Role in the process' },
    group: { id: 'selection.invitations.group', defaultMessage: 'Stakeholder group represented' },
    groupHint: { id: 'selection.invitations.groupHint', defaultMessage: 'Add stakeholder groups on the Members tab first.' },
    noGroup: { id: 'selection.invitations.noGroup', defaultMessage: 'No group' },
    indispensable: { id: 'selection.invitations.indispensable', defaultMessage: '{name} (indispensable)' },
    alternateFor: { id: 'selection.invitations.alternateFor', defaultMessage: 'Alternate for' },
    choosePrincipal: { id: 'selection.invitations.choosePrincipal', defaultMessage: 'Choose a participant' },
    principalMissing: {
      id: 'selection.invitations.principalMissing',
      defaultMessage: 'Choose the participant this alternate stands in for.',
    },
    inviting: { id: 'selection.invitations.inviting', defaultMessage: 'Inviting…' },
    invite: { id: 'selection.invitations.invite', defaultMessage: 'Invite' },
  }),
);

interface Values {
  email: string;
  role: ProcessInvitationRole;
  stakeholderGroupId: string;
  alternateFor: string;
}

interface Choices {
  groups: StakeholderGroup[];
  principals: ProcessMember[];
}

/** Invitations to this process with a role; the invitee accepts with a new or an existing account. */
export function InvitationsPanel({ processRef }: { processRef: ProcessRef }) {
  const fmt = useFormat();
  const pending = useResource<ProcessInvitation[]>(`process-invitations:${processRef.processId}`, (signal) =>
    listProcessInvitations(processRef, signal),
  );
  useRecheckWhileQueued(pending.data, pending.reload);
  const choices = useResource<Choices>(`invitation-choices:${processRef.processId}`, (signal) => listInvitationChoices(processRef, signal));
  const [status, setStatus] = useState('');
  const intl = useIntl();

  const describe = (invitation: ProcessInvitation) => {
    const group = choices.data?.groups.find((item) => item.id === invitation.stakeholderGroupId)?.name;
    const principal = choices.data?.principals.find((item) => item.userId === invitation.alternateFor)?.displayName;
    return [
      intl.formatMessage(INVITATION_ROLE_MESSAGES[invitation.role]),
      principal ? intl.formatMessage(m.forPrincipal, { name: principal }) : null,
      group ? intl.formatMessage(m.representing, { group }) : null,
      invitation.prospect ? intl.formatMessage(m.prospect, { name: invitation.prospect.name }) : null,
    ]
      .filter(Boolean)
      .join(' ');
  };

  return (
    <section className="panel" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      {choices.error ? <ErrorState message={errorMessage(choices.error)} onRetry={choices.reload} /> : null}
      {choices.data ? (
        <InviteForm
          processRef={processRef}
          choices={choices.data}
          onInvited={(invitation) => {
            pending.setData((items) => [invitation, ...items]);
          }}
        />
      ) : null}
      <h3>{intl.formatMessage(m.pending)}</h3>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={pending} loading={intl.formatMessage(m.loading)} />
      {pending.data?.length === 0 ? <EmptyState title={intl.formatMessage(m.none)} /> : null}
      {pending.data && pending.data.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(m.pending)}>
          {pending.data.map((invitation) => (
            <li key={invitation.id} className="row">
              <div className="row-main">
                <p className="row-title">{invitation.email}</p>
                <p className="row-meta">
                  {intl.formatMessage(m.meta, {
                    description: describe(invitation),
                    inviter: invitation.invitedBy,
                    date: fmt.date(invitation.expiresAt),
                  })}
                </p>
                <InvitationMailStatus invitation={invitation} />
              </div>
              <div className="row-actions">
                <ConfirmButton
                  className="button button-danger-quiet"
                  aria-label={intl.formatMessage(m.revokeLabel, { email: invitation.email })}
                  title={intl.formatMessage(m.revokeTitle)}
                  message={intl.formatMessage(m.revokeMessage, { email: invitation.email })}
                  confirmLabel={intl.formatMessage(m.revoke)}
                  describeError={errorMessage}
                  onConfirm={async () => {
                    await revokeProcessInvitation(processRef, invitation.id);
                    pending.setData((items) => items.filter((item) => item.id !== invitation.id));
                    setStatus(intl.formatMessage(m.revoked, { email: invitation.email }));
                  }}
                >
                  {intl.formatMessage(m.revoke)}
                </ConfirmButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function InviteForm({
  processRef,
  choices,
  onInvited,
}: {
  processRef: ProcessRef;
  choices: Choices;
  onInvited: (invitation: ProcessInvitation) => void;
}) {
  const [created, setCreated] = useState<ProcessInvitation | null>(null);
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: { email: '', role: 'participant', stakeholderGroupId: '', alternateFor: '' },
    fields: ['email', 'role', 'stakeholderGroupId', 'alternateFor'],
    onSubmit: async (values) => {
      setCreated(null);
      const invitation = await inviteToProcess(processRef, {
        email: values.email.trim(),
        role: values.role,
        stakeholderGroupId: represents && values.stakeholderGroupId ? values.stakeholderGroupId : undefined,
        alternateFor: values.role === 'alternate' ? values.alternateFor || undefined : undefined,
      });
      setCreated(invitation);
      form.reset({ email: '', role: values.role, stakeholderGroupId: '', alternateFor: '' });
      onInvited(invitation);
    },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const role = useWatch({ control, name: 'role' });
  const represents = role === 'participant' || role === 'alternate';

  return (
    <>
      <form noValidate className="form" aria-label={intl.formatMessage(m.formLabel)} onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <div className="field-pair">
          <TextField
            label={intl.formatMessage(m.email)}
            type="email"
            autoComplete="off"
            required
            error={errors.email?.message}
            {...register('email', {
              required: intl.formatMessage(m.emailMissing),
              maxLength: { value: LIMITS.emailMax, message: intl.formatMessage(m.tooLong, { max: LIMITS.emailMax }) },
              pattern: { value: EMAIL_PATTERN, message: intl.formatMessage(m.emailInvalid) },
            })}
          />
          <SelectField label={intl.formatMessage(m.role)} options={roleOptions(intl)} error={errors.role?.message} {...register('role')} />
        </div>
        {represents ? (
          <div className="field-pair">
            <SelectField
              label={intl.formatMessage(m.group)}
              hint={choices.groups.length ? undefined : intl.formatMessage(m.groupHint)}
              options={[
                { value: '', label: intl.formatMessage(m.noGroup) },
                ...choices.groups.map((group) => ({
                  value: group.id,
                  label: group.indispensable ? intl.formatMessage(m.indispensable, { name: group.name }) : group.name,
                })),
              ]}
              error={errors.stakeholderGroupId?.message}
              {...register('stakeholderGroupId')}
            />
            {role === 'alternate' ? (
              <SelectField
                label={intl.formatMessage(m.alternateFor)}
                required
                options={[
                  { value: '', label: intl.formatMessage(m.choosePrincipal) },
                  ...choices.principals.map((member) => ({ value: member.userId, label: member.displayName })),
                ]}
                error={errors.alternateFor?.message}
                {...register('alternateFor', {
                  validate: (value, all) => (all.role !== 'alternate' || value ? true : intl.formatMessage(m.principalMissing)),
                })}
              />
            ) : null}
          </div>
        ) : null}
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.inviting)}>
            {intl.formatMessage(m.invite)}
          </SubmitButton>
        </div>
      </form>
      <div role="status">{created ? <InvitationSent invitation={created} /> : null}</div>
    </>
  );
}
