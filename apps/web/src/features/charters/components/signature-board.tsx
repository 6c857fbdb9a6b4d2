import { contentHash, type Role } from '@common-ground/domain';
import { useId, useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type IntlShape, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import {
  errorMessage,
  type CharterBoard,
  type CharterBoardRow,
  type CharterVerification,
  type CharterVersion,
  type Ratification,
} from '../../../api';
import { Checkbox, FormAlert, SubmitButton, WARNING_MARK } from '../../../components/fields';
import { Badge, EmptyState } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';
import { pdfUrl, setRatificationRule, verifyVersion } from '../api/charters';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { commonMessages } from '../../../i18n/common-messages';
import { ROLE_MESSAGES } from '../../../i18n/domain-labels';

const STATUS_ICONS: Record<CharterBoardRow['status'], string> = { signed: '✓', declined: '✕', pending: '…' };

const STATUS_MESSAGES = untyped(
  defineMessages({
    signed: { id: 'charters.signStatus.signed', defaultMessage: 'Signed' },
    declined: { id: 'charters.signStatus.declined', defaultMessage: 'Declined' },
    pending: { id: 'charters.signStatus.pending', defaultMessage: 'Not signed yet' },
  }),
) satisfies Record<CharterBoardRow['status'], MessageDescriptor>;

const m = untyped(
  defineMessages({
    statusByAlternate: { id: 'charters.board.statusByAlternate', defaultMessage: '{status} {by}' },
    verdictCarry: { id: 'charters.verify.verdictCarry', defaultMessage: '{verdict} {carry}' },
    inForce: {
      id: 'charters.ratification.inForce',
      defaultMessage: '<strong>In force.</strong> {signed} of {active} active participants signed ({required} needed).',
    },
    notInForce: { id: 'charters.ratification.notInForce', defaultMessage: '<strong>Not in force yet.</strong> Still missing:' },
    stillMissing: { id: 'charters.ratification.stillMissing', defaultMessage: 'Still missing' },
    noParticipants: { id: 'charters.ratification.noParticipants', defaultMessage: 'The process has no active participants yet.' },
    moreSignatures: {
      id: 'charters.ratification.moreSignatures',
      defaultMessage:
        '{count, plural, one {# more signature} other {# more signatures}} ({signed} of {active} active participants signed; {required} needed).',
    },
    groupSignature: {
      id: 'charters.ratification.groupSignature',
      defaultMessage: 'A signature from the indispensable group “{group}”.',
    },
    boardTitle: { id: 'charters.board.title', defaultMessage: 'Signatures of version {number}' },
    noActive: { id: 'charters.board.noActive', defaultMessage: 'No active participants' },
    addOnMembers: { id: 'charters.board.addOnMembers', defaultMessage: 'Add participants on the Members tab; they sign here.' },
    caption: { id: 'charters.board.caption', defaultMessage: 'Signature board: active participants' },
    participant: { id: 'charters.board.participant', defaultMessage: 'Participant' },
    group: { id: 'charters.board.group', defaultMessage: 'Stakeholder group' },
    status: { id: 'charters.board.status', defaultMessage: 'Status' },
    signedOn: { id: 'charters.board.signedOn', defaultMessage: 'Signed on' },
    declineReason: { id: 'charters.board.declineReason', defaultMessage: 'Reason for declining' },
    noGroup: { id: 'charters.board.noGroup', defaultMessage: 'No group ({role})' },
    alternateFor: { id: 'charters.board.alternateFor', defaultMessage: 'Alternate for {name}' },
    anotherParticipant: { id: 'charters.board.anotherParticipant', defaultMessage: 'another participant' },
    byAlternate: { id: 'charters.board.byAlternate', defaultMessage: '(by {name}, alternate)' },
    pdf: { id: 'charters.board.pdf', defaultMessage: 'Download PDF<hidden> of version {number}</hidden>' },
    verifying: { id: 'charters.verify.verifying', defaultMessage: 'Verifying…' },
    verify: { id: 'charters.verify.verify', defaultMessage: 'Verify the hash of version {number}' },
    storedHash: { id: 'charters.verify.storedHash', defaultMessage: 'Stored hash' },
    neverProposed: { id: 'charters.verify.neverProposed', defaultMessage: '(none: the version was never proposed)' },
    byServer: { id: 'charters.verify.byServer', defaultMessage: 'Recomputed by the server' },
    byBrowser: { id: 'charters.verify.byBrowser', defaultMessage: 'Recomputed in your browser' },
    result: { id: 'charters.verify.result', defaultMessage: 'Result' },
    matches: { id: 'charters.verify.matches', defaultMessage: '✓ Matches: the text is the one that was adopted.' },
    differs: { id: 'charters.verify.differs', defaultMessage: '✕ Does not match: the stored text differs from what was hashed.' },
    carry: { id: 'charters.verify.carry', defaultMessage: '{matching} of {total} signatures carry this hash.' },
    ruleSaved: { id: 'charters.rule.saved', defaultMessage: 'Rule saved.' },
    ruleTitle: { id: 'charters.rule.title', defaultMessage: 'Ratification rule' },
    ruleIntro: { id: 'charters.rule.intro', defaultMessage: 'The charter is in force when this rule is met.' },
    everyGroup: { id: 'charters.rule.everyGroup', defaultMessage: 'Every indispensable stakeholder group must have signed' },
    share: { id: 'charters.rule.share', defaultMessage: 'Share of active participants who must sign' },
    needed: { id: 'charters.rule.needed', defaultMessage: 'Signatures needed' },
    numeratorInvalid: { id: 'charters.rule.numeratorInvalid', defaultMessage: 'Use a whole number of 0 or more.' },
    numeratorTooBig: { id: 'charters.rule.numeratorTooBig', defaultMessage: 'The first number cannot exceed the second.' },
    ofEvery: { id: 'charters.rule.ofEvery', defaultMessage: 'of every' },
    ofEveryLabel: { id: 'charters.rule.ofEveryLabel', defaultMessage: 'of every this many active participants' },
    denominatorInvalid: { id: 'charters.rule.denominatorInvalid', defaultMessage: 'Use a whole number of 1 or more.' },
    activeParticipants: { id: 'charters.rule.activeParticipants', defaultMessage: 'active participants' },
    save: { id: 'charters.rule.save', defaultMessage: 'Save rule' },
    now: { id: 'charters.rule.now', defaultMessage: 'Now: {numerator} of {denominator}' },
    nowEveryGroup: { id: 'charters.rule.nowEveryGroup', defaultMessage: 'Now: {numerator} of {denominator}, every indispensable group' },
  }),
);

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

const MORE_SIGNATURES = /^\d+ more signatures? \(/;
const GROUP_SIGNATURE = /^A signature from the indispensable group “(.*)”\.$/;

/**
 * The server words what is still missing in English (libs/domain's evaluateRatification); the three kinds of
 * line are recognised here and said again in the person's language from the ratification's figures.
 */
function missingLine(intl: IntlShape, ratification: Ratification, line: string): string {
  if (line === 'The process has no active participants yet.') return intl.formatMessage(m.noParticipants);
  if (MORE_SIGNATURES.test(line)) {
    const { signed, active, required } = ratification;
    return intl.formatMessage(m.moreSignatures, { count: required - signed, signed, active, required });
  }
  const group = GROUP_SIGNATURE.exec(line);
  if (group) return intl.formatMessage(m.groupSignature, { group: group[1] });
  return line;
}

export function RatificationStatus({ ratification }: { ratification: Ratification }) {
  const intl = useIntl();
  return ratification.inForce ? (
    <div className="alert alert-success ratification">
      <p>
        <FormattedMessage
          {...m.inForce}
          values={{ signed: ratification.signed, active: ratification.active, required: ratification.required, strong }}
        />
      </p>
    </div>
  ) : (
    <div className="alert alert-warning ratification">
      <p>
        <FormattedMessage {...m.notInForce} values={{ strong }} />
      </p>
      <ul aria-label={intl.formatMessage(m.stillMissing)}>
        {ratification.missing.map((line) => (
          <li key={line}>{missingLine(intl, ratification, line)}</li>
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
  const intl = useIntl();
  const fmt = useFormat();
  const showReasons = board.rows.some((row) => row.declineReason);
  return (
    <section className="panel" aria-labelledby="board-title">
      <h2 id="board-title">{intl.formatMessage(m.boardTitle, { number: version.number })}</h2>
      <RatificationStatus ratification={board.ratification} />
      {board.rows.length === 0 ? (
        <EmptyState title={intl.formatMessage(m.noActive)}>
          <p>{intl.formatMessage(m.addOnMembers)}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="board-table-caption" tabIndex={0}>
          <table className="table">
            <caption id="board-table-caption">{intl.formatMessage(m.caption)}</caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(m.participant)}</th>
                <th scope="col">{intl.formatMessage(m.group)}</th>
                <th scope="col">{intl.formatMessage(m.status)}</th>
                <th scope="col">{intl.formatMessage(m.signedOn)}</th>
                {showReasons ? <th scope="col">{intl.formatMessage(m.declineReason)}</th> : null}
              </tr>
            </thead>
            <tbody>
              {board.rows.map((row) => (
                <tr key={row.userId}>
                  <th scope="row">{row.displayName}</th>
                  <td>
                    {row.group ?? (
                      <span className="muted">
                        {intl.formatMessage(m.noGroup, {
                          role: row.role in ROLE_MESSAGES ? intl.formatMessage(ROLE_MESSAGES[row.role as Role]) : row.role,
                        })}
                      </span>
                    )}
                  </td>
                  <td>
                    {row.alternateFor ? (
                      <span className="muted">
                        {intl.formatMessage(m.alternateFor, {
                          name:
                            board.rows.find((other) => other.userId === row.alternateFor)?.displayName ??
                            intl.formatMessage(m.anotherParticipant),
                        })}
                      </span>
                    ) : (
                      <span className={`sign-status sign-${row.status}`}>
                        <span aria-hidden="true">{STATUS_ICONS[row.status]} </span>
                        {row.signedBy
                          ? intl.formatMessage(m.statusByAlternate, {
                              status: intl.formatMessage(STATUS_MESSAGES[row.status]),
                              by: intl.formatMessage(m.byAlternate, { name: row.signedBy }),
                            })
                          : intl.formatMessage(STATUS_MESSAGES[row.status])}
                      </span>
                    )}
                  </td>
                  <td>{row.signedAt ? fmt.dateTime(row.signedAt) : intl.formatMessage(commonMessages.none)}</td>
                  {showReasons ? <td className="prose">{row.declineReason ?? intl.formatMessage(commonMessages.none)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        <a className="button" href={pdfUrl(processRef, version.id)} download>
          <FormattedMessage {...m.pdf} values={{ number: version.number, hidden }} />
        </a>
      </div>
      <VerifyHash processRef={processRef} version={version} />
      {mayChangeRule ? <RuleEditor processRef={processRef} ratification={board.ratification} onSaved={onRuleSaved} /> : null}
    </section>
  );
}

/** Asks the server to recompute the hash, and recomputes it in the browser as well. */
export function VerifyHash({ processRef, version }: { processRef: ProcessRef; version: CharterVersion }) {
  const intl = useIntl();
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
        {busy ? intl.formatMessage(m.verifying) : intl.formatMessage(m.verify, { number: version.number })}
      </button>
      <div role="status">
        {error ? <p className="alert alert-error">{error}</p> : null}
        {result ? (
          <dl className="facts verify-result">
            <div>
              <dt>{intl.formatMessage(m.storedHash)}</dt>
              <dd>
                <code className="hash-full">{result.server.storedHash ?? intl.formatMessage(m.neverProposed)}</code>
              </dd>
            </div>
            <div>
              <dt>{intl.formatMessage(m.byServer)}</dt>
              <dd>
                <code className="hash-full">{result.server.recomputedHash}</code>
              </dd>
            </div>
            <div>
              <dt>{intl.formatMessage(m.byBrowser)}</dt>
              <dd>
                <code className="hash-full">{result.browser}</code>
              </dd>
            </div>
            <div>
              <dt>{intl.formatMessage(m.result)}</dt>
              <dd>
                {intl.formatMessage(m.verdictCarry, {
                  verdict:
                    result.server.matches && result.browser === result.server.storedHash ? (
                      <strong className="verify-ok">{intl.formatMessage(m.matches)}</strong>
                    ) : (
                      <strong className="verify-bad">{intl.formatMessage(m.differs)}</strong>
                    ),
                  carry: intl.formatMessage(m.carry, { matching: result.server.signaturesMatching, total: result.server.signatures }),
                })}
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
  const intl = useIntl();
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
      setStatus(intl.formatMessage(m.ruleSaved));
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
      <h3 id="rule-title">{intl.formatMessage(m.ruleTitle)}</h3>
      <p className="muted">{intl.formatMessage(m.ruleIntro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <FormAlert messages={formErrors} />
      <Checkbox label={intl.formatMessage(m.everyGroup)} {...register('everyIndispensableGroup')} />
      <fieldset className="field share" aria-describedby={shareError ? `${numeratorId}-error` : undefined}>
        <legend>{intl.formatMessage(m.share)}</legend>
        <div className="share-inputs">
          <label htmlFor={numeratorId} className="visually-hidden">
            {intl.formatMessage(m.needed)}
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
                if (!Number.isInteger(numerator) || numerator < 0) return intl.formatMessage(m.numeratorInvalid);
                if (numerator > Number(getValues('shareDenominator'))) return intl.formatMessage(m.numeratorTooBig);
                return true;
              },
            })}
          />
          <span aria-hidden="true">{intl.formatMessage(m.ofEvery)}</span>
          <label htmlFor={denominatorId} className="visually-hidden">
            {intl.formatMessage(m.ofEveryLabel)}
          </label>
          <input
            id={denominatorId}
            type="number"
            inputMode="numeric"
            min={1}
            aria-invalid={errors.shareDenominator ? true : undefined}
            {...register('shareDenominator', {
              validate: (value) =>
                Number.isInteger(Number(value)) && Number(value) >= 1 ? true : intl.formatMessage(m.denominatorInvalid),
            })}
          />
          <span>{intl.formatMessage(m.activeParticipants)}</span>
        </div>
        {shareError ? (
          <p className="field-error" id={`${numeratorId}-error`}>
            <span aria-hidden="true">{WARNING_MARK}</span>
            {shareError}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} className="button">
          {intl.formatMessage(m.save)}
        </SubmitButton>
        <Badge tone="muted">
          {intl.formatMessage(ratification.everyIndispensableGroup ? m.nowEveryGroup : m.now, {
            numerator: ratification.shareNumerator,
            denominator: ratification.shareDenominator,
          })}
        </Badge>
      </div>
    </form>
  );
}
