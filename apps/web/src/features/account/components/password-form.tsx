import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { changePassword } from '../api/account';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const SCHEMA = {
  currentPassword: text({ required: 'Enter your current password.', max: LIMITS.passwordMax }),
  newPassword: text({ required: 'Enter a new password.', min: LIMITS.passwordMin, max: LIMITS.passwordMax }),
  repeatPassword: (value: unknown, values: Values) => (value === values.newPassword ? null : 'The two new passwords are not the same.'),
};

/** A new password; the person's other sessions end, this one stays signed in. */
export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const [changed, setChanged] = useState(false);
  const { form, submit, formErrors, errorOf } = useCgForm<Values>({
    defaultValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    schema: SCHEMA,
    fields: ['currentPassword', 'newPassword'],
    onSubmit: async (values) => {
      setChanged(false);
      await changePassword(values.currentPassword, values.newPassword);
      form.reset({ currentPassword: '', newPassword: '', repeatPassword: '' });
      setChanged(true);
      onChanged();
    },
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
      <FormAlert messages={formErrors} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errorOf('currentPassword')}
        {...form.register('currentPassword')}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${String(LIMITS.passwordMin)} characters. A few unrelated words make a strong password.`}
        required
        error={errorOf('newPassword')}
        {...form.register('newPassword')}
      />
      <TextField
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        error={errorOf('repeatPassword')}
        {...form.register('repeatPassword')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel="Changing…">
          Change password
        </SubmitButton>
        <p role="status" className="form-status">
          {changed ? 'Password changed. Your other sessions were signed out.' : ''}
        </p>
      </div>
    </form>
  );
}
