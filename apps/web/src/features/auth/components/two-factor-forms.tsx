import { LIMITS, TWO_FACTOR } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import type { TwoFactorEnrolment, TwoFactorProof } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { FormProblem, useCgForm } from '../../../forms/use-cg-form';
import { text } from '../../../forms/rules';
import { translate } from '../../../i18n/current-intl';
import { untyped } from '../../../i18n/untyped';
import { confirmEnrolment } from '../api/two-factor';

const m = untyped(
  defineMessages({
    codeRequired: { id: 'auth.enrol.codeRequired', defaultMessage: 'Type the six digits your app shows.' },
    scan: {
      id: 'auth.enrol.scan',
      defaultMessage:
        'Open an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or 1Password) and scan this code.',
    },
    qrAlt: { id: 'auth.enrol.qrAlt', defaultMessage: 'QR code to add Common Ground to your authenticator app' },
    cannotScan: { id: 'auth.enrol.cannotScan', defaultMessage: 'Cannot scan? Type this key into the app instead: <secret>{key}</secret>' },
    keyLabel: { id: 'auth.enrol.keyLabel', defaultMessage: 'Key for the app' },
    codeLabel: { id: 'auth.enrol.codeLabel', defaultMessage: 'Code shown by the app' },
    checking: { id: 'auth.checking', defaultMessage: 'Checking…' },
    turnOn: { id: 'auth.enrol.turnOn', defaultMessage: 'Turn on two-factor sign-in' },
    typePassword: { id: 'auth.proof.typePassword', defaultMessage: 'Type your password.' },
    typeCode: { id: 'auth.proof.typeCode', defaultMessage: 'Type a code from your app.' },
    password: { id: 'auth.proof.password', defaultMessage: 'Your password' },
    code: { id: 'auth.proof.code', defaultMessage: 'Code from your app, or a recovery code' },
    useCode: { id: 'auth.proof.useCode', defaultMessage: 'Use a code instead' },
    usePassword: { id: 'auth.proof.usePassword', defaultMessage: 'Use my password instead' },
  }),
);

/** Step two of enrolment: scan, then prove the app works with its first code. */
export function EnrolmentForm({ enrolment, onConfirmed }: { enrolment: TwoFactorEnrolment; onConfirmed: (codes: string[]) => void }) {
  const intl = useIntl();
  const { form, submit, formErrors, errorOf } = useCgForm<{ code: string }>({
    defaultValues: { code: '' },
    schema: { code: text({ required: m.codeRequired, max: TWO_FACTOR.codeMax }) },
    onSubmit: async (values) => {
      const codes = await confirmEnrolment(values.code.trim());
      form.reset({ code: '' });
      onConfirmed(codes);
    },
  });
  return (
    <div className="two-factor-enrolment">
      <ol className="steps">
        <li>
          <p>{intl.formatMessage(m.scan)}</p>
          <img className="qr-code" src={enrolment.qrCode} width={200} height={200} alt={intl.formatMessage(m.qrAlt)} />
          <p>
            {intl.formatMessage(m.cannotScan, {
              key: enrolment.secret.replace(/(.{4})/g, '$1 ').trim(),
              secret: (chunks) => (
                <code className="secret" aria-label={intl.formatMessage(m.keyLabel)}>
                  {chunks}
                </code>
              ),
            })}
          </p>
        </li>
        <li>
          <form noValidate onSubmit={(event) => void submit(event)} className="form">
            <FormAlert messages={formErrors} />
            <TextField
              label={intl.formatMessage(m.codeLabel)}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              error={errorOf('code')}
              {...form.register('code')}
            />
            <div className="form-actions">
              <SubmitButton busy={form.formState.isSubmitting} busyLabel={intl.formatMessage(m.checking)}>
                {intl.formatMessage(m.turnOn)}
              </SubmitButton>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}

interface ProofValues {
  code: string;
  password: string;
}

/**
 * Shows it is really the person: a current code (or a recovery code) or the password. Used to renew the
 * recovery codes and to turn two-factor off.
 */
export function ProofForm({
  id,
  submitLabel,
  busyLabel,
  danger,
  onProof,
}: {
  id: string;
  submitLabel: string;
  busyLabel: string;
  danger?: boolean;
  onProof: (proof: TwoFactorProof) => Promise<void>;
}) {
  const intl = useIntl();
  const [usePassword, setUsePassword] = useState(false);
  const { form, submit, formErrors, errorOf } = useCgForm<ProofValues>({
    defaultValues: { code: '', password: '' },
    schema: {
      code: text({ max: TWO_FACTOR.codeMax }),
      password: text({ max: LIMITS.passwordMax }),
    },
    guard: false,
    onSubmit: async (values) => {
      const proof = usePassword ? { password: values.password } : { code: values.code.trim() };
      if (!proof.password && !proof.code) throw new FormProblem(translate(usePassword ? m.typePassword : m.typeCode));
      await onProof(proof);
      form.reset({ code: '', password: '' });
    },
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-labelledby={`${id}-title`}>
      <FormAlert messages={formErrors} />
      {usePassword ? (
        <TextField
          label={intl.formatMessage(m.password)}
          type="password"
          autoComplete="current-password"
          error={errorOf('password')}
          {...form.register('password')}
        />
      ) : (
        <TextField
          label={intl.formatMessage(m.code)}
          autoComplete="one-time-code"
          spellCheck={false}
          error={errorOf('code')}
          {...form.register('code')}
        />
      )}
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel={busyLabel} className={danger ? 'button button-danger' : undefined}>
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button button-quiet" onClick={() => setUsePassword((value) => !value)}>
          {intl.formatMessage(usePassword ? m.useCode : m.usePassword)}
        </button>
      </div>
    </form>
  );
}
