import { INITIATOR_KEY_QUESTIONS, KEY_QUESTION_NOTES_MAX, RISK_LABELS, RISK_RATINGS, type RiskRating } from '@common-ground/domain';
import { useState } from 'react';
import { FormAlert, SelectField, SubmitButton, TextAreaField } from '../../../components/fields';
import { Badge } from '../../../components/states';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { useResource } from '../../../hooks/use-resource';
import { getKeyQuestions, saveKeyQuestions } from '../api/initiation';
import type { KeyQuestions } from '../api/types';
import { SavedStamp } from './document-form';
import { RISK_TONES } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

const RISK_OPTIONS = RISK_RATINGS.map((risk) => ({ value: risk, label: RISK_LABELS[risk] }));

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
  const resource = useResource<KeyQuestions>(`key-questions:${processRef.processId}`, (signal) => getKeyQuestions(processRef, signal));
  const [status, setStatus] = useState('');
  const data = resource.data;

  return (
    <section className="panel" aria-labelledby="key-questions-title">
      <h2 id="key-questions-title">Key questions for initiators</h2>
      <p className="muted">
        Before deciding to use a multi-stakeholder process, weigh each question and rate its risk. The notes are for the conveners and
        facilitators only.
      </p>
      {data ? (
        <p>
          <Badge tone={RISK_TONES[data.summary.highest]}>
            Highest risk:{' '}
            {data.summary.highest === 'not_assessed'
              ? 'not assessed yet'
              : RISK_LABELS[data.summary.highest].replace(' risk', '').toLowerCase()}
          </Badge>{' '}
          <span className="muted">
            {data.summary.assessed} of {data.summary.total} questions rated
          </span>
        </p>
      ) : null}
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={resource} loading="Loading the key questions…" />
      {data && mayManage ? (
        <KeyQuestionsForm
          key={data.version}
          processRef={processRef}
          data={data}
          onSaved={(saved) => {
            resource.setData(saved);
            setStatus('The key questions were saved.');
            onChanged();
          }}
          onTakeTheirs={(current) => {
            resource.setData(current);
            setStatus('You now see the key questions as saved by someone else.');
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
  return (
    <dl className="facts">
      {INITIATOR_KEY_QUESTIONS.map((question) => {
        const answer = data.answers.find((item) => item.questionId === question.id);
        const risk: RiskRating = answer?.risk ?? 'not_assessed';
        return (
          <div key={question.id}>
            <dt>{question.question}</dt>
            <dd>
              <Badge tone={RISK_TONES[risk]}>{RISK_LABELS[risk]}</Badge>
              <p className="prose">{answer?.notes ? answer.notes : <span className="muted">No notes.</span>}</p>
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
          what="the key questions"
          busy={form.formState.isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      {INITIATOR_KEY_QUESTIONS.map((question, index) => (
        <fieldset key={question.id} className="radio-group">
          <legend>
            {String(index + 1)}. {question.question}
          </legend>
          <p className="field-hint">{question.help}</p>
          <SelectField label="Risk" options={RISK_OPTIONS} error={errorOf(riskField(question.id))} {...register(riskField(question.id))} />
          <TextAreaField label="Notes" rows={3} error={errorOf(notesField(question.id))} {...register(notesField(question.id))} />
        </fieldset>
      ))}
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>Save the key questions</SubmitButton>
      </div>
    </form>
  );
}
