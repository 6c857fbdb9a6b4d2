import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, applyFieldErrors, errorMessage } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { usePageTitle } from '../../../hooks/use-page-title';
import { safeNext } from '../../../lib/safe-next';
import { useSession } from '../../../session/session-context';
import { signIn } from '../api/auth';
import { AuthCard } from '../components/auth-card';
import { TwoFactorStep } from '../components/two-factor-step';

interface Values {
  email: string;
  password: string;
}

/** The same sentence whichever of the two was wrong, so the form does not reveal who has an account. */
const WRONG_CREDENTIALS = 'The e-mail address or the password is not right.';

export function SignInRoute() {
  usePageTitle('Sign in');
  const { user, setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [formErrors, setFormErrors] = useState<string[]>([]);
  // The password was right and the account has two-factor sign-in: the code step replaces the form.
  const [codeNeeded, setCodeNeeded] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { email: params.get('email') ?? '', password: '' } });

  if (user && !isSubmitting) return <Navigate to={next} replace />;

  const onSubmit = async (values: Values) => {
    setFormErrors([]);
    try {
      const session = await signIn({ email: values.email.trim(), password: values.password });
      if (session.twoFactorPending) {
        setCodeNeeded(true);
        return;
      }
      setSession(session);
      await navigate(next, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setFormErrors([WRONG_CREDENTIALS]);
      else if (error instanceof ApiError && error.status === 429) setFormErrors([errorMessage(error)]);
      else setFormErrors(applyFieldErrors(error, setError, ['email', 'password']));
    }
  };

  const query = params.toString();
  if (codeNeeded) {
    return (
      <AuthCard title="Two-factor sign-in" titleId="two-factor-title" footer={<>Your password was right; one more step.</>}>
        <TwoFactorStep
          onSignedIn={async (session) => {
            setSession(session);
            await navigate(next, { replace: true });
          }}
          onRestart={() => setCodeNeeded(false)}
        />
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Sign in"
      titleId="sign-in-title"
      footer={
        <>
          New to Common Ground? <Link to={`/sign-up${query ? `?${query}` : ''}`}>Create an account</Link>
        </>
      }
    >
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} className="form">
        <FormAlert messages={formErrors} />
        <TextField
          label="E-mail address"
          type="email"
          autoComplete="username"
          required
          error={errors.email?.message}
          {...register('email', {
            required: 'Enter your e-mail address.',
            maxLength: { value: LIMITS.emailMax, message: `Use at most ${String(LIMITS.emailMax)} characters.` },
          })}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...register('password', {
            required: 'Enter your password.',
            maxLength: { value: LIMITS.passwordMax, message: `Use at most ${String(LIMITS.passwordMax)} characters.` },
          })}
        />
        <p>
          <Link to="/forgot-password" className="button button-quiet">
            Forgot your password?
          </Link>
        </p>
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel="Signing in…" className="button button-primary button-wide">
            Sign in
          </SubmitButton>
        </div>
      </form>
    </AuthCard>
  );
}
