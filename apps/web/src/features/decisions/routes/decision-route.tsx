import { useId } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { CONSENSUS_POSITIONS, DECISION_LIMITS, type ConsensusPosition } from '@common-ground/domain';
import { errorMessage, type Decision, type DecisionResults } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { ResourceView } from '../../../components/resource-view';
import { Badge } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { processRefOf, type ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { useResource } from '../../../hooks/use-resource';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import { castBallot, closeDecision, getDecision, recordOutcome, takePosition } from '../api/decisions';
import { KIND_LABELS, METHOD_LABELS, OUTCOME_LABELS, PHASE_LABELS, POSITION_HINTS, POSITION_LABELS, sentences } from '../messages';

const m = untyped(
  defineMessages({
    back: { id: 'decisions.page.back', defaultMessage: 'All decisions' },
    loading: { id: 'decisions.page.loading', defaultMessage: 'Loading the decision…' },
    kind: { id: 'decisions.page.kind', defaultMessage: 'Kind of question' },
    method: { id: 'decisions.page.method', defaultMessage: 'Method' },
    when: { id: 'decisions.page.when', defaultMessage: 'Open' },
    secret: { id: 'decisions.page.secret', defaultMessage: 'Secret ballot' },
    takePart: { id: 'decisions.page.takePart', defaultMessage: 'Your position' },
    reason: { id: 'decisions.page.reason', defaultMessage: 'Your reason' },
    reasonHint: {
      id: 'decisions.page.reasonHint',
      defaultMessage: 'Needed to stand aside or block: the group must be able to answer it.',
    },
    reasonRequired: { id: 'decisions.page.reasonRequired', defaultMessage: 'Say why you stand aside or block.' },
    choose: { id: 'decisions.page.choose', defaultMessage: 'Choose one option.' },
    send: { id: 'decisions.page.send', defaultMessage: 'Record my position' },
    change: { id: 'decisions.page.change', defaultMessage: 'Change my position' },
    cast: { id: 'decisions.page.cast', defaultMessage: 'Cast my secret ballot' },
    castTitle: { id: 'decisions.page.castTitle', defaultMessage: 'Cast your secret ballot?' },
    castMessage: {
      id: 'decisions.page.castMessage',
      defaultMessage: 'It is counted once and cannot be changed. Nobody, not even you, can read back what you chose.',
    },
    castConfirm: { id: 'decisions.page.castConfirm', defaultMessage: 'Cast ballot' },
    voted: { id: 'decisions.page.voted', defaultMessage: 'You have cast your secret ballot. It is counted once.' },
    results: { id: 'decisions.page.results', defaultMessage: 'Results' },
    provisional: { id: 'decisions.page.provisional', defaultMessage: 'So far (the decision is still open)' },
    quorum: { id: 'decisions.page.quorum', defaultMessage: 'Quorum' },
    quorumMet: { id: 'decisions.page.quorumMet', defaultMessage: 'Reached' },
    quorumNotMet: { id: 'decisions.page.quorumNotMet', defaultMessage: 'Not reached' },
    present: { id: 'decisions.page.present', defaultMessage: 'Present' },
    takingPart: { id: 'decisions.page.takingPart', defaultMessage: 'Taking part' },
    positions: { id: 'decisions.page.positions', defaultMessage: 'Positions' },
    withheld: { id: 'decisions.page.withheld', defaultMessage: 'A participant (name withheld)' },
    you: { id: 'decisions.page.you', defaultMessage: 'You' },
    close: { id: 'decisions.page.close', defaultMessage: 'Close now' },
    closeTitle: { id: 'decisions.page.closeTitle', defaultMessage: 'Close this decision now?' },
    closeMessage: {
      id: 'decisions.page.closeMessage',
      defaultMessage: 'Nobody can take a position after this. Close it when everyone who is entitled has had their say.',
    },
    outcome: { id: 'decisions.page.outcome', defaultMessage: 'Outcome' },
    outcomeStatement: { id: 'decisions.page.outcomeStatement', defaultMessage: 'What was decided, in the group’s words' },
    reviewOn: { id: 'decisions.page.reviewOn', defaultMessage: 'Review on (optional)' },
    outcomeRequired: { id: 'decisions.page.outcomeRequired', defaultMessage: 'Write what was decided.' },
    saveOutcome: { id: 'decisions.page.saveOutcome', defaultMessage: 'Record the outcome' },
    outcomeSaved: { id: 'decisions.page.outcomeSaved', defaultMessage: 'Outcome recorded.' },
  }),
);

/** `/w/:workspaceId/p/:processId/decisions/:decisionId`: the question, taking part, the results and the outcome. */
export function DecisionRoute() {
  const intl = useIntl();
  const { decisionId = '' } = useParams();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const decision = useResource<Decision>(`decision:${decisionId}`, (signal) => getDecision(processRef, decisionId, signal));
  const data = decision.data;
  return (
    <div className="stack-lg">
      <p>
        <Link to={`/w/${processRef.workspaceId}/p/${processRef.processId}/decisions`}>{intl.formatMessage(m.back)}</Link>
      </p>
      <ResourceView resource={decision} loading={intl.formatMessage(m.loading)} />
      {data ? (
        <DecisionView
          processRef={processRef}
          decision={data}
          mayManage={allowed('decisions.manage')}
          onChange={(next) => {
            decision.setData(next);
          }}
        />
      ) : null}
    </div>
  );
}

function DecisionView({
  processRef,
  decision,
  mayManage,
  onChange,
}: {
  processRef: ProcessRef;
  decision: Decision;
  mayManage: boolean;
  onChange: (decision: Decision) => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <>
      <section className="panel" aria-labelledby="decision-title">
        <div className="page-header">
          <h2 id="decision-title">{decision.title}</h2>
          <Badge tone={decision.phase === 'open' ? 'accent' : 'neutral'}>{intl.formatMessage(PHASE_LABELS[decision.phase])}</Badge>
        </div>
        {decision.question ? <p className="prose">{decision.question}</p> : null}
        <dl className="facts">
          <div>
            <dt>{intl.formatMessage(m.kind)}</dt>
            <dd>{intl.formatMessage(KIND_LABELS[decision.questionKind])}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(m.method)}</dt>
            <dd>
              {decision.secretBallot
                ? intl.formatList([intl.formatMessage(METHOD_LABELS[decision.method]), intl.formatMessage(m.secret)], {
                    type: 'unit',
                    style: 'short',
                  })
                : intl.formatMessage(METHOD_LABELS[decision.method])}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(m.when)}</dt>
            <dd>
              {intl.formatMessage(sentences.opensCloses, {
                opens: format.dateTime(decision.opensAt),
                closes: format.dateTime(decision.closesAt),
              })}
            </dd>
          </div>
        </dl>
        {mayManage && decision.phase === 'open' ? (
          <ConfirmButton
            className="button"
            title={intl.formatMessage(m.closeTitle)}
            message={intl.formatMessage(m.closeMessage)}
            confirmLabel={intl.formatMessage(m.close)}
            describeError={errorMessage}
            onConfirm={async () => {
              onChange(await closeDecision(processRef, decision.id, decision.version));
            }}
          >
            {intl.formatMessage(m.close)}
          </ConfirmButton>
        ) : null}
      </section>
      {decision.mayTakePart ? (
        decision.method === 'consensus' ? (
          <PositionForm processRef={processRef} decision={decision} onChange={onChange} />
        ) : (
          <ChoiceForm processRef={processRef} decision={decision} onChange={onChange} />
        )
      ) : null}
      {decision.myPosition && decision.secretBallot ? (
        <p className="alert alert-success" role="status">
          {intl.formatMessage(m.voted)}
        </p>
      ) : null}
      <ResultsPanel decision={decision} />
      {mayManage && decision.phase === 'closed' ? <OutcomeForm processRef={processRef} decision={decision} onChange={onChange} /> : null}
      {!mayManage && decision.outcomeStatement ? (
        <section className="panel" aria-labelledby="outcome-title">
          <h2 id="outcome-title">{intl.formatMessage(m.outcome)}</h2>
          <p className="prose">{decision.outcomeStatement}</p>
          {decision.reviewOn ? (
            <p className="muted">{intl.formatMessage(sentences.reviewOn, { day: format.day(decision.reviewOn) })}</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

interface PositionValues {
  position: ConsensusPosition | '';
  reason: string;
}

function PositionForm({
  processRef,
  decision,
  onChange,
}: {
  processRef: ProcessRef;
  decision: Decision;
  onChange: (decision: Decision) => void;
}) {
  const intl = useIntl();
  const name = useId();
  const schema: FormSchema<PositionValues> = {
    position: (value) => (value ? null : intl.formatMessage(m.choose)),
    reason: [
      text({ max: DECISION_LIMITS.reasonMax }),
      (value, values) =>
        values.position && values.position !== 'agree' && !String(value).trim() ? intl.formatMessage(m.reasonRequired) : null,
    ],
  };
  const { form, submit, formErrors, errorOf } = useCgForm<PositionValues>({
    defaultValues: { position: decision.myPosition?.position ?? '', reason: decision.myPosition?.reason ?? '' },
    schema,
    onSubmit: async (values) => {
      const reason = values.reason.trim();
      const saved = await takePosition(processRef, decision.id, {
        position: values.position as ConsensusPosition,
        ...(reason ? { reason } : {}),
      });
      form.reset({ position: saved.myPosition?.position ?? '', reason: saved.myPosition?.reason ?? '' });
      onChange(saved);
    },
  });
  return (
    <section className="panel" aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>{intl.formatMessage(m.takePart)}</h2>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <fieldset className="field radio-group" aria-invalid={errorOf('position') ? true : undefined}>
          <legend>{intl.formatMessage(m.takePart)}</legend>
          {CONSENSUS_POSITIONS.map((position) => (
            <div key={position} className="radio">
              <input
                id={`${name}-${position}`}
                type="radio"
                value={position}
                aria-describedby={`${name}-${position}-hint`}
                {...form.register('position')}
              />
              <label htmlFor={`${name}-${position}`}>
                <strong>{intl.formatMessage(POSITION_LABELS[position])}</strong>
                <span className="field-hint" id={`${name}-${position}-hint`}>
                  {intl.formatMessage(POSITION_HINTS[position])}
                </span>
              </label>
            </div>
          ))}
          {errorOf('position') ? <p className="field-error">{errorOf('position')}</p> : null}
        </fieldset>
        <TextAreaField
          label={intl.formatMessage(m.reason)}
          hint={intl.formatMessage(m.reasonHint)}
          rows={3}
          error={errorOf('reason')}
          {...form.register('reason')}
        />
        <div className="form-actions">
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(decision.myPosition ? m.change : m.send)}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

function ChoiceForm({
  processRef,
  decision,
  onChange,
}: {
  processRef: ProcessRef;
  decision: Decision;
  onChange: (decision: Decision) => void;
}) {
  const intl = useIntl();
  const name = useId();
  const schema: FormSchema<{ choice: string }> = {
    choice: (value) => (value === '' || value === null ? intl.formatMessage(m.choose) : null),
  };
  const { form, submit, formErrors, errorOf } = useCgForm<{ choice: string }>({
    defaultValues: { choice: decision.myPosition?.choice === null || !decision.myPosition ? '' : String(decision.myPosition.choice) },
    schema,
    guard: false,
    onSubmit: async (values) => {
      const saved = decision.secretBallot
        ? await castBallot(processRef, decision.id, Number(values.choice))
        : await takePosition(processRef, decision.id, { choice: Number(values.choice) });
      onChange(saved);
    },
  });
  const options = (
    <fieldset className="field radio-group" aria-invalid={errorOf('choice') ? true : undefined}>
      <legend>{intl.formatMessage(m.takePart)}</legend>
      {decision.options.map((option, index) => (
        <div key={option} className="radio">
          <input id={`${name}-${index}`} type="radio" value={String(index)} {...form.register('choice')} />
          <label htmlFor={`${name}-${index}`}>{option}</label>
        </div>
      ))}
      {errorOf('choice') ? <p className="field-error">{errorOf('choice')}</p> : null}
    </fieldset>
  );
  return (
    <section className="panel" aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>{intl.formatMessage(m.takePart)}</h2>
      {decision.secretBallot ? (
        <div className="form">
          <FormAlert messages={formErrors} />
          {options}
          <ConfirmButton
            className="button button-primary"
            confirmClassName="button button-primary"
            title={intl.formatMessage(m.castTitle)}
            message={intl.formatMessage(m.castMessage)}
            confirmLabel={intl.formatMessage(m.castConfirm)}
            describeError={errorMessage}
            onConfirm={async () => {
              const valid = await form.trigger('choice');
              if (!valid) return;
              await submit();
            }}
          >
            {intl.formatMessage(m.cast)}
          </ConfirmButton>
        </div>
      ) : (
        <form noValidate className="form" onSubmit={(event) => void submit(event)}>
          <FormAlert messages={formErrors} />
          {options}
          <div className="form-actions">
            <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(decision.myPosition ? m.change : m.send)}</SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}

function ResultsPanel({ decision }: { decision: Decision }) {
  const intl = useIntl();
  const format = useFormat();
  const results: DecisionResults | null | undefined = decision.results;
  return (
    <section className="panel" aria-labelledby="results-title">
      <h2 id="results-title">{intl.formatMessage(m.results)}</h2>
      {!results ? (
        <p>{intl.formatMessage(sentences.hiddenUntil, { time: format.dateTime(decision.closesAt) })}</p>
      ) : (
        <>
          {!results.final ? <p className="muted">{intl.formatMessage(m.provisional)}</p> : null}
          <p>
            <strong>{intl.formatMessage(OUTCOME_LABELS[results.outcome] ?? OUTCOME_LABELS.no_positions)}</strong>
          </p>
          <p>{intl.formatMessage(sentences.taken, { count: results.taken })}</p>
          {decision.method === 'consensus' ? (
            <p>{intl.formatMessage(sentences.tally, { agree: results.agree, standAside: results.standAside, block: results.block })}</p>
          ) : (
            <ul>
              {decision.options.map((option, index) => (
                <li key={option}>{intl.formatMessage(sentences.optionCount, { option, count: results.counts[index] ?? 0 })}</li>
              ))}
            </ul>
          )}
          <dl className="facts">
            <div>
              <dt>{intl.formatMessage(m.quorum)}</dt>
              <dd>{intl.formatMessage(results.quorum.met ? m.quorumMet : m.quorumNotMet)}</dd>
            </div>
            {results.quorum.attendance.needed > 0 ? (
              <div>
                <dt>{intl.formatMessage(m.present)}</dt>
                <dd>{intl.formatMessage(sentences.quorumCount, results.quorum.attendance)}</dd>
              </div>
            ) : null}
            {results.quorum.ballots.needed > 0 ? (
              <div>
                <dt>{intl.formatMessage(m.takingPart)}</dt>
                <dd>{intl.formatMessage(sentences.quorumCount, results.quorum.ballots)}</dd>
              </div>
            ) : null}
          </dl>
          {results.quorum.missingGroups.length > 0 ? (
            <p className="alert alert-warning">
              {intl.formatMessage(sentences.missingGroups, {
                groups: intl.formatList(results.quorum.missingGroups.map((group) => group.name)),
              })}
            </p>
          ) : null}
          {results.positions.length > 0 ? (
            <>
              <h3>{intl.formatMessage(m.positions)}</h3>
              <ul className="rows">
                {results.positions.map((position, index) => {
                  const person = position.mine
                    ? intl.formatMessage(m.you)
                    : (position.person?.displayName ?? intl.formatMessage(m.withheld));
                  return (
                    <li key={position.person?.id ?? `withheld-${index}`} className="row">
                      <div className="row-main">
                        <span className="row-title">
                          {position.position
                            ? intl.formatMessage(sentences.positionOf, {
                                person,
                                position: intl.formatMessage(POSITION_LABELS[position.position]),
                              })
                            : intl.formatMessage(sentences.choiceOf, { person, option: decision.options[position.choice ?? 0] ?? '' })}
                        </span>
                        {position.reason ? <span className="prose">{position.reason}</span> : null}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function OutcomeForm({
  processRef,
  decision,
  onChange,
}: {
  processRef: ProcessRef;
  decision: Decision;
  onChange: (decision: Decision) => void;
}) {
  const intl = useIntl();
  const schema: FormSchema<{ outcomeStatement: string; reviewOn: string }> = {
    outcomeStatement: text({ required: m.outcomeRequired, max: DECISION_LIMITS.outcomeMax }),
  };
  const { form, submit, formErrors, errorOf } = useCgForm<{ outcomeStatement: string; reviewOn: string }>({
    defaultValues: { outcomeStatement: decision.outcomeStatement ?? '', reviewOn: decision.reviewOn ?? '' },
    schema,
    onSubmit: async (values) => {
      const saved = await recordOutcome(processRef, decision.id, {
        outcomeStatement: values.outcomeStatement.trim(),
        reviewOn: values.reviewOn || null,
        version: decision.version,
      });
      form.reset({ outcomeStatement: saved.outcomeStatement ?? '', reviewOn: saved.reviewOn ?? '' });
      onChange(saved);
    },
  });
  return (
    <section className="panel" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{intl.formatMessage(m.outcome)}</h2>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label={intl.formatMessage(m.outcomeStatement)}
          rows={3}
          required
          error={errorOf('outcomeStatement')}
          {...form.register('outcomeStatement')}
        />
        <TextField type="date" label={intl.formatMessage(m.reviewOn)} error={errorOf('reviewOn')} {...form.register('reviewOn')} />
        <div className="form-actions">
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.saveOutcome)}</SubmitButton>
        </div>
        {decision.outcomeStatement && !form.formState.isDirty ? (
          <p role="status" className="form-status">
            {intl.formatMessage(m.outcomeSaved)}
          </p>
        ) : null}
      </form>
    </section>
  );
}
