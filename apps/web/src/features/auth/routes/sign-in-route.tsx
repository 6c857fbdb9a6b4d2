import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { defineMessages, useIntl } from 'react-intl';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, applyFieldErrors, errorMessage } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { usePageTitle } from '../../../hooks/use-page-title';
import { safeNext } from '../../../lib/safe-next';
import { useSession } from '../../../session/session-context';
import { signIn } from '../api/auth';
import { AuthCard } from '../components/auth-card';
import { untyped } from '../../../i18n/untyped';
import { TwoFactorStep } from '../components/two-factor-step';

interface Values {
  email: string;
  password: string;
}

const m = untyped(
  defineMessages({
    title: { id: 'auth.signIn', defaultMessage: 'Sign in' },
    /** The same sentence whichever of the two was wrong, so the form does not reveal who has an account. */
    wrongCredentials: { id: 'auth.signIn.wrongCredentials', defaultMessage: 'The e-mail address or the password is not right.' },
    twoFactorTitle: { id: 'auth.signIn.twoFactorTitle', defaultMessage: 'Two-factor sign-in' },
    oneMoreStep: { id: 'auth.signIn.oneMoreStep', defaultMessage: 'Your password was right; one more step.' },
    newHere: { id: 'auth.signIn.newHere', defaultMessage: 'New to Common Ground? <link>Create an account</link>' },
    email: { id: 'auth.email', defaultMessage: 'E-mail address' },
    emailRequired: { id: 'auth.emailRequired', defaultMessage: 'Enter your e-mail address.' },
    atMost: { id: 'auth.atMost', defaultMessage: 'Use at most {max} characters.' },
    password: { id: 'auth.password', defaultMessage: 'Password' },
    passwordRequired: { id: 'auth.signIn.passwordRequired', defaultMessage: 'Enter your password.' },
    forgot: { id: 'auth.signIn.forgot', defaultMessage: 'Forgot your password?' },
    signingIn: { id: 'auth.signIn.signingIn', defaultMessage: 'Signing in…' },
  }),
);

export function SignInRoute() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
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
      if (error instanceof ApiError && error.status === 401) setFormErrors([intl.formatMessage(m.wrongCredentials)]);
      else if (error instanceof ApiError && error.status === 429) setFormErrors([errorMessage(error)]);
      else setFormErrors(applyFieldErrors(error, setError, ['email', 'password']));
    }
  };

  const query = params.toString();
  if (codeNeeded) {
    return (
      <AuthCard title={intl.formatMessage(m.twoFactorTitle)} titleId="two-factor-title" footer={intl.formatMessage(m.oneMoreStep)}>
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
      title={intl.formatMessage(m.title)}
      titleId="sign-in-title"
      footer={intl.formatMessage(m.newHere, {
        link: (chunks) => <Link to={`/sign-up${query ? `?${query}` : ''}`}>{chunks}</Link>,
      })}
    >
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} className="form">
        <FormAlert messages={formErrors} />
        <TextField
          label={intl.formatMessage(m.email)}
          type="email"
          autoComplete="username"
          required
          error={errors.email?.message}
          {...register('email', {
            required: intl.formatMessage(m.emailRequired),
            maxLength: { value: LIMITS.emailMax, message: intl.formatMessage(m.atMost, { max: LIMITS.emailMax }) },
          })}
        />
        <TextField
          label={intl.formatMessage(m.password)}
          type="password"
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...register('password', {
            required: intl.formatMessage(m.passwordRequired),
            maxLength: { value: LIMITS.passwordMax, message: intl.formatMessage(m.atMost, { max: LIMITS.passwordMax }) },
          })}
        />
        <p>
          <Link to="/forgot-password" className="button button-quiet">
            {intl.formatMessage(m.forgot)}
          </Link>
        </p>
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.signingIn)} className="button button-primary button-wide">
            {intl.formatMessage(m.title)}
          </SubmitButton>
        </div>
      </form>
    </AuthCard>
  );
}
