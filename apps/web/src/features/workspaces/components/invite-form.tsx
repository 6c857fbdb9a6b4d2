import { LIMITS, WORKSPACE_ROLES, type WorkspaceRole } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { type Invitation } from '../../../api';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { InvitationSent } from '../../../components/invitation-mail';
import { createInvitation } from '../api/workspaces';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import { ROLE_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    email: { id: 'workspaces.invite.email', defaultMessage: 'E-mail address' },
    emailMissing: { id: 'workspaces.invite.emailMissing', defaultMessage: 'Enter the e-mail address of the person to invite.' },
    tooLong: { id: 'workspaces.invite.tooLong', defaultMessage: 'Use at most {max} characters.' },
    emailInvalid: { id: 'workspaces.invite.emailInvalid', defaultMessage: 'Enter an e-mail address like name@example.org.' },
    role: { id: 'workspaces.invite.role', defaultMessage: 'Role' },
    inviting: { id: 'workspaces.invite.inviting', defaultMessage: 'Inviting…' },
    invite: { id: 'workspaces.invite.invite', defaultMessage: 'Invite' },
  }),
);

interface Values {
  email: string;
  role: WorkspaceRole;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteForm({ workspaceId, onInvited }: { workspaceId: string; onInvited: (invitation: Invitation) => void }) {
  const [created, setCreated] = useState<Invitation | null>(null);
  const intl = useIntl();
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
        <SelectField
          label={intl.formatMessage(m.role)}
          options={WORKSPACE_ROLES.map((role) => ({ value: role, label: intl.formatMessage(ROLE_MESSAGES[role]) }))}
          error={errors.role?.message}
          {...register('role')}
        />
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
