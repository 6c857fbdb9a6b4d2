import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { DECISION_LIMITS, instantFromWallClock, QUESTION_KINDS, type QuestionKind, wallClockInZone } from '@common-ground/domain';
import { errorMessage, type DecisionRule, type DecisionRules, type DecisionSummary } from '../../../api';
import { Checkbox, FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { Badge, EmptyState, ErrorState, Loading } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { processRefOf, type ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { usePagedList } from '../../../hooks/use-paged-list';
import { useResource } from '../../../hooks/use-resource';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import { createDecision, getDecisionRules, getDecisions } from '../api/decisions';
import { ObjectionsPanel } from '../components/objections-panel';
import { RulesPanel } from '../components/rules-panel';
import { KIND_LABELS, METHOD_LABELS, PHASE_LABELS, sentences } from '../messages';

const m = untyped(
  defineMessages({
    title: { id: 'decisions.route.title', defaultMessage: 'Decisions' },
    intro: {
      id: 'decisions.route.intro',
      defaultMessage:
        'Every binding choice of the group, taken by the method the charter sets for that kind of question, with who took part and what they objected to.',
    },
    loading: { id: 'decisions.route.loading', defaultMessage: 'Loading the decisions…' },
    empty: { id: 'decisions.route.empty', defaultMessage: 'No decision yet' },
    emptyHint: {
      id: 'decisions.route.emptyHint',
      defaultMessage: 'When the group decides something — adopting ground rules, approving a plan — it is recorded here.',
    },
    put: { id: 'decisions.route.put', defaultMessage: 'Put a question to the group' },
    cancel: { id: 'decisions.route.cancel', defaultMessage: 'Cancel' },
    more: { id: 'decisions.route.more', defaultMessage: 'Show older decisions' },
    newTitle: { id: 'decisions.new.title', defaultMessage: 'A new decision' },
    kind: { id: 'decisions.new.kind', defaultMessage: 'Kind of question' },
    kindHint: { id: 'decisions.new.kindHint', defaultMessage: 'Its rule sets the method: {method}.' },
    questionTitle: { id: 'decisions.new.questionTitle', defaultMessage: 'Title' },
    question: { id: 'decisions.new.question', defaultMessage: 'What exactly is being decided' },
    options: { id: 'decisions.new.options', defaultMessage: 'Options, one per line' },
    optionsHint: { id: 'decisions.new.optionsHint', defaultMessage: 'Between 2 and 20 options.' },
    closes: { id: 'decisions.new.closes', defaultMessage: 'Closes at' },
    closesHint: { id: 'decisions.new.closesHint', defaultMessage: 'On the process’s clock ({zone}). It opens now.' },
    secret: { id: 'decisions.new.secret', defaultMessage: 'Secret ballot: nobody, not even the conveners, can see who chose what' },
    hide: {
      id: 'decisions.new.hide',
      defaultMessage: 'Hide the results from everyone until it closes (this cannot be undone)',
    },
    create: { id: 'decisions.new.create', defaultMessage: 'Open the decision' },
    creating: { id: 'decisions.new.creating', defaultMessage: 'Opening…' },
    badTime: { id: 'decisions.new.badTime', defaultMessage: 'Choose a date and time.' },
    titleRequired: { id: 'decisions.new.titleRequired', defaultMessage: 'Give the decision a title.' },
    tooFew: { id: 'decisions.new.tooFew', defaultMessage: 'Give at least two options.' },
  }),
);

/** `/w/:workspaceId/p/:processId/decisions`: the decision log, a new decision, the objections register, the rules. */
export function DecisionsRoute() {
  const intl = useIntl();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const mayManage = allowed('decisions.manage');
  const log = usePagedList<DecisionSummary>(`decisions:${process.id}`, (query, signal) => getDecisions(processRef, query.cursor, signal));
  const [composing, setComposing] = useState(false);
  const rules = useResource<DecisionRules>(`decision-rules:${process.id}`, (signal) => getDecisionRules(processRef, signal));

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="decisions-title">
        <div className="page-header">
          <h2 id="decisions-title">{intl.formatMessage(m.title)}</h2>
          {mayManage && !composing ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setComposing(true);
              }}
            >
              {intl.formatMessage(m.put)}
            </button>
          ) : null}
        </div>
        <p className="muted">{intl.formatMessage(m.intro)}</p>
        {composing && rules.data ? (
          <NewDecision
            processRef={processRef}
            timeZone={process.timezone}
            rules={rules.data.items}
            onCancel={() => {
              setComposing(false);
            }}
            onCreated={() => {
              setComposing(false);
              log.reload();
            }}
          />
        ) : null}
        {log.error ? <ErrorState message={errorMessage(log.error)} onRetry={log.reload} /> : null}
        {!log.items && log.isLoading ? <Loading label={intl.formatMessage(m.loading)} /> : null}
        {log.items?.length === 0 ? (
          <EmptyState title={intl.formatMessage(m.empty)}>
            <p>{intl.formatMessage(m.emptyHint)}</p>
          </EmptyState>
        ) : null}
        {log.items && log.items.length > 0 ? (
          <ul className="cards" aria-label={intl.formatMessage(m.title)} aria-busy={log.isLoading}>
            {log.items.map((decision) => (
              <DecisionItem key={decision.id} processRef={processRef} decision={decision} />
            ))}
          </ul>
        ) : null}
        {log.hasMore && log.items ? (
          <div className="load-more">
            <button type="button" className="button" disabled={log.isLoadingMore} onClick={() => void log.loadMore()}>
              {intl.formatMessage(m.more)}
            </button>
            {log.loadMoreError ? <p role="alert">{errorMessage(log.loadMoreError)}</p> : null}
          </div>
        ) : null}
      </section>
      <ObjectionsPanel processRef={processRef} mayAnswer={allowed('objections.review')} mayWithdraw={allowed('decisions.take')} />
      <RulesPanel processRef={processRef} rules={rules} mayEdit={allowed('decisions.rules.edit')} />
    </div>
  );
}

