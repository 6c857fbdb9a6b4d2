import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { usePageTitle } from '../../../hooks/use-page-title';
import { AuthCard } from '../../auth/components/auth-card';
import { resetPassword } from '../api/account';

interface Values {
  password: string;
  repeatPassword: string;
}

const SCHEMA = {
  password: text({ required: 'Enter a new password.', min: LIMITS.passwordMin, max: LIMITS.passwordMax }),
  repeatPassword: (value: unknown, values: Values) => (value === values.password ? null : 'The two passwords are not the same.'),
};

/** `/reset-password/:token` (or `?token=`): sets a new password with the link from the mail. */
export function ResetPasswordRoute() {
  usePageTitle('Set a new password');
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
    <AuthCard title="Set a new password" titleId="reset-title" footer={<Link to="/forgot-password">Ask for a new link</Link>}>
      {done ? (
        <div role="status" className="alert alert-success">
          <p>Your password is set. Every session of your account was signed out.</p>
          <p>
            <Link to="/sign-in" className="button button-primary">
              Sign in
            </Link>
          </p>
        </div>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)} className="form">
          <FormAlert messages={formErrors} />
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${String(LIMITS.passwordMin)} characters. A few unrelated words make a strong password.`}
            required
            error={errorOf('password')}
            {...form.register('password')}
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
            <SubmitButton busy={form.formState.isSubmitting} busyLabel="Saving…" className="button button-primary button-wide">
              Set new password
            </SubmitButton>
          </div>
        </form>
      )}
    </AuthCard>
  );
}
