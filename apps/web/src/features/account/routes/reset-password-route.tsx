import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { usePageTitle } from '../../../hooks/use-page-title';
import { AuthCard } from '../../auth/components/auth-card';
import { translate } from '../../../i18n/current-intl';
import { untyped } from '../../../i18n/untyped';
import { resetPassword } from '../api/account';

interface Values {
  password: string;
  repeatPassword: string;
}

const m = untyped(
  defineMessages({
    passwordRequired: { id: 'account.password.newRequired', defaultMessage: 'Enter a new password.' },
    notSame: { id: 'account.reset.notSame', defaultMessage: 'The two passwords are not the same.' },
    title: { id: 'account.reset.title', defaultMessage: 'Set a new password' },
    askAgain: { id: 'account.reset.askAgain', defaultMessage: 'Ask for a new link' },
    done: { id: 'account.reset.done', defaultMessage: 'Your password is set. Every session of your account was signed out.' },
    signIn: { id: 'account.reset.signIn', defaultMessage: 'Sign in' },
    newPassword: { id: 'account.password.new', defaultMessage: 'New password' },
    hint: {
      id: 'account.password.hint',
      defaultMessage: 'At least {min} characters. A few unrelated words make a strong password.',
    },
    repeat: { id: 'account.password.repeat', defaultMessage: 'Repeat the new password' },
    saving: { id: 'account.reset.saving', defaultMessage: 'Saving…' },
    set: { id: 'account.reset.set', defaultMessage: 'Set new password' },
  }),
);

const SCHEMA = {
  password: text({ required: m.passwordRequired, min: LIMITS.passwordMin, max: LIMITS.passwordMax }),
  repeatPassword: (value: unknown, values: Values) => (value === values.password ? null : translate(m.notSame)),
};

/** `/reset-password/:token` (or `?token=`): sets a new password with the link from the mail. */
export function ResetPasswordRoute() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
  const { token: fromPath } = useParams();
  const [params] = useSearchParams();
  const token = fromPath ?? params.get('token') ?? '';
  const [done, setDone] = useState(false);
  const { form, submit, formErrors, errorOf } = useCgForm<Values>({
    defaultValues: { password: '', repeatPassword: '' },
    schema: SCHEMA,
    fields: ['password'],
    onSubmit: async (values) => {
      await resetPassword(token, values.password);
      form.reset({ password: '', repeatPassword: '' });
      setDone(true);
    },
  });
  return (
    <AuthCard
      title={intl.formatMessage(m.title)}
      titleId="reset-title"
      footer={<Link to="/forgot-password">{intl.formatMessage(m.askAgain)}</Link>}
    >
      {done ? (
        <div role="status" className="alert alert-success">
          <p>{intl.formatMessage(m.done)}</p>
          <p>
            <Link to="/sign-in" className="button button-primary">
              {intl.formatMessage(m.signIn)}
            </Link>
          </p>
        </div>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)} className="form">
          <FormAlert messages={formErrors} />
          <TextField
            label={intl.formatMessage(m.newPassword)}
            type="password"
            autoComplete="new-password"
            hint={intl.formatMessage(m.hint, { min: LIMITS.passwordMin })}
            required
            error={errorOf('password')}
            {...form.register('password')}
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
            <SubmitButton
              busy={form.formState.isSubmitting}
              busyLabel={intl.formatMessage(m.saving)}
              className="button button-primary button-wide"
            >
              {intl.formatMessage(m.set)}
            </SubmitButton>
          </div>
        </form>
      )}
    </AuthCard>
  );
}