function DecisionItem({ processRef, decision }: { processRef: ProcessRef; decision: DecisionSummary }) {
  const intl = useIntl();
  const format = useFormat();
  const when =
    decision.phase === 'closed'
      ? intl.formatMessage(sentences.closedAt, { time: format.dateTime(decision.closesAt) })
      : decision.phase === 'open'
        ? intl.formatMessage(sentences.closesAt, { time: format.dateTime(decision.closesAt) })
        : intl.formatMessage(sentences.opensAt, { time: format.dateTime(decision.opensAt) });
  return (
    <li className="card">
      <h3 className="card-title">
        <Link to={`/w/${processRef.workspaceId}/p/${processRef.processId}/decisions/${decision.id}`}>{decision.title}</Link>
      </h3>
      <p className="card-meta">
        <Badge tone={decision.phase === 'open' ? 'accent' : 'neutral'}>{intl.formatMessage(PHASE_LABELS[decision.phase])}</Badge>
        <Badge>{intl.formatMessage(METHOD_LABELS[decision.method])}</Badge>
        <Badge tone="muted">{intl.formatMessage(KIND_LABELS[decision.questionKind])}</Badge>
      </p>
      <p className="muted">{when}</p>
      {decision.outcomeStatement ? <p className="prose">{decision.outcomeStatement}</p> : null}
    </li>
  );
}

/** The default closing time: a week from now, on the process's clock. */
function weekFromNow(timeZone: string): string {
  return wallClockInZone(new Date(Date.now() + 7 * 24 * 3600 * 1000), timeZone);
}

interface NewValues {
  questionKind: QuestionKind;
  title: string;
  question: string;
  options: string;
  closesAt: string;
  secretBallot: boolean;
  hideResultsUntilClosed: boolean;
}

