import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { DECISION_METHODS, type DecisionMethod, VOTE_THRESHOLDS, type VoteThreshold } from '@common-ground/domain';
import type { DecisionRule, DecisionRules } from '../../../api';
import { Checkbox, FormAlert, SelectField, SubmitButton } from '../../../components/fields';
import { ResourceView } from '../../../components/resource-view';
import type { ProcessRef } from '../../../context/process-ref';
import type { Resource } from '../../../hooks/use-resource';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { untyped } from '../../../i18n/untyped';
import { setDecisionRule } from '../api/decisions';
import { KIND_LABELS, METHOD_LABELS, sentences, THRESHOLD_LABELS } from '../messages';

const m = untyped(
  defineMessages({
    title: { id: 'decisions.rules.title', defaultMessage: 'How we decide' },
    intro: {
      id: 'decisions.rules.intro',
      defaultMessage: 'The method the charter sets for each kind of question. A decision keeps the rule it was put under.',
    },
    loading: { id: 'decisions.rules.loading', defaultMessage: 'Loading the decision rules…' },
    kind: { id: 'decisions.rules.kind', defaultMessage: 'Question' },
    method: { id: 'decisions.rules.method', defaultMessage: 'Method' },
    quorum: { id: 'decisions.rules.quorum', defaultMessage: 'Quorum' },
    noQuorum: { id: 'decisions.rules.noQuorum', defaultMessage: 'None' },
    balanced: { id: 'decisions.rules.balanced', defaultMessage: 'Every indispensable group present' },
    secretAllowed: { id: 'decisions.rules.secretAllowed', defaultMessage: 'Secret ballot allowed' },
    methodByDefault: { id: 'decisions.rules.methodByDefault', defaultMessage: '{method} (the default)' },
    edit: { id: 'decisions.rules.edit', defaultMessage: 'Change' },
    editLabel: { id: 'decisions.rules.editLabel', defaultMessage: 'Change the rule for “{kind}”' },
    threshold: { id: 'decisions.rules.threshold', defaultMessage: 'A vote needs' },
    attendance: { id: 'decisions.rules.attendance', defaultMessage: 'Present at least' },
    ballots: { id: 'decisions.rules.ballots', defaultMessage: 'Taking part at least' },
    none: { id: 'decisions.rules.none', defaultMessage: 'No minimum' },
    half: { id: 'decisions.rules.half', defaultMessage: 'Half' },
    twoThirds: { id: 'decisions.rules.twoThirds', defaultMessage: 'Two thirds' },
    threeQuarters: { id: 'decisions.rules.threeQuarters', defaultMessage: 'Three quarters' },
    all: { id: 'decisions.rules.all', defaultMessage: 'Everyone' },
    save: { id: 'decisions.rules.save', defaultMessage: 'Save the rule' },
    cancel: { id: 'decisions.rules.cancel', defaultMessage: 'Cancel' },
    what: { id: 'decisions.rules.what', defaultMessage: 'this decision rule' },
  }),
);

/** Shares people choose from: the API takes any fraction, the screen offers the usual ones. */
const SHARES = { none: null, half: [1, 2], twoThirds: [2, 3], threeQuarters: [3, 4], all: [1, 1] } as const;
type ShareKey = keyof typeof SHARES;

function shareKey(share: { numerator: number; denominator: number } | null): ShareKey {
  if (!share) return 'none';
  const found = (Object.keys(SHARES) as ShareKey[]).find((key) => {
    const value = SHARES[key];
    return value !== null && value[0] * share.denominator === value[1] * share.numerator;
  });
  return found ?? 'half';
}

const shareOf = (key: ShareKey) => {
  const value = SHARES[key];
  return value ? { numerator: value[0], denominator: value[1] } : null;
};

