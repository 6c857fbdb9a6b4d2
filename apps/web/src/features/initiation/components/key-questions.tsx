import { INITIATOR_KEY_QUESTIONS, KEY_QUESTION_NOTES_MAX, RISK_RATINGS, type RiskRating } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { FormAlert, SelectField, SubmitButton, TextAreaField } from '../../../components/fields';
import { Badge } from '../../../components/states';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { useResource } from '../../../hooks/use-resource';
import { getKeyQuestions, saveKeyQuestions } from '../api/initiation';
import type { KeyQuestions } from '../api/types';
import { SavedStamp } from './document-form';
import { INITIATOR_QUESTION_MESSAGES, RISK_TONES } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { untyped } from '../../../i18n/untyped';
import { RISK_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    summaryLine: { id: 'initiation.keyQuestions.summaryLine', defaultMessage: '{highest} {rated}' },
    title: { id: 'initiation.keyQuestions.title', defaultMessage: 'Key questions for initiators' },
    intro: {
      id: 'initiation.keyQuestions.intro',
      defaultMessage:
        'Before deciding to use a multi-stakeholder process, weigh each question and rate its risk. The notes are for the conveners and facilitators only.',
    },
    highest: {
      id: 'initiation.keyQuestions.highest',
      defaultMessage: 'Highest risk: {risk, select, not_assessed {not assessed yet} low {low} medium {medium} high {high} other {{risk}}}',
    },
    rated: { id: 'initiation.keyQuestions.rated', defaultMessage: '{assessed} of {total} questions rated' },
    loading: { id: 'initiation.keyQuestions.loading', defaultMessage: 'Loading the key questions…' },
    saved: { id: 'initiation.keyQuestions.saved', defaultMessage: 'The key questions were saved.' },
    tookTheirs: { id: 'initiation.keyQuestions.tookTheirs', defaultMessage: 'You now see the key questions as saved by someone else.' },
    noNotes: { id: 'initiation.keyQuestions.noNotes', defaultMessage: 'No notes.' },
    what: { id: 'initiation.keyQuestions.what', defaultMessage: 'the key questions' },
    numbered: { id: 'initiation.keyQuestions.numbered', defaultMessage: '{number}. {question}' },
    risk: { id: 'initiation.keyQuestions.risk', defaultMessage: 'Risk' },
    notes: { id: 'initiation.keyQuestions.notes', defaultMessage: 'Notes' },
    save: { id: 'initiation.keyQuestions.save', defaultMessage: 'Save the key questions' },
  }),
);

type Values = Record<string, string>;

const riskField = (id: string) => `${id}-risk`;
const notesField = (id: string) => `${id}-notes`;

function toValues(data: KeyQuestions): Values {
  return Object.fromEntries(
    data.answers.flatMap((answer) => [
      [riskField(answer.questionId), answer.risk],
      [notesField(answer.questionId), answer.notes],
    ]),
  );
}

