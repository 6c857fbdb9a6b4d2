import {
  DO_NO_HARM_RATING_LABELS,
  DO_NO_HARM_RATINGS,
  type DoNoHarmRating,
  type DoNoHarmStatus,
  MITIGATION_MAX,
} from '@common-ground/domain';
import { useId, useState } from 'react';
import { type DoNoHarm, type DoNoHarmAnswerInput, errorMessage } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { Badge } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { completeDoNoHarm, getDoNoHarm, saveDoNoHarm } from '../api/selection';
import { VersionConflict } from './version-conflict';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

const STATUS_TEXT: Record<DoNoHarmStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  answered: 'Answered, not yet marked complete',
  complete: 'Complete',
};

type Answer = { rating: DoNoHarmRating | ''; mitigation: string };
type Values = { answers: Record<string, Answer> };

function toValues(doc: DoNoHarm): Values {
  return {
    answers: Object.fromEntries(
      doc.questions.map((question) => {
        const answer = doc.answers.find((item) => item.key === question.key);
        return [question.key, { rating: answer?.rating ?? '', mitigation: answer?.mitigation ?? '' }];
      }),
    ),
  };
}

/**
 * "Assess the possibility of the process affecting the participants or the conflict dynamics negatively"
 * (Lesson 11 §3): a rating and a mitigation per question; a convener marks it complete.
 */
export function DoNoHarmPanel({
  processRef,
  mayManage,
  mayComplete,
}: {
  processRef: ProcessRef;
  mayManage: boolean;
  mayComplete: boolean;
}) {
  const fmt = useFormat();
  const doc = useResource<DoNoHarm>(`do-no-harm:${processRef.processId}`, (signal) => getDoNoHarm(processRef, signal));
  const [status, setStatus] = useState('');
  const [completeError, setCompleteError] = useState<string | null>(null);
  const [completing, setCompleting] = useState(false);
  const data = doc.data;

  const complete = async (version: number) => {
    setCompleting(true);
    setCompleteError(null);
    try {
      doc.setData(await completeDoNoHarm(processRef, version));
      setStatus('The Do-No-Harm self-assessment is marked complete.');
    } catch (error) {
      setCompleteError(errorMessage(error));
    } finally {
      setCompleting(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="do-no-harm-title">
      <h2 id="do-no-harm-title">Do-No-Harm self-assessment</h2>
      <p className="muted">
        Could the process harm participants or worsen the conflict? Rate each risk and say how it is prevented or reduced. The answers name
        risks to people, so only conveners, facilitators and the secretariat read them.
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={doc} loading="Loading the Do-No-Harm assessment…" />
      {data ? (
        <>
          <p>
            Status: <Badge tone={data.status === 'complete' ? 'accent' : 'warning'}>{STATUS_TEXT[data.status]}</Badge>
            {data.completedAt ? (
              <span className="muted">
                {' '}
                Marked complete by {data.completedBy?.displayName} on {fmt.dateTime(data.completedAt)}.
              </span>
            ) : null}
          </p>
          {mayComplete && data.status === 'answered' ? (
            <div className="stack">
              <p>Every question is answered. Mark the assessment complete once the conveners agree with it.</p>
              <p>
                <button type="button" className="button button-primary" disabled={completing} onClick={() => void complete(data.version)}>
                  {completing ? 'Marking…' : 'Mark the assessment complete'}
                </button>
              </p>
              <div role="alert">{completeError ? <p className="alert alert-error">{completeError}</p> : null}</div>
            </div>
          ) : null}
          {mayManage ? (
            <DoNoHarmForm
              key={data.version}
              processRef={processRef}
              doc={data}
              onSaved={(saved) => {
                doc.setData(saved);
                setStatus(
                  saved.status === 'complete'
                    ? 'Answers saved.'
                    : 'Answers saved. Changed answers need the assessment to be marked complete again.',
                );
              }}
              onEdit={() => {
                setStatus('');
              }}
              onReload={doc.reload}
            />
          ) : (
            <DoNoHarmFacts doc={data} />
          )}
        </>
      ) : null}
    </section>
  );
}

function DoNoHarmFacts({ doc }: { doc: DoNoHarm }) {
  return (
    <dl className="facts">
      {doc.questions.map((question) => {
        const answer = doc.answers.find((item) => item.key === question.key);
        return (
          <div key={question.key}>
            <dt>{question.title}</dt>
            <dd className="prose">
              {answer ? (
                <>
                  <strong>{DO_NO_HARM_RATING_LABELS[answer.rating]}.</strong> {answer.mitigation}
                </>
              ) : (
                <span className="muted">Not answered.</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function DoNoHarmForm({
  processRef,
  doc,
  onSaved,
  onEdit,
  onReload,
}: {
  processRef: ProcessRef;
  doc: DoNoHarm;
  onSaved: (doc: DoNoHarm) => void;
  onEdit: () => void;
  onReload: () => void;
}) {
  const name = useId();
  const [conflict, setConflict] = useState(false);
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: toValues(doc),
    fields: [],
    onConflict: () => {
      setConflict(true);
    },
    onSubmit: async (values) => {
      setConflict(false);
      onEdit();
      const answers = doc.questions.flatMap((question) => {
        const answer = values.answers[question.key];
        // The API lists the question keys it accepts; these come from it.
        return answer.rating
          ? [{ key: question.key as DoNoHarmAnswerInput['key'], rating: answer.rating, mitigation: answer.mitigation.trim() }]
          : [];
      });
      onSaved(await saveDoNoHarm(processRef, answers, doc.version));
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate className="form" aria-labelledby="do-no-harm-title" onSubmit={(event) => void submit(event)}>
      {conflict ? <VersionConflict what="the Do-No-Harm assessment" onReload={onReload} /> : null}
      <FormAlert messages={formErrors} />
      {doc.questions.map((question, index) => (
        <fieldset key={question.key} className="field-set dnh-question">
          <legend>
            {String(index + 1)}. {question.title}
          </legend>
          <p className="field-hint">{question.question}</p>
          <fieldset className="field radio-group radio-row">
            <legend>Risk</legend>
            {DO_NO_HARM_RATINGS.map((rating) => (
              <div key={rating} className="radio">
                <input
                  id={`${name}-${question.key}-${rating}`}
                  type="radio"
                  value={rating}
                  {...register(`answers.${question.key}.rating`)}
                />
                <label htmlFor={`${name}-${question.key}-${rating}`}>{DO_NO_HARM_RATING_LABELS[rating]}</label>
              </div>
            ))}
          </fieldset>
          <TextAreaField
            label={`Mitigation: ${question.title}`}
            hint="How the risk is prevented or reduced, or why nothing is needed."
            rows={2}
            error={errors.answers?.[question.key]?.mitigation?.message}
            {...register(`answers.${question.key}.mitigation`, {
              validate: (value, all) => {
                if (value.length > MITIGATION_MAX) return `Use at most ${String(MITIGATION_MAX)} characters.`;
                return value.trim() && !all.answers[question.key].rating ? 'Choose a risk rating for this answer as well.' : true;
              },
            })}
          />
        </fieldset>
      ))}
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save answers</SubmitButton>
      </div>
    </form>
  );
}