export function RulesPanel({ processRef, rules, mayEdit }: { processRef: ProcessRef; rules: Resource<DecisionRules>; mayEdit: boolean }) {
  const intl = useIntl();
  const [editing, setEditing] = useState<string | null>(null);
  const data = rules.data;
  const shareText = (share: { numerator: number; denominator: number } | null) =>
    share ? intl.formatMessage(sentences.share, share) : intl.formatMessage(m.noQuorum);
  return (
    <section className="panel" aria-labelledby="decision-rules-title">
      <h2 id="decision-rules-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <ResourceView resource={rules} loading={intl.formatMessage(m.loading)} />
      {data ? (
        <ul className="rows">
          {data.items.map((rule) => (
            <li key={rule.questionKind} className="row">
              <div className="row-main">
                <span className="row-title">{intl.formatMessage(KIND_LABELS[rule.questionKind])}</span>
                <span>
                  {intl.formatList(
                    [
                      rule.isDefault
                        ? intl.formatMessage(m.methodByDefault, { method: intl.formatMessage(METHOD_LABELS[rule.method]) })
                        : intl.formatMessage(METHOD_LABELS[rule.method]),
                      ...(rule.method === 'vote' ? [intl.formatMessage(THRESHOLD_LABELS[rule.threshold])] : []),
                      ...(rule.secretBallotAllowed ? [intl.formatMessage(m.secretAllowed)] : []),
                    ],
                    { type: 'unit', style: 'short' },
                  )}
                </span>
                <span className="muted">
                  {intl.formatMessage(sentences.labelled, {
                    label: intl.formatMessage(m.quorum),
                    value: intl.formatList(
                      [
                        ...(rule.quorum.attendance
                          ? [intl.formatMessage(sentences.quorumAttendance, { share: shareText(rule.quorum.attendance) })]
                          : []),
                        ...(rule.quorum.ballots
                          ? [intl.formatMessage(sentences.quorumBallots, { share: shareText(rule.quorum.ballots) })]
                          : []),
                        ...(!rule.quorum.attendance && !rule.quorum.ballots ? [intl.formatMessage(m.noQuorum)] : []),
                        ...(rule.quorum.sectorBalanced ? [intl.formatMessage(m.balanced)] : []),
                      ],
                      { type: 'unit', style: 'short' },
                    ),
                  })}
                </span>
                {editing === rule.questionKind ? (
                  <RuleForm
                    processRef={processRef}
                    rule={rule}
                    onDone={(saved) => {
                      setEditing(null);
                      if (saved)
                        rules.setData((previous) => ({
                          items: previous.items.map((item) => (item.questionKind === saved.questionKind ? saved : item)),
                        }));
                    }}
                  />
                ) : null}
              </div>
              {mayEdit && editing !== rule.questionKind ? (
                <div className="row-actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={intl.formatMessage(m.editLabel, { kind: intl.formatMessage(KIND_LABELS[rule.questionKind]) })}
                    onClick={() => {
                      setEditing(rule.questionKind);
                    }}
                  >
                    {intl.formatMessage(m.edit)}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

interface RuleValues {
  method: DecisionMethod;
  threshold: VoteThreshold;
  attendance: ShareKey;
  ballots: ShareKey;
  sectorBalanced: boolean;
  secretBallotAllowed: boolean;
}

function RuleForm({
  processRef,
  rule,
  onDone,
}: {
  processRef: ProcessRef;
  rule: DecisionRule;
  onDone: (saved: DecisionRule | null) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const shareOptions = (Object.keys(SHARES) as ShareKey[]).map((value) => ({ value, label: intl.formatMessage(m[value]) }));
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<RuleValues, DecisionRule>({
    defaultValues: {
      method: rule.method,
      threshold: rule.threshold,
      attendance: shareKey(rule.quorum.attendance),
      ballots: shareKey(rule.quorum.ballots),
      sectorBalanced: rule.quorum.sectorBalanced,
      secretBallotAllowed: rule.secretBallotAllowed,
    },
    conflict: { parse: versioned<DecisionRule>, onTakeTheirs: (current) => onDone(current) },
    onSubmit: async (values, { over }) => {
      onDone(
        await setDecisionRule(processRef, rule.questionKind, {
          method: values.method,
          threshold: values.threshold,
          quorum: { attendance: shareOf(values.attendance), ballots: shareOf(values.ballots), sectorBalanced: values.sectorBalanced },
          secretBallotAllowed: values.method !== 'consensus' && values.secretBallotAllowed,
          version: (over ?? rule).version,
        }),
      );
    },
  });
  const method = form.watch('method');
  return (
    <form noValidate className="form card" id={id} onSubmit={(event) => void submit(event)}>
      {conflict ? (
        <ConflictNotice
          what={intl.formatMessage(m.what)}
          busy={form.formState.isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      <SelectField
        label={intl.formatMessage(m.method)}
        options={DECISION_METHODS.map((value) => ({ value, label: intl.formatMessage(METHOD_LABELS[value]) }))}
        {...form.register('method')}
      />
      {method === 'vote' ? (
        <SelectField
          label={intl.formatMessage(m.threshold)}
          options={VOTE_THRESHOLDS.map((value) => ({ value, label: intl.formatMessage(THRESHOLD_LABELS[value]) }))}
          {...form.register('threshold')}
        />
      ) : null}
      <SelectField label={intl.formatMessage(m.attendance)} options={shareOptions} {...form.register('attendance')} />
      <SelectField label={intl.formatMessage(m.ballots)} options={shareOptions} {...form.register('ballots')} />
      <Checkbox label={intl.formatMessage(m.balanced)} {...form.register('sectorBalanced')} />
      {method !== 'consensus' ? <Checkbox label={intl.formatMessage(m.secretAllowed)} {...form.register('secretBallotAllowed')} /> : null}
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
        <button
          type="button"
          className="button"
          onClick={() => {
            onDone(null);
          }}
        >
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}
