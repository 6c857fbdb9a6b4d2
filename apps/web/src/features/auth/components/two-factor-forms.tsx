import { LIMITS, TWO_FACTOR } from '@common-ground/domain';
import { useState } from 'react';
import type { TwoFactorEnrolment, TwoFactorProof } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { FormProblem, useCgForm } from '../../../forms/use-cg-form';
import { text } from '../../../forms/rules';
import { confirmEnrolment } from '../api/two-factor';

/** Step two of enrolment: scan, then prove the app works with its first code. */
export function EnrolmentForm({ enrolment, onConfirmed }: { enrolment: TwoFactorEnrolment; onConfirmed: (codes: string[]) => void }) {
  const { form, submit, formErrors, errorOf } = useCgForm<{ code: string }>({
    defaultValues: { code: '' },
    schema: { code: text({ required: 'Type the six digits your app shows.', max: TWO_FACTOR.codeMax }) },
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
          <p>Open an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or 1Password) and scan this code.</p>
          <img
            className="qr-code"
            src={enrolment.qrCode}
            width={200}
            height={200}
            alt="QR code to add Common Ground to your authenticator app"
          />
          <p>
            Cannot scan? Type this key into the app instead:{' '}
            <code className="secret" aria-label="Key for the app">
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </code>
          </p>
        </li>
        <li>
          <form noValidate onSubmit={(event) => void submit(event)} className="form">
            <FormAlert messages={formErrors} />
            <TextField
              label="Code shown by the app"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              error={errorOf('code')}
              {...form.register('code')}
            />
            <div className="form-actions">
              <SubmitButton busy={form.formState.isSubmitting} busyLabel="Checking…">
                Turn on two-factor sign-in
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
      if (!proof.password && !proof.code) throw new FormProblem(usePassword ? 'Type your password.' : 'Type a code from your app.');
      await onProof(proof);
      form.reset({ code: '', password: '' });
    },
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-labelledby={`${id}-title`}>
      <FormAlert messages={formErrors} />
      {usePassword ? (
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          error={errorOf('password')}
          {...form.register('password')}
        />
      ) : (
        <TextField
          label="Code from your app, or a recovery code"
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
          {usePassword ? 'Use a code instead' : 'Use my password instead'}
        </button>
      </div>
    </form>
  );
}
