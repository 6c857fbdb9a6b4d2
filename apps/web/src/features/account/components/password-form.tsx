import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { changePassword } from '../api/account';
import { untyped } from '../../../i18n/untyped';
import { translate } from '../../../i18n/current-intl';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const m = untyped(
  defineMessages({
    currentPasswordRequired: { id: 'account.currentPasswordRequired', defaultMessage: 'Enter your current password.' },
    newPasswordRequired: { id: 'account.password.newRequired', defaultMessage: 'Enter a new password.' },
    notSame: { id: 'account.password.notSame', defaultMessage: 'The two new passwords are not the same.' },
    currentPassword: { id: 'account.currentPassword', defaultMessage: 'Current password' },
    newPassword: { id: 'account.password.new', defaultMessage: 'New password' },
    hint: {
      id: 'account.password.hint',
      defaultMessage: 'At least {min} characters. A few unrelated words make a strong password.',
    },
    repeat: { id: 'account.password.repeat', defaultMessage: 'Repeat the new password' },
    changing: { id: 'account.password.changing', defaultMessage: 'Changing…' },
    change: { id: 'account.password.change', defaultMessage: 'Change password' },
    changed: { id: 'account.password.changed', defaultMessage: 'Password changed. Your other sessions were signed out.' },
  }),
);

const SCHEMA = {
  currentPassword: text({ required: m.currentPasswordRequired, max: LIMITS.passwordMax }),
  newPassword: text({ required: m.newPasswordRequired, min: LIMITS.passwordMin, max: LIMITS.passwordMax }),
  repeatPassword: (value: unknown, values: Values) => (value === values.newPassword ? null : translate(m.notSame)),
};

/** A new password; the person's other sessions end, this one stays signed in. */
export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const intl = useIntl();
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
        label={intl.formatMessage(m.currentPassword)}
        type="password"
        autoComplete="current-password"
        required
        error={errorOf('currentPassword')}
        {...form.register('currentPassword')}
      />
      <TextField
        label={intl.formatMessage(m.newPassword)}
        type="password"
        autoComplete="new-password"
        hint={intl.formatMessage(m.hint, { min: LIMITS.passwordMin })}
        required
        error={errorOf('newPassword')}
        {...form.register('newPassword')}
      />
      <TextField
        label={intl.formatMessage(m.repeat)}
        type="password"
        autoComplete="new-password"
        required
        error={errorOf('repeatPassword')}
        {...form.register('repeatPassword')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel={intl.formatMessage(m.changing)}>
          {intl.formatMessage(m.change)}
        </SubmitButton>
        <p role="status" className="form-status">
          {changed ? intl.formatMessage(m.changed) : null}
        </p>
      </div>
    </form>
  );
}
