import { LIMITS, ROLE_LABELS, WORKSPACE_ROLES, type WorkspaceRole } from '@common-ground/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors, type Invitation } from '../../../api';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { InvitationLink } from '../../../components/invitation-link';
import { createInvitation } from '../api/workspaces';

interface Values {
  email: string;
  role: WorkspaceRole;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteForm({ workspaceId, onInvited }: { workspaceId: string; onInvited: (invitation: Invitation) => void }) {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [created, setCreated] = useState<Invitation | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { email: '', role: 'member' } });

  const onSubmit = async (values: Values) => {
    setFormErrors([]);
    setCreated(null);
    try {
      const invitation = await createInvitation(workspaceId, { email: values.email.trim(), role: values.role });
      setCreated(invitation);
      reset();
      onInvited(invitation);
    } catch (error) {
      setFormErrors(applyFieldErrors(error, setError, ['email', 'role']));
    }
  };

  return (
    <>
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} className="form form-inline">
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
      <div role="status">
        {created?.acceptUrl ? <InvitationLink email={created.email} expiresAt={created.expiresAt} acceptUrl={created.acceptUrl} /> : null}
      </div>
    </>
  );
}
