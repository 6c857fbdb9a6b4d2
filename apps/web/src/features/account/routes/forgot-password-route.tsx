import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
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

const SCHEMA = { email: text({ required: 'Enter your e-mail address.', max: LIMITS.emailMax }) };

/** `/forgot-password`: asks for a reset link. The answer never says whether an account has the address. */
export function ForgotPasswordRoute() {
  usePageTitle('Forgot your password?');
  const [params] = useSearchParams();
  const [answer, setAnswer] = useState<string | null>(null);
  const { form, submit, formErrors, errorOf } = useCgForm<Values>({
    defaultValues: { email: params.get('email') ?? '' },
    schema: SCHEMA,
    guard: false,
    onSubmit: async (values) => {
      setAnswer(await requestPasswordReset(values.email.trim()));
    },
  });
  return (
    <AuthCard title="Forgot your password?" titleId="forgot-title" footer={<Link to="/sign-in">Back to sign in</Link>}>
      {answer ? (
        <div role="status" className="alert alert-success">
          <p>{answer}</p>
          <p>Check your inbox, and your spam folder. No mail after a few minutes? Check the address and ask again.</p>
        </div>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)} className="form">
          <p>Enter the e-mail address of your account. We will send it a link to set a new password.</p>
          <FormAlert messages={formErrors} />
          <TextField
            label="E-mail address"
            type="email"
            autoComplete="username"
            required
            error={errorOf('email')}
            {...form.register('email')}
          />
          <div className="form-actions">
            <SubmitButton busy={form.formState.isSubmitting} busyLabel="Sending…" className="button button-primary button-wide">
              Send reset link
            </SubmitButton>
          </div>
        </form>
      )}
    </AuthCard>
  );
}
