import { LIMITS, passwordProblem } from '@common-ground/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { defineMessages, useIntl } from 'react-intl';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, applyFieldErrors, errorMessage } from '../../../api';
import { PASSWORD_MESSAGES } from '../../../api/field-messages';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { usePageTitle } from '../../../hooks/use-page-title';
import { safeNext } from '../../../lib/safe-next';
import { useSession } from '../../../session/session-context';
import { signUp } from '../api/auth';
import { useLocale } from '../../../i18n/locale-context';
import { untyped } from '../../../i18n/untyped';
import { AuthCard } from '../components/auth-card';

const m = untyped(
  defineMessages({
    title: { id: 'auth.signUp.title', defaultMessage: 'Create an account' },
    haveAccount: { id: 'auth.signUp.haveAccount', defaultMessage: 'Already have an account? <link>Sign in</link>' },
    name: { id: 'auth.signUp.name', defaultMessage: 'Your name' },
    nameHint: { id: 'auth.signUp.nameHint', defaultMessage: 'As colleagues and other participants will see it.' },
    nameRequired: { id: 'auth.signUp.nameRequired', defaultMessage: 'Enter your name.' },
    atMost: { id: 'auth.atMost', defaultMessage: 'Use at most {max} characters.' },
    email: { id: 'auth.email', defaultMessage: 'E-mail address' },
    emailRequired: { id: 'auth.emailRequired', defaultMessage: 'Enter your e-mail address.' },
    emailPattern: { id: 'auth.signUp.emailPattern', defaultMessage: 'Enter an e-mail address like name@example.org.' },
    password: { id: 'auth.password', defaultMessage: 'Password' },
    passwordHint: {
      id: 'auth.signUp.passwordHint',
      defaultMessage: 'At least {min} characters. A short sentence is easy to remember and hard to guess.',
    },
    creating: { id: 'auth.signUp.creating', defaultMessage: 'Creating your account…' },
    create: { id: 'auth.signUp.create', defaultMessage: 'Create account' },
  }),
);

interface Values {
  displayName: string;
  email: string;
  password: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignUpRoute() {
  const intl = useIntl();
  // The language the person is reading now becomes their account's.
  const { locale } = useLocale();
  usePageTitle(intl.formatMessage(m.title));
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
      const session = await signUp({
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        locale,
      });
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
      title={intl.formatMessage(m.title)}
      titleId="sign-up-title"
      footer={intl.formatMessage(m.haveAccount, {
        link: (chunks) => <Link to={`/sign-in${query ? `?${query}` : ''}`}>{chunks}</Link>,
      })}
    >
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} className="form">
        <FormAlert messages={formErrors} />
        <TextField
          label={intl.formatMessage(m.name)}
          hint={intl.formatMessage(m.nameHint)}
          autoComplete="name"
          required
          error={errors.displayName?.message}
          {...register('displayName', {
            validate: (value) => value.trim().length > 0 || intl.formatMessage(m.nameRequired),
            maxLength: { value: LIMITS.displayNameMax, message: intl.formatMessage(m.atMost, { max: LIMITS.displayNameMax }) },
          })}
        />
        <TextField
          label={intl.formatMessage(m.email)}
          type="email"
          autoComplete="username"
          required
          error={errors.email?.message}
          {...register('email', {
            required: intl.formatMessage(m.emailRequired),
            maxLength: { value: LIMITS.emailMax, message: intl.formatMessage(m.atMost, { max: LIMITS.emailMax }) },
            pattern: { value: EMAIL_PATTERN, message: intl.formatMessage(m.emailPattern) },
          })}
        />
        <TextField
          label={intl.formatMessage(m.password)}
          type="password"
          autoComplete="new-password"
          hint={intl.formatMessage(m.passwordHint, { min: LIMITS.passwordMin })}
          required
          error={errors.password?.message}
          {...register('password', {
            validate: (value, all) => {
              const problem = passwordProblem(value, all.email);
              return problem ? intl.formatMessage(PASSWORD_MESSAGES[problem.weakness], problem.params) : true;
            },
          })}
        />
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.creating)} className="button button-primary button-wide">
            {intl.formatMessage(m.create)}
          </SubmitButton>
        </div>
      </form>
    </AuthCard>
  );
}
