import { LIMITS, PROCESS_INVITATION_ROLE_LABELS, PROCESS_INVITATION_ROLES, type ProcessInvitationRole } from '@common-ground/domain';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { errorMessage, type ProcessInvitation, type ProcessMember, type StakeholderGroup } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { InvitationLink } from '../../../components/invitation-link';
import { EmptyState, ErrorState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { inviteToProcess, listInvitationChoices, listProcessInvitations, revokeProcessInvitation } from '../api/selection';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROLE_OPTIONS = PROCESS_INVITATION_ROLES.map((role) => ({ value: role, label: PROCESS_INVITATION_ROLE_LABELS[role] }));

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
  const choices = useResource<Choices>(`invitation-choices:${processRef.processId}`, (signal) => listInvitationChoices(processRef, signal));
  const [status, setStatus] = useState('');

  const describe = (invitation: ProcessInvitation) => {
    const group = choices.data?.groups.find((item) => item.id === invitation.stakeholderGroupId)?.name;
    const principal = choices.data?.principals.find((item) => item.userId === invitation.alternateFor)?.displayName;
    return [
      PROCESS_INVITATION_ROLE_LABELS[invitation.role],
      principal ? `for ${principal}` : null,
      group ? `representing ${group}` : null,
      invitation.prospect ? `· prospect ${invitation.prospect.name}` : null,
    ]
      .filter(Boolean)
      .join(' ');
  };

  return (
    <section className="panel" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      <p className="muted">
        Invite people to this process with a role. They accept with a new or an existing account and become active members. There is no
        e-mail yet: pass the link on yourself.
      </p>
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
      <h3>Pending invitations</h3>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={pending} loading="Loading invitations…" />
      {pending.data?.length === 0 ? <EmptyState title="No pending invitations" /> : null}
      {pending.data && pending.data.length > 0 ? (
        <ul className="rows" aria-label="Pending invitations">
          {pending.data.map((invitation) => (
            <li key={invitation.id} className="row">
              <div className="row-main">
                <p className="row-title">{invitation.email}</p>
                <p className="row-meta">
                  {describe(invitation)} · invited by {invitation.invitedBy} · valid until {fmt.date(invitation.expiresAt)}
                </p>
              </div>
              <div className="row-actions">
                <ConfirmButton
                  className="button button-danger-quiet"
                  aria-label={`Revoke the invitation for ${invitation.email}`}
                  title="Revoke this invitation?"
                  message={`The link sent to ${invitation.email} will stop working.`}
                  confirmLabel="Revoke"
                  describeError={errorMessage}
                  onConfirm={async () => {
                    await revokeProcessInvitation(processRef, invitation.id);
                    pending.setData((items) => items.filter((item) => item.id !== invitation.id));
                    setStatus(`The invitation for ${invitation.email} was revoked.`);
                  }}
                >
                  Revoke
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
      <form noValidate className="form" aria-label="Invite someone to the process" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <div className="field-pair">
          <TextField
            label="E-mail address"
            type="email"
            autoComplete="off"
            required
            error={errors.email?.message}
            {...register('email', {
              required: 'Enter the e-mail address of the person to invite.',
              maxLength: { value: LIMITS.emailMax, message: `Use at most ${String(LIMITS.emailMax)} characters.` },
              pattern: { value: EMAIL_PATTERN, message: 'Enter an e-mail address like name@example.org.' },
            })}
          />
          <SelectField label="Role in the process" options={ROLE_OPTIONS} error={errors.role?.message} {...register('role')} />
        </div>
        {represents ? (
          <div className="field-pair">
            <SelectField
              label="Stakeholder group represented"
              hint={choices.groups.length ? undefined : 'Add stakeholder groups on the Members tab first.'}
              options={[
                { value: '', label: 'No group' },
                ...choices.groups.map((group) => ({
                  value: group.id,
                  label: group.indispensable ? `${group.name} (indispensable)` : group.name,
                })),
              ]}
              error={errors.stakeholderGroupId?.message}
              {...register('stakeholderGroupId')}
            />
            {role === 'alternate' ? (
              <SelectField
                label="Alternate for"
                required
                options={[
                  { value: '', label: 'Choose a participant' },
                  ...choices.principals.map((member) => ({ value: member.userId, label: member.displayName })),
                ]}
                error={errors.alternateFor?.message}
                {...register('alternateFor', {
                  validate: (value, all) =>
                    all.role !== 'alternate' || value ? true : 'Choose the participant this alternate stands in for.',
                })}
              />
            ) : null}
          </div>
        ) : null}
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel="Inviting…">
            Invite
          </SubmitButton>
        </div>
      </form>
      <div role="status">
        {created?.acceptUrl ? <InvitationLink email={created.email} expiresAt={created.expiresAt} acceptUrl={created.acceptUrl} /> : null}
      </div>
    </>
  );
}