/** The key questions for initiators (Lesson 11 §1), each rated for risk, with notes; conveners and facilitators only. */
export function KeyQuestionsPanel({
  processRef,
  mayManage,
  onChanged,
}: {
  processRef: ProcessRef;
  mayManage: boolean;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const resource = useResource<KeyQuestions>(`key-questions:${processRef.processId}`, (signal) => getKeyQuestions(processRef, signal));
  const [status, setStatus] = useState('');
  const data = resource.data;

  return (
    <section className="panel" aria-labelledby="key-questions-title">
      <h2 id="key-questions-title">{intl.formatMessage(messages.title)}</h2>
      <p className="muted">{intl.formatMessage(messages.intro)}</p>
      {data ? (
        <p>
          {intl.formatMessage(messages.summaryLine, {
            highest: (
              <Badge tone={RISK_TONES[data.summary.highest]}>{intl.formatMessage(messages.highest, { risk: data.summary.highest })}</Badge>
            ),
            rated: (
              <span className="muted">
                {intl.formatMessage(messages.rated, { assessed: data.summary.assessed, total: data.summary.total })}
              </span>
            ),
          })}
        </p>
      ) : null}
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={resource} loading={intl.formatMessage(messages.loading)} />
      {data && mayManage ? (
        <KeyQuestionsForm
          key={data.version}
          processRef={processRef}
          data={data}
          onSaved={(saved) => {
            resource.setData(saved);
            setStatus(intl.formatMessage(messages.saved));
            onChanged();
          }}
          onTakeTheirs={(current) => {
            resource.setData(current);
            setStatus(intl.formatMessage(messages.tookTheirs));
          }}
          onEdit={() => {
            setStatus('');
          }}
        />
      ) : null}
      {data && !mayManage ? <KeyQuestionFacts data={data} /> : null}
    </section>
  );
}

function KeyQuestionFacts({ data }: { data: KeyQuestions }) {
  const intl = useIntl();
  return (
    <dl className="facts">
      {INITIATOR_KEY_QUESTIONS.map((question) => {
        const answer = data.answers.find((item) => item.questionId === question.id);
        const risk: RiskRating = answer?.risk ?? 'not_assessed';
        return (
          <div key={question.id}>
            <dt>{intl.formatMessage(INITIATOR_QUESTION_MESSAGES[question.id].question)}</dt>
            <dd>
              <Badge tone={RISK_TONES[risk]}>{intl.formatMessage(RISK_MESSAGES[risk])}</Badge>
              <p className="prose">
                {answer?.notes ? answer.notes : <span className="muted">{intl.formatMessage(messages.noNotes)}</span>}
              </p>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function isKeyQuestions(value: unknown): value is KeyQuestions {
  return typeof value === 'object' && value !== null && Array.isArray((value as { answers?: unknown }).answers);
}

const SCHEMA: FormSchema<Values> = Object.fromEntries(
  INITIATOR_KEY_QUESTIONS.map((question) => [notesField(question.id), text({ max: KEY_QUESTION_NOTES_MAX })]),
);

function KeyQuestionsForm({
  processRef,
  data,
  onSaved,
  onTakeTheirs,
  onEdit,
}: {
  processRef: ProcessRef;
  data: KeyQuestions;
  onSaved: (saved: KeyQuestions) => void;
  onTakeTheirs: (current: KeyQuestions) => void;
  onEdit: () => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors, conflict, keepMine, takeTheirs, errorOf } = useCgForm<Values, KeyQuestions>({
    defaultValues: toValues(data),
    schema: SCHEMA,
    // The API names fields by position (answers.3.notes); the form by question.
    aliases: Object.fromEntries(
      INITIATOR_KEY_QUESTIONS.flatMap((question, index) => [
        [`answers.${String(index)}.risk`, riskField(question.id)],
        [`answers.${String(index)}.notes`, notesField(question.id)],
      ]),
    ),
    conflict: { parse: (current) => (isKeyQuestions(current) ? current : null), toValues, onTakeTheirs },
    onSubmit: async (values, { over }) => {
      onEdit();
      const answers = INITIATOR_KEY_QUESTIONS.map((question) => ({
        questionId: question.id,
        risk: values[riskField(question.id)] as RiskRating,
        notes: (values[notesField(question.id)] ?? '').trim(),
      }));
      onSaved(await saveKeyQuestions(processRef, { answers, version: (over ?? data).version }));
    },
  });
  const { register } = form;

  return (
    <form noValidate className="form" aria-labelledby="key-questions-title" onSubmit={(event) => void submit(event)}>
      <SavedStamp updatedAt={data.updatedAt} updatedBy={data.updatedBy} />
      {conflict ? (
        <ConflictNotice
          what={intl.formatMessage(messages.what)}
          busy={form.formState.isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      {INITIATOR_KEY_QUESTIONS.map((question, index) => (
        <fieldset key={question.id} className="radio-group">
          <legend>
            {intl.formatMessage(messages.numbered, {
              number: String(index + 1),
              question: intl.formatMessage(INITIATOR_QUESTION_MESSAGES[question.id].question),
            })}
          </legend>
          <p className="field-hint">{intl.formatMessage(INITIATOR_QUESTION_MESSAGES[question.id].help)}</p>
          <SelectField
            label={intl.formatMessage(messages.risk)}
            options={RISK_RATINGS.map((risk) => ({ value: risk, label: intl.formatMessage(RISK_MESSAGES[risk]) }))}
            error={errorOf(riskField(question.id))}
            {...register(riskField(question.id))}
          />
          <TextAreaField
            label={intl.formatMessage(messages.notes)}
            rows={3}
            error={errorOf(notesField(question.id))}
            {...register(notesField(question.id))}
          />
        </fieldset>
      ))}
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(messages.save)}</SubmitButton>
      </div>
    </form>
  );
}
