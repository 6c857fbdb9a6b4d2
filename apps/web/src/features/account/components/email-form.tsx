import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { type Account, requestEmailChange } from '../api/account';

interface Values {
  newEmail: string;
  currentPassword: string;
}

const SCHEMA = {
  newEmail: text({ required: 'Enter the new e-mail address.', max: LIMITS.emailMax }),
  currentPassword: text({ required: 'Enter your current password.', max: LIMITS.passwordMax }),
};

/** Asks for a confirmation link at the new address; the address changes only once that link is opened. */
export function EmailForm({ account, onRequested }: { account: Account; onRequested: (pendingEmail: string) => void }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, formErrors, errorOf } = useCgForm<Values>({
    defaultValues: { newEmail: '', currentPassword: '' },
    schema: SCHEMA,
    onSubmit: async (values) => {
      setSentTo(null);
      const requested = await requestEmailChange(values.newEmail.trim(), values.currentPassword);
      form.reset({ newEmail: '', currentPassword: '' });
      setSentTo(requested.pendingEmail);
      onRequested(requested.pendingEmail);
    },
  });
  const pending = sentTo ?? account.pendingEmail;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
      <p>
        Your e-mail address is <strong>{account.email}</strong>.
      </p>
      {pending ? (
        <p role="status" className="alert alert-success">
          We sent a confirmation link to <strong>{pending}</strong>. Your address changes when you open it.
        </p>
      ) : null}
      <FormAlert messages={formErrors} />
      <TextField
        label="New e-mail address"
        type="email"
        autoComplete="email"
        required
        error={errorOf('newEmail')}
        {...form.register('newEmail')}
      />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errorOf('currentPassword')}
        {...form.register('currentPassword')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel="Sending…">
          Send confirmation link
        </SubmitButton>
      </div>
    </form>
  );
}
