import { LIMITS, ROLE_LABELS, WORKSPACE_ROLES, type WorkspaceRole } from '@common-ground/domain';
import { useState } from 'react';
import { type Invitation } from '../../../api';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { InvitationSent } from '../../../components/invitation-mail';
import { createInvitation } from '../api/workspaces';
import { useCgForm } from '../../../forms/use-cg-form';

interface Values {
  email: string;
  role: WorkspaceRole;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteForm({ workspaceId, onInvited }: { workspaceId: string; onInvited: (invitation: Invitation) => void }) {
  const [created, setCreated] = useState<Invitation | null>(null);
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: { email: '', role: 'member' },
    fields: ['email', 'role'],
    onSubmit: async (values) => {
      setCreated(null);
      const invitation = await createInvitation(workspaceId, { email: values.email.trim(), role: values.role });
      setCreated(invitation);
      form.reset();
      onInvited(invitation);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <>
      <form noValidate onSubmit={(event) => void submit(event)} className="form form-inline">
        <FormAlert messages={formErrors} />
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
        <SelectField
          label="Role"
          options={WORKSPACE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          error={errors.role?.message}
          {...register('role')}
        />
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel="Inviting…">
            Invite
          </SubmitButton>
        </div>
      </form>
      <div role="status">{created ? <InvitationSent invitation={created} /> : null}</div>
    </>
  );
}
