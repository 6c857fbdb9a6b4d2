import { ROLE_LABELS, contentHash, type Role } from '@common-ground/domain';
import { useId, useState } from 'react';
import {
  errorMessage,
  type CharterBoard,
  type CharterBoardRow,
  type CharterVerification,
  type CharterVersion,
  type Ratification,
} from '../../../api';
import { Checkbox, FormAlert, SubmitButton } from '../../../components/fields';
import { Badge, EmptyState } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';
import { pdfUrl, setRatificationRule, verifyVersion } from '../api/charters';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

const STATUS_TEXT: Record<CharterBoardRow['status'], { icon: string; text: string }> = {
  signed: { icon: '✓', text: 'Signed' },
  declined: { icon: '✕', text: 'Declined' },
  pending: { icon: '…', text: 'Not signed yet' },
};

export function RatificationStatus({ ratification }: { ratification: Ratification }) {
  return ratification.inForce ? (
    <div className="alert alert-success ratification">
      <p>
        <strong>In force.</strong> {ratification.signed} of {ratification.active} active participants signed ({ratification.required}{' '}
        needed).
      </p>
    </div>
  ) : (
    <div className="alert alert-warning ratification">
      <p>
        <strong>Not in force yet.</strong> Still missing:
      </p>
      <ul aria-label="Still missing">
        {ratification.missing.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

interface SignatureBoardProps {
  processRef: ProcessRef;
  version: CharterVersion;
  board: CharterBoard;
  mayChangeRule: boolean;
  onRuleSaved: () => void;
}

/** Who has signed the adopted version, whether it is in force, the rule, the hash check and the PDF. */
export function SignatureBoard({ processRef, version, board, mayChangeRule, onRuleSaved }: SignatureBoardProps) {
  const fmt = useFormat();
  const showReasons = board.rows.some((row) => row.declineReason);
  return (
    <section className="panel" aria-labelledby="board-title">
      <h2 id="board-title">Signatures of version {version.number}</h2>
      <RatificationStatus ratification={board.ratification} />
      {board.rows.length === 0 ? (
        <EmptyState title="No active participants">
          <p>Add participants on the Members tab; they sign here.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="board-table-caption" tabIndex={0}>
          <table className="table">
            <caption id="board-table-caption">Signature board: active participants</caption>
            <thead>
              <tr>
                <th scope="col">Participant</th>
                <th scope="col">Stakeholder group</th>
                <th scope="col">Status</th>
                <th scope="col">Signed on</th>
                {showReasons ? <th scope="col">Reason for declining</th> : null}
              </tr>
            </thead>
            <tbody>
              {board.rows.map((row) => (
                <tr key={row.userId}>
                  <th scope="row">{row.displayName}</th>
                  <td>{row.group ?? <span className="muted">No group ({ROLE_LABELS[row.role as Role] ?? row.role})</span>}</td>
                  <td>
                    {row.alternateFor ? (
                      <span className="muted">
                        Alternate for {board.rows.find((other) => other.userId === row.alternateFor)?.displayName ?? 'another participant'}
                      </span>
                    ) : (
                      <span className={`sign-status sign-${row.status}`}>
                        <span aria-hidden="true">{STATUS_TEXT[row.status].icon} </span>
                        {STATUS_TEXT[row.status].text}
                        {row.signedBy ? ` (by ${row.signedBy}, alternate)` : ''}
                      </span>
                    )}
                  </td>
                  <td>{row.signedAt ? fmt.dateTime(row.signedAt) : '—'}</td>
                  {showReasons ? <td className="prose">{row.declineReason ?? '—'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        <a className="button" href={pdfUrl(processRef, version.id)} download>
          Download PDF<span className="visually-hidden"> of version {version.number}</span>
        </a>
      </div>
      <VerifyHash processRef={processRef} version={version} />
      {mayChangeRule ? <RuleEditor processRef={processRef} ratification={board.ratification} onSaved={onRuleSaved} /> : null}
    </section>
  );
}

/** Asks the server to recompute the hash, and recomputes it in the browser as well. */
export function VerifyHash({ processRef, version }: { processRef: ProcessRef; version: CharterVersion }) {
  const [result, setResult] = useState<{ server: CharterVerification; browser: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      const [server, browser] = await Promise.all([verifyVersion(processRef, version.id), contentHash(version.content)]);
      setResult({ server, browser });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="verify stack">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          void verify();
        }}
      >
        {busy ? 'Verifying…' : `Verify the hash of version ${String(version.number)}`}
      </button>
      <div role="status">
        {error ? <p className="alert alert-error">{error}</p> : null}
        {result ? (
          <dl className="facts verify-result">
            <div>
              <dt>Stored hash</dt>
              <dd>
                <code className="hash-full">{result.server.storedHash ?? '(none: the version was never proposed)'}</code>
              </dd>
            </div>
            <div>
              <dt>Recomputed by the server</dt>
              <dd>
                <code className="hash-full">{result.server.recomputedHash}</code>
              </dd>
            </div>
            <div>
              <dt>Recomputed in your browser</dt>
              <dd>
                <code className="hash-full">{result.browser}</code>
              </dd>
            </div>
            <div>
              <dt>Result</dt>
              <dd>
                {result.server.matches && result.browser === result.server.storedHash ? (
                  <strong className="verify-ok">✓ Matches: the text is the one that was adopted.</strong>
                ) : (
                  <strong className="verify-bad">✕ Does not match: the stored text differs from what was hashed.</strong>
                )}{' '}
                {result.server.signaturesMatching} of {result.server.signatures} signatures carry this hash.
              </dd>
            </div>
          </dl>
        ) : null}
      </div>
    </div>
  );
}

interface RuleValues {
  everyIndispensableGroup: boolean;
  shareNumerator: string;
  shareDenominator: string;
}

function RuleEditor({ processRef, ratification, onSaved }: { processRef: ProcessRef; ratification: Ratification; onSaved: () => void }) {
  const numeratorId = useId();
  const denominatorId = useId();
  const [status, setStatus] = useState('');
  const { form, submit, formErrors } = useCgForm<RuleValues>({
    defaultValues: {
      everyIndispensableGroup: ratification.everyIndispensableGroup,
      shareNumerator: String(ratification.shareNumerator),
      shareDenominator: String(ratification.shareDenominator),
    },
    fields: ['shareNumerator', 'shareDenominator', 'everyIndispensableGroup'],
    onSubmit: async (values) => {
      setStatus('');
      await setRatificationRule(processRef, {
        everyIndispensableGroup: values.everyIndispensableGroup,
        shareNumerator: Number(values.shareNumerator),
        shareDenominator: Number(values.shareDenominator),
      });
      setStatus('Rule saved.');
      onSaved();
    },
  });
  const {
    register,
    getValues,
    formState: { errors, isSubmitting },
  } = form;

  const shareError = errors.shareNumerator?.message ?? errors.shareDenominator?.message;
  return (
    <form noValidate className="form subform" aria-labelledby="rule-title" onSubmit={(event) => void submit(event)}>
      <h3 id="rule-title">Ratification rule</h3>
      <p className="muted">The charter is in force when this rule is met.</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <FormAlert messages={formErrors} />
      <Checkbox label="Every indispensable stakeholder group must have signed" {...register('everyIndispensableGroup')} />
      <fieldset className="field share" aria-describedby={shareError ? `${numeratorId}-error` : undefined}>
        <legend>Share of active participants who must sign</legend>
        <div className="share-inputs">
          <label htmlFor={numeratorId} className="visually-hidden">
            Signatures needed
          </label>
          <input
            id={numeratorId}
            type="number"
            inputMode="numeric"
            min={0}
            aria-invalid={errors.shareNumerator ? true : undefined}
            {...register('shareNumerator', {
              validate: (value) => {
                const numerator = Number(value);
                if (!Number.isInteger(numerator) || numerator < 0) return 'Use a whole number of 0 or more.';
                if (numerator > Number(getValues('shareDenominator'))) return 'The first number cannot exceed the second.';
                return true;
              },
            })}
          />
          <span aria-hidden="true">of every</span>
          <label htmlFor={denominatorId} className="visually-hidden">
            of every this many active participants
          </label>
          <input
            id={denominatorId}
            type="number"
            inputMode="numeric"
            min={1}
            aria-invalid={errors.shareDenominator ? true : undefined}
            {...register('shareDenominator', {
              validate: (value) => (Number.isInteger(Number(value)) && Number(value) >= 1 ? true : 'Use a whole number of 1 or more.'),
            })}
          />
          <span>active participants</span>
        </div>
        {shareError ? (
          <p className="field-error" id={`${numeratorId}-error`}>
            <span aria-hidden="true">⚠ </span>
            {shareError}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} className="button">
          Save rule
        </SubmitButton>
        <Badge tone="muted">
          Now: {ratification.shareNumerator} of {ratification.shareDenominator}
          {ratification.everyIndispensableGroup ? ', every indispensable group' : ''}
        </Badge>
      </div>
    </form>
  );
}
