import { useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { errorMessage, type CharterBoardRow, type CharterVersion } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useFormat } from '../../../lib/use-format';
import { declineToSign, signVersion } from '../api/charters';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

const m = untyped(
  defineMessages({
    title: { id: 'charters.signing.title', defaultMessage: 'Your signature' },
    youSigned: { id: 'charters.signing.youSigned', defaultMessage: 'You signed version {number}.' },
    youSignedOn: { id: 'charters.signing.youSignedOn', defaultMessage: 'You signed version {number} on {date}.' },
    waits: { id: 'charters.signing.waits', defaultMessage: 'Version {number} of the charter is adopted and waits for your signature.' },
    declinedEarlier: {
      id: 'charters.signing.declinedEarlier',
      defaultMessage: 'You declined to sign version {number}. You can still sign it.',
    },
    agreeTo: { id: 'charters.signing.agreeTo', defaultMessage: 'By signing you agree to this statement:' },
    binds: {
      id: 'charters.signing.binds',
      defaultMessage:
        'Your signature binds the text of version {number}, whose SHA-256 hash is <code>{hash}</code>. If the text changes, a new version must be signed.',
    },
    confirmTitle: { id: 'charters.signing.confirmTitle', defaultMessage: 'Sign version {number} of the charter?' },
    confirmAgree: { id: 'charters.signing.confirmAgree', defaultMessage: 'You agree to: “{statement}”' },
    contentHash: { id: 'charters.signing.contentHash', defaultMessage: 'Content hash: <code>{hash}</code>' },
    cannotWithdraw: { id: 'charters.signing.cannotWithdraw', defaultMessage: 'A signature cannot be withdrawn here.' },
    confirmLabel: { id: 'charters.signing.confirmLabel', defaultMessage: 'Sign the charter' },
    signed: { id: 'charters.signing.signed', defaultMessage: 'You signed version {number} of the charter.' },
    sign: { id: 'charters.signing.sign', defaultMessage: 'Sign' },
    declineOpen: { id: 'charters.signing.declineOpen', defaultMessage: 'Decline to sign…' },
    declined: {
      id: 'charters.signing.declined',
      defaultMessage: 'You declined to sign version {number}. The conveners can read your reason.',
    },
    declineTitle: { id: 'charters.signing.declineTitle', defaultMessage: 'Decline to sign?' },
    declineVisible: { id: 'charters.signing.declineVisible', defaultMessage: 'Your reason is visible to the conveners and facilitators.' },
    reason: { id: 'charters.signing.reason', defaultMessage: 'Why you do not sign' },
    reasonRequired: { id: 'charters.signing.reasonRequired', defaultMessage: 'Write your reason.' },
    reasonTooLong: { id: 'charters.signing.reasonTooLong', defaultMessage: 'Use at most {max} characters.' },
    cancel: { id: 'charters.signing.cancel', defaultMessage: 'Cancel' },
    sending: { id: 'charters.signing.sending', defaultMessage: 'Sending…' },
    declineSubmit: { id: 'charters.signing.declineSubmit', defaultMessage: 'Decline to sign' },
    alternateOf: { id: 'charters.signing.alternateOf', defaultMessage: 'You take part as the alternate of {name}.' },
    signedFor: { id: 'charters.signing.signedFor', defaultMessage: 'Version {number} is signed for {name}.' },
    signedForBy: { id: 'charters.signing.signedForBy', defaultMessage: 'Version {number} is signed for {name} (by {signer}).' },
    agreeOnBehalf: {
      id: 'charters.signing.agreeOnBehalf',
      defaultMessage: 'By signing for {name} you agree to this statement on their behalf:',
    },
    confirmForTitle: { id: 'charters.signing.confirmForTitle', defaultMessage: 'Sign version {number} for {name}?' },
    confirmForMessage: {
      id: 'charters.signing.confirmForMessage',
      defaultMessage: 'You sign as the alternate of {name}. Content hash: <code>{hash}</code>',
    },
    signFor: { id: 'charters.signing.signFor', defaultMessage: 'Sign for {name}' },
    signedForDone: { id: 'charters.signing.signedForDone', defaultMessage: 'You signed version {number} for {name}.' },
    noAlternates: {
      id: 'charters.signing.noAlternates',
      defaultMessage: 'This charter does not let alternates sign; {name} signs in person.',
    },
  }),
);

