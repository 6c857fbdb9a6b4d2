import { LIMITS } from '@common-ground/domain';
import { type ReactNode, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { type Account, requestEmailChange } from '../api/account';
import { untyped } from '../../../i18n/untyped';

interface Values {
  newEmail: string;
  currentPassword: string;
}

const m = untyped(
  defineMessages({
    newEmailRequired: { id: 'account.email.newRequired', defaultMessage: 'Enter the new e-mail address.' },
    currentPasswordRequired: { id: 'account.currentPasswordRequired', defaultMessage: 'Enter your current password.' },
    current: { id: 'account.email.current', defaultMessage: 'Your e-mail address is <strong>{email}</strong>.' },
    sent: {
      id: 'account.email.sent',
      defaultMessage: 'We sent a confirmation link to <strong>{email}</strong>. Your address changes when you open it.',
    },
    newEmail: { id: 'account.email.new', defaultMessage: 'New e-mail address' },
    currentPassword: { id: 'account.currentPassword', defaultMessage: 'Current password' },
    sending: { id: 'account.sending', defaultMessage: 'Sending…' },
    send: { id: 'account.email.send', defaultMessage: 'Send confirmation link' },
  }),
);

const SCHEMA = {
  newEmail: text({ required: m.newEmailRequired, max: LIMITS.emailMax }),
  currentPassword: text({ required: m.currentPasswordRequired, max: LIMITS.passwordMax }),
};
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Asks for a confirmation link at the new address; the address changes only once that link is opened. */
export function EmailForm({ account, onRequested }: { account: Account; onRequested: (pendingEmail: string) => void }) {
  const intl = useIntl();
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
      <p>{intl.formatMessage(m.current, { email: account.email, strong })}</p>
      {pending ? (
        <p role="status" className="alert alert-success">
          {intl.formatMessage(m.sent, { email: pending, strong })}
        </p>
      ) : null}
      <FormAlert messages={formErrors} />
      <TextField
        label={intl.formatMessage(m.newEmail)}
        type="email"
        autoComplete="email"
        required
        error={errorOf('newEmail')}
        {...form.register('newEmail')}
      />
      <TextField
        label={intl.formatMessage(m.currentPassword)}
        type="password"
        autoComplete="current-password"
        required
        error={errorOf('currentPassword')}
        {...form.register('currentPassword')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel={intl.formatMessage(m.sending)}>
          {intl.formatMessage(m.send)}
        </SubmitButton>
      </div>
    </form>
  );
}
