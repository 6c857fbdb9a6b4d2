import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { usePageTitle } from '../../../hooks/use-page-title';
import { AuthCard } from '../../auth/components/auth-card';
import { requestPasswordReset } from '../api/account';

interface Values {
  email: string;
}

const m = defineMessages({
  emailRequired: { id: 'account.forgot.emailRequired', defaultMessage: 'Enter your e-mail address.' },
  title: { id: 'account.forgot.title', defaultMessage: 'Forgot your password?' },
  back: { id: 'account.forgot.back', defaultMessage: 'Back to sign in' },
  answer: {
    id: 'account.forgot.answer',
    defaultMessage: 'If an account uses this address, we have sent it a link to set a new password. The link works for one hour.',
  },
  inbox: {
    id: 'account.forgot.inbox',
    defaultMessage: 'Check your inbox, and your spam folder. No mail after a few minutes? Check the address and ask again.',
  },
  intro: {
    id: 'account.forgot.intro',
    defaultMessage: 'Enter the e-mail address of your account. We will send it a link to set a new password.',
  },
  email: { id: 'account.forgot.email', defaultMessage: 'E-mail address' },
  sending: { id: 'account.sending', defaultMessage: 'Sending…' },
  send: { id: 'account.forgot.send', defaultMessage: 'Send reset link' },
});

const SCHEMA = { email: text({ required: m.emailRequired, max: LIMITS.emailMax }) };

/** `/forgot-password`: asks for a reset link. The answer never says whether an account has the address. */
export function ForgotPasswordRoute() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
  const [params] = useSearchParams();
  const [answered, setAnswered] = useState(false);
  const { form, submit, formErrors, errorOf } = useCgForm<Values>({
    defaultValues: { email: params.get('email') ?? '' },
    schema: SCHEMA,
    guard: false,
    onSubmit: async (values) => {
      // The API's answer is always the same sentence (it never says whether the address has an account): say it here, in the screen's language.
      await requestPasswordReset(values.email.trim());
      setAnswered(true);
    },
  });
  return (
    <AuthCard title={intl.formatMessage(m.title)} titleId="forgot-title" footer={<Link to="/sign-in">{intl.formatMessage(m.back)}</Link>}>
      {answered ? (
        <div role="status" className="alert alert-success">
          <p>{intl.formatMessage(m.answer)}</p>
          <p>{intl.formatMessage(m.inbox)}</p>
        </div>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)} className="form">
          <p>{intl.formatMessage(m.intro)}</p>
          <FormAlert messages={formErrors} />
          <TextField
            label={intl.formatMessage(m.email)}
            type="email"
            autoComplete="username"
            required
            error={errorOf('email')}
            {...form.register('email')}
          />
          <div className="form-actions">
            <SubmitButton
              busy={form.formState.isSubmitting}
              busyLabel={intl.formatMessage(m.sending)}
              className="button button-primary button-wide"
            >
              {intl.formatMessage(m.send)}
            </SubmitButton>
          </div>
        </form>
      )}
    </AuthCard>
  );
}
