import { LIMITS, passwordWeakness } from '@common-ground/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, applyFieldErrors, errorMessage } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { usePageTitle } from '../../../hooks/use-page-title';
import { safeNext } from '../../../lib/safe-next';
import { useSession } from '../../../session/session-context';
import { signUp } from '../api/auth';
import { AuthCard } from '../components/auth-card';

interface Values {
  displayName: string;
  email: string;
  password: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignUpRoute() {
  usePageTitle('Create an account');
  const { user, setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { displayName: '', email: params.get('email') ?? '', password: '' } });

  if (user && !isSubmitting) return <Navigate to={next} replace />;

  const onSubmit = async (values: Values) => {
    setFormErrors([]);
    try {
      const session = await signUp({ displayName: values.displayName.trim(), email: values.email.trim(), password: values.password });
      setSession(session);
      await navigate(next, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) setFormErrors([errorMessage(error)]);
      else setFormErrors(applyFieldErrors(error, setError, ['displayName', 'email', 'password']));
    }
  };

  const query = params.toString();
  return (
    <AuthCard
      title="Create an account"
      titleId="sign-up-title"
      footer={
        <>
          Already have an account? <Link to={`/sign-in${query ? `?${query}` : ''}`}>Sign in</Link>
        </>
      }
    >
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} className="form">
        <FormAlert messages={formErrors} />
        <TextField
          label="Your name"
          hint="As colleagues and other participants will see it."
          autoComplete="name"
          required
          error={errors.displayName?.message}
          {...register('displayName', {
            validate: (value) => value.trim().length > 0 || 'Enter your name.',
            maxLength: { value: LIMITS.displayNameMax, message: `Use at most ${String(LIMITS.displayNameMax)} characters.` },
          })}
        />
        <TextField
          label="E-mail address"
          type="email"
          autoComplete="username"
          required
          error={errors.email?.message}
          {...register('email', {
            required: 'Enter your e-mail address.',
            maxLength: { value: LIMITS.emailMax, message: `Use at most ${String(LIMITS.emailMax)} characters.` },
            pattern: { value: EMAIL_PATTERN, message: 'Enter an e-mail address like name@example.org.' },
          })}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${String(LIMITS.passwordMin)} characters. A short sentence is easy to remember and hard to guess.`}
          required
          error={errors.password?.message}
          {...register('password', {
            validate: (value, all) => passwordWeakness(value, all.email) ?? true,
          })}
        />
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel="Creating your account…" className="button button-primary button-wide">
            Create account
          </SubmitButton>
        </div>
      </form>
    </AuthCard>
  );
}