const fullHash = (chunks: ReactNode) => <code className="hash-full">{chunks}</code>;

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
  const intl = useIntl();
  const fmt = useFormat();
  const [declining, setDeclining] = useState(false);
  const hash = version.contentHash ?? '';
  const number = version.number;

  if (principal) return <AlternatePanel processRef={processRef} version={version} principal={principal} onDone={onDone} />;

  return (
    <section className="panel panel-accent" aria-labelledby="signing-title">
      <h2 id="signing-title">{intl.formatMessage(m.title)}</h2>
      {mine?.status === 'signed' ? (
        <p className="alert alert-success">
          {mine.signedAt
            ? intl.formatMessage(m.youSignedOn, { number, date: fmt.dateTime(mine.signedAt) })
            : intl.formatMessage(m.youSigned, { number })}
        </p>
      ) : (
        <>
          <p>{intl.formatMessage(m.waits, { number })}</p>
          {mine?.status === 'declined' ? <p className="alert alert-warning">{intl.formatMessage(m.declinedEarlier, { number })}</p> : null}
          <p>{intl.formatMessage(m.agreeTo)}</p>
          <blockquote className="prose quote consent">{version.content.consentStatement}</blockquote>
          <p>
            <FormattedMessage {...m.binds} values={{ number, hash, code: fullHash }} />
          </p>
          <div className="button-row">
            <ConfirmButton
              className="button button-primary"
              title={intl.formatMessage(m.confirmTitle, { number })}
              message={
                <>
                  <p>
                    {/* bdi: a statement in another script keeps its own direction inside the sentence. */}
                    <FormattedMessage {...m.confirmAgree} values={{ statement: <bdi>{version.content.consentStatement}</bdi> }} />
                  </p>
                  <p>
                    <FormattedMessage {...m.contentHash} values={{ hash, code: fullHash }} />
                  </p>
                  <p>{intl.formatMessage(m.cannotWithdraw)}</p>
                </>
              }
              confirmLabel={intl.formatMessage(m.confirmLabel)}
              confirmClassName="button button-primary"
              describeError={errorMessage}
              onConfirm={async () => {
                await signVersion(processRef, version.id);
                onDone(intl.formatMessage(m.signed, { number }));
              }}
            >
              {intl.formatMessage(m.sign)}
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
                {intl.formatMessage(m.declineOpen)}
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
            onDone(intl.formatMessage(m.declined, { number }));
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
  const intl = useIntl();
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
    <Dialog open onClose={onClose} title={intl.formatMessage(m.declineTitle)} description={<p>{intl.formatMessage(m.declineVisible)}</p>}>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label={intl.formatMessage(m.reason)}
          rows={3}
          required
          autoFocus
          error={errors.reason?.message}
          {...register('reason', {
            validate: (value) =>
              !value.trim()
                ? intl.formatMessage(m.reasonRequired)
                : value.length > 2000
                  ? intl.formatMessage(m.reasonTooLong, { max: '2000' })
                  : true,
          })}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.sending)} className="button button-danger">
            {intl.formatMessage(m.declineSubmit)}
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
  const intl = useIntl();
  const number = version.number;
  const name = principal.displayName;
  return (
    <section className="panel panel-accent" aria-labelledby="signing-title">
      <h2 id="signing-title">{intl.formatMessage(m.title)}</h2>
      <p>{intl.formatMessage(m.alternateOf, { name })}</p>
      {principal.status === 'signed' ? (
        <p className="alert alert-success">
          {principal.signedBy
            ? intl.formatMessage(m.signedForBy, { number, name, signer: principal.signedBy })
            : intl.formatMessage(m.signedFor, { number, name })}
        </p>
      ) : version.content.alternatesMaySign ? (
        <>
          <p>{intl.formatMessage(m.agreeOnBehalf, { name })}</p>
          <blockquote className="prose quote consent">{version.content.consentStatement}</blockquote>
          <div className="button-row">
            <ConfirmButton
              className="button button-primary"
              title={intl.formatMessage(m.confirmForTitle, { number, name })}
              message={
                <p>
                  <FormattedMessage {...m.confirmForMessage} values={{ name, hash: version.contentHash ?? '', code: fullHash }} />
                </p>
              }
              confirmLabel={intl.formatMessage(m.signFor, { name })}
              confirmClassName="button button-primary"
              describeError={errorMessage}
              onConfirm={async () => {
                await signVersion(processRef, version.id, principal.userId);
                onDone(intl.formatMessage(m.signedForDone, { number, name }));
              }}
            >
              {intl.formatMessage(m.signFor, { name })}
            </ConfirmButton>
          </div>
        </>
      ) : (
        <p className="muted">{intl.formatMessage(m.noAlternates, { name })}</p>
      )}
    </section>
  );
}
