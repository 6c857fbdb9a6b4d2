import { TWO_FACTOR } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { ApiError, errorMessage, type Session } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { FormProblem, useCgForm } from '../../../forms/use-cg-form';
import { text } from '../../../forms/rules';
import { signInWithCode } from '../api/two-factor';

const m = defineMessages({
  codeRequired: { id: 'auth.step.codeRequired', defaultMessage: 'Type the code from your app.' },
  help: {
    id: 'auth.step.help',
    defaultMessage:
      'Your account has two-factor sign-in. Open your authenticator app and type the six-digit code it shows for Common Ground. Lost your phone? Type one of your recovery codes instead.',
  },
  code: { id: 'auth.step.code', defaultMessage: 'Code' },
  checking: { id: 'auth.checking', defaultMessage: 'Checking…' },
  signIn: { id: 'auth.signIn', defaultMessage: 'Sign in' },
  restart: { id: 'auth.step.restart', defaultMessage: 'Start again' },
});

interface Values {
  code: string;
}

/** After a right password: the six digits of the authenticator app, or one recovery code. */
export function TwoFactorStep({ onSignedIn, onRestart }: { onSignedIn: (session: Session) => Promise<void>; onRestart: () => void }) {
  const intl = useIntl();
  const { form, submit, formErrors, errorOf } = useCgForm<Values>({
    defaultValues: { code: '' },
    schema: { code: text({ required: m.codeRequired, max: TWO_FACTOR.codeMax }) },
    guard: false,
    onSubmit: async (values) => {
      try {
        await onSignedIn(await signInWithCode(values.code.trim()));
      } catch (error) {
        // Throttled or expired: no field to point at, say it at the top.
        if (error instanceof ApiError && (error.status === 429 || error.status === 401)) throw new FormProblem(errorMessage(error));
        throw error;
      }
    },
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-describedby="two-factor-step-help">
      <p id="two-factor-step-help">{intl.formatMessage(m.help)}</p>
      <FormAlert messages={formErrors} />
      <TextField
        label={intl.formatMessage(m.code)}
        inputMode="text"
        autoComplete="one-time-code"
        autoFocus
        required
        spellCheck={false}
        error={errorOf('code')}
        {...form.register('code')}
      />
      <div className="form-actions">
        <SubmitButton
          busy={form.formState.isSubmitting}
          busyLabel={intl.formatMessage(m.checking)}
          className="button button-primary button-wide"
        >
          {intl.formatMessage(m.signIn)}
        </SubmitButton>
        <button type="button" className="button button-quiet" onClick={onRestart}>
          {intl.formatMessage(m.restart)}
        </button>
      </div>
    </form>
  );
}