function NewDecision({
  processRef,
  timeZone,
  rules,
  onCancel,
  onCreated,
}: {
  processRef: ProcessRef;
  timeZone: string;
  rules: DecisionRule[];
  onCancel: () => void;
  onCreated: () => void;
}) {
  const intl = useIntl();
  const lines = (value: string) =>
    value
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
  const schema: FormSchema<NewValues> = {
    title: text({ required: m.titleRequired, max: DECISION_LIMITS.titleMax }),
    question: text({ max: DECISION_LIMITS.questionMax }),
    closesAt: (value) => (typeof value === 'string' && instantFromWallClock(value, timeZone) ? null : intl.formatMessage(m.badTime)),
    options: (value, values) => {
      const rule = rules.find((candidate) => candidate.questionKind === values.questionKind);
      return rule && rule.method !== 'consensus' && lines(String(value)).length < 2 ? intl.formatMessage(m.tooFew) : null;
    },
  };
  const { form, submit, formErrors, errorOf } = useCgForm<NewValues>({
    defaultValues: {
      questionKind: 'general',
      title: '',
      question: '',
      options: '',
      closesAt: weekFromNow(timeZone),
      secretBallot: false,
      hideResultsUntilClosed: false,
    },
    schema,
    onSubmit: async (values) => {
      const rule = rules.find((candidate) => candidate.questionKind === values.questionKind);
      await createDecision(processRef, {
        questionKind: values.questionKind,
        title: values.title.trim(),
        question: values.question.trim(),
        closesAt: instantFromWallClock(values.closesAt, timeZone)!.toISOString(),
        ...(rule?.method === 'consensus' ? {} : { options: lines(values.options) }),
        ...(rule?.secretBallotAllowed ? { secretBallot: values.secretBallot } : {}),
        hideResultsUntilClosed: values.hideResultsUntilClosed,
      });
      form.reset();
      onCreated();
    },
  });
  const { register, formState, watch } = form;
  const kind = watch('questionKind');
  const rule = rules.find((candidate) => candidate.questionKind === kind);
  return (
    <form noValidate className="form card" aria-labelledby="new-decision-title" onSubmit={(event) => void submit(event)}>
      <h3 id="new-decision-title">{intl.formatMessage(m.newTitle)}</h3>
      <FormAlert messages={formErrors} />
      <SelectField
        label={intl.formatMessage(m.kind)}
        hint={rule ? intl.formatMessage(m.kindHint, { method: intl.formatMessage(METHOD_LABELS[rule.method]) }) : undefined}
        options={QUESTION_KINDS.map((value) => ({ value, label: intl.formatMessage(KIND_LABELS[value]) }))}
        {...register('questionKind')}
      />
      <TextField label={intl.formatMessage(m.questionTitle)} required error={errorOf('title')} {...register('title')} />
      <TextAreaField label={intl.formatMessage(m.question)} rows={3} error={errorOf('question')} {...register('question')} />
      {rule && rule.method !== 'consensus' ? (
        <TextAreaField
          label={intl.formatMessage(m.options)}
          hint={intl.formatMessage(m.optionsHint)}
          rows={4}
          error={errorOf('options')}
          {...register('options')}
        />
      ) : null}
      <TextField
        type="datetime-local"
        label={intl.formatMessage(m.closes)}
        hint={intl.formatMessage(m.closesHint, { zone: timeZone })}
        required
        error={errorOf('closesAt')}
        {...register('closesAt')}
      />
      {rule?.secretBallotAllowed ? <Checkbox label={intl.formatMessage(m.secret)} {...register('secretBallot')} /> : null}
      <Checkbox label={intl.formatMessage(m.hide)} {...register('hideResultsUntilClosed')} />
      <div className="form-actions">
        <SubmitButton busy={formState.isSubmitting} busyLabel={intl.formatMessage(m.creating)}>
          {intl.formatMessage(m.create)}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}
