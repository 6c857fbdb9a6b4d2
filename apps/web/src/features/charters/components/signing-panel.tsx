import { useState } from 'react';
import { errorMessage, type CharterBoardRow, type CharterVersion } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useFormat } from '../../../lib/use-format';
import { declineToSign, signVersion } from '../api/charters';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

interface SigningPanelProps {
  processRef: ProcessRef;
  version: CharterVersion;
  /** The signed-in participant's line on the board, when loaded. */
  mine: CharterBoardRow | undefined;
  /** When the signed-in person is an alternate: the participant they stand in for. */
  principal?: CharterBoardRow;
  onDone: (message: string) => void;
}

/** For a participant: the consent statement and hash of the adopted version; sign or decline. */
export function SigningPanel({ processRef, version, mine, principal, onDone }: SigningPanelProps) {
  const fmt = useFormat();
  const [declining, setDeclining] = useState(false);
  const hash = version.contentHash ?? '';
  const label = `version ${String(version.number)}`;

  if (principal) return <AlternatePanel processRef={processRef} version={version} principal={principal} onDone={onDone} />;

  return (
    <section className="panel panel-accent" aria-labelledby="signing-title">
      <h2 id="signing-title">Your signature</h2>
      {mine?.status === 'signed' ? (
        <p className="alert alert-success">
          You signed {label}
          {mine.signedAt ? ` on ${fmt.dateTime(mine.signedAt)}` : ''}.
        </p>
      ) : (
        <>
          <p>Version {version.number} of the charter is adopted and waits for your signature.</p>
          {mine?.status === 'declined' ? <p className="alert alert-warning">You declined to sign {label}. You can still sign it.</p> : null}
          <p>By signing you agree to this statement:</p>
          <blockquote className="prose quote consent">{version.content.consentStatement}</blockquote>
          <p>
            Your signature binds the text of {label}, whose SHA-256 hash is <code className="hash-full">{hash}</code>. If the text changes,
            a new version must be signed.
          </p>
          <div className="button-row">
            <ConfirmButton
              className="button button-primary"
              title={`Sign ${label} of the charter?`}
              message={
                <>
                  <p>You agree to: “{version.content.consentStatement}”</p>
                  <p>
                    Content hash: <code className="hash-full">{hash}</code>
                  </p>
                  <p>A signature cannot be withdrawn here.</p>
                </>
              }
              confirmLabel="Sign the charter"
              confirmClassName="button button-primary"
              describeError={errorMessage}
              onConfirm={async () => {
                await signVersion(processRef, version.id);
                onDone(`You signed ${label} of the charter.`);
              }}
            >
              Sign
            </ConfirmButton>
            {mine?.status !== 'declined' ? (
              <button
                type="button"
                className="button"
                aria-haspopup="dialog"
                onClick={() => {
                  setDeclining(true);
                }}
              >
                Decline to sign…
              </button>
            ) : null}
          </div>
        </>
      )}
      {declining ? (
        <DeclineDialog
          processRef={processRef}
          versionId={version.id}
          onClose={() => {
            setDeclining(false);
          }}
          onDeclined={() => {
            setDeclining(false);
            onDone(`You declined to sign ${label}. The conveners can read your reason.`);
          }}
        />
      ) : null}
    </section>
  );
}

function DeclineDialog({
  processRef,
  versionId,
  onClose,
  onDeclined,
}: {
  processRef: ProcessRef;
  versionId: string;
  onClose: () => void;
  onDeclined: () => void;
}) {
  const { form, submit, formErrors } = useCgForm<{ reason: string }>({
    defaultValues: { reason: '' },
    fields: ['reason'],
    onSubmit: async ({ reason }) => {
      await declineToSign(processRef, versionId, reason.trim());
      onDeclined();
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <Dialog open onClose={onClose} title="Decline to sign?" description={<p>Your reason is visible to the conveners and facilitators.</p>}>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label="Why you do not sign"
          rows={3}
          required
          autoFocus
          error={errors.reason?.message}
          {...register('reason', {
            validate: (value) => (!value.trim() ? 'Write your reason.' : value.length > 2000 ? 'Use at most 2000 characters.' : true),
          })}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={isSubmitting} busyLabel="Sending…" className="button button-danger">
            Decline to sign
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}

/** An alternate signs for the participant they stand in for, when the charter allows it. */
function AlternatePanel({
  processRef,
  version,
  principal,
  onDone,
}: {
  processRef: ProcessRef;
  version: CharterVersion;
  principal: CharterBoardRow;
  onDone: (message: string) => void;
}) {
  const label = `version ${String(version.number)}`;
  return (
    <section className="panel panel-accent" aria-labelledby="signing-title">
      <h2 id="signing-title">Your signature</h2>
      <p>You take part as the alternate of {principal.displayName}.</p>
      {principal.status === 'signed' ? (
        <p className="alert alert-success">
          {label[0].toUpperCase() + label.slice(1)} is signed for {principal.displayName}
          {principal.signedBy ? ` (by ${principal.signedBy})` : ''}.
        </p>
      ) : version.content.alternatesMaySign ? (
        <>
          <p>By signing for {principal.displayName} you agree to this statement on their behalf:</p>
          <blockquote className="prose quote consent">{version.content.consentStatement}</blockquote>
          <div className="button-row">
            <ConfirmButton
              className="button button-primary"
              title={`Sign ${label} for ${principal.displayName}?`}
              message={
                <p>
                  You sign as the alternate of {principal.displayName}. Content hash:{' '}
                  <code className="hash-full">{version.contentHash}</code>
                </p>
              }
              confirmLabel={`Sign for ${principal.displayName}`}
              confirmClassName="button button-primary"
              describeError={errorMessage}
              onConfirm={async () => {
                await signVersion(processRef, version.id, principal.userId);
                onDone(`You signed ${label} for ${principal.displayName}.`);
              }}
            >
              Sign for {principal.displayName}
            </ConfirmButton>
          </div>
        </>
      ) : (
        <p className="muted">This charter does not let alternates sign; {principal.displayName} signs in person.</p>
      )}
    </section>
  );
}
