import { LIMITS, PROCESS_INVITATION_ROLE_LABELS, PROCESS_INVITATION_ROLES, type ProcessInvitationRole } from '@common-ground/domain';
import { useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { errorMessage } from '../../../api';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { InvitationSent } from '../../../components/invitation-mail';
import { ErrorState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { inviteProspect, listGroups, type ProspectDetail, type ProspectInvitation } from '../api/register';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// An alternate stands in for a participant chosen from the members: the Selection tab's invitations offer that.
const ROLE_OPTIONS = PROCESS_INVITATION_ROLES.filter((role) => role !== 'alternate').map((role) => ({
  value: role,
  label: PROCESS_INVITATION_ROLE_LABELS[role],
}));

interface Values {
  email: string;
  role: Exclude<ProcessInvitationRole, 'alternate'>;
  stakeholderGroupId: string;
}

/**
 * "Invite to the process" on a prospect's page: the process invitation linked to the prospect, so they
 * become invited now and active when they accept. The link goes to them by e-mail.
 */
export function ProspectInvitation({
  processRef,
  prospect,
  onInvited,
}: {
  processRef: ProcessRef;
  prospect: ProspectDetail;
  onInvited: (invitation: ProspectInvitation) => void;
}) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<ProspectInvitation | null>(null);
  const formId = useId();
  const alreadyInvited = prospect.status === 'invited';

  return (
    <section className="panel" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Invitation to the process</h2>
      <p className="muted">
        {alreadyInvited
          ? 'This prospect has been invited. Send a new invitation only if the earlier link expired; revoke a pending one on the Selection tab first.'
          : 'Invite this person with a role. They accept with a new or an existing account, take part in the process and become active here.'}
      </p>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => {
          setCreated(null);
          setOpen(!open);
        }}
      >
        Invite to the process
      </button>
      {open ? (
        <InviteForm
          id={formId}
          processRef={processRef}
          prospect={prospect}
          onCancel={() => setOpen(false)}
          onInvited={(invitation) => {
            setOpen(false);
            setCreated(invitation);
            onInvited(invitation);
          }}
        />
      ) : null}
      <div role="status">{created ? <InvitationSent invitation={created} /> : null}</div>
    </section>
  );
}

function InviteForm({
  id,
  processRef,
  prospect,
  onCancel,
  onInvited,
}: {
  id: string;
  processRef: ProcessRef;
  prospect: ProspectDetail;
  onCancel: () => void;
  onInvited: (invitation: ProspectInvitation) => void;
}) {
  const groups = useResource(`stakeholder-groups:${processRef.processId}`, (signal) => listGroups(processRef, signal));
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: { email: prospect.email ?? '', role: 'participant', stakeholderGroupId: '' },
    // The prospect's own problems (a status that cannot become invited) come back on prospectId: shown at the top.
    fields: ['email', 'role', 'stakeholderGroupId'],
    onSubmit: async (values) => {
      onInvited(
        await inviteProspect(processRef, prospect.id, {
          email: values.email.trim(),
          role: values.role,
          stakeholderGroupId: values.role === 'participant' && values.stakeholderGroupId ? values.stakeholderGroupId : undefined,
        }),
      );
    },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const represents = useWatch({ control, name: 'role' }) === 'participant';

  return (
    <form
      id={id}
      noValidate
      className="form"
      aria-label={`Invite ${prospect.name} to the process`}
      onSubmit={(event) => void submit(event)}
    >
      <FormAlert messages={formErrors} />
      <div className="field-pair">
        <TextField
          label="E-mail address"
          type="email"
          autoComplete="off"
          required
          hint={prospect.email === undefined ? 'Your role does not show the prospect’s address: enter the one they gave you.' : undefined}
          error={errors.email?.message}
          {...register('email', {
            required: 'Enter the e-mail address to send the invitation to.',
            maxLength: { value: LIMITS.emailMax, message: `Use at most ${String(LIMITS.emailMax)} characters.` },
            pattern: { value: EMAIL_PATTERN, message: 'Enter an e-mail address like name@example.org.' },
          })}
        />
        <SelectField label="Role in the process" options={ROLE_OPTIONS} error={errors.role?.message} {...register('role')} />
      </div>
      {represents ? (
        groups.error ? (
          <ErrorState message={errorMessage(groups.error)} onRetry={groups.reload} />
        ) : (
          <SelectField
            label="Stakeholder group represented"
            hint={groups.data && !groups.data.items.length ? 'Add stakeholder groups on the Members tab first.' : undefined}
            options={[
              { value: '', label: 'No group' },
              ...(groups.data?.items ?? []).map((group) => ({
                value: group.id,
                label: group.indispensable ? `${group.name} (indispensable)` : group.name,
              })),
            ]}
            error={errors.stakeholderGroupId?.message}
            {...register('stakeholderGroupId')}
          />
        )
      ) : null}
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Inviting…">
          Send the invitation
        </SubmitButton>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
