import { DO_NO_HARM_RATINGS, type DoNoHarmRating, type DoNoHarmStatus, MITIGATION_MAX } from '@common-ground/domain';
import { useId, useState } from 'react';
import { defineMessages, type MessageDescriptor, useIntl } from 'react-intl';
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
import { untyped } from '../../../i18n/untyped';
import { doNoHarmQuestion } from '../labels';
import { RISK_MESSAGES } from '../../../i18n/domain-labels';

const STATUS_TEXT = untyped(
  defineMessages({
    not_started: { id: 'selection.doNoHarm.status.not_started', defaultMessage: 'Not started' },
    in_progress: { id: 'selection.doNoHarm.status.in_progress', defaultMessage: 'In progress' },
    answered: { id: 'selection.doNoHarm.status.answered', defaultMessage: 'Answered, not yet marked complete' },
    complete: { id: 'selection.doNoHarm.status.complete', defaultMessage: 'Complete' },
  }),
) satisfies Record<DoNoHarmStatus, MessageDescriptor>;

const m = untyped(
  defineMessages({
    statusLine: { id: 'selection.doNoHarm.statusLine', defaultMessage: '{label} {status}' },
    statusLineMarked: { id: 'selection.doNoHarm.statusLineMarked', defaultMessage: '{label} {status} {marked}' },
    completed: { id: 'selection.doNoHarm.completed', defaultMessage: 'The Do-No-Harm self-assessment is marked complete.' },
    title: { id: 'selection.doNoHarm.title', defaultMessage: 'Do-No-Harm self-assessment' },
    intro: {
      id: 'selection.doNoHarm.intro',
      defaultMessage:
        'Could the process harm participants or worsen the conflict? Rate each risk and say how it is prevented or reduced. The answers name risks to people, so only conveners, facilitators and the secretariat read them.',
    },
    loading: { id: 'selection.doNoHarm.loading', defaultMessage: 'Loading the Do-No-Harm assessment…' },
    status: { id: 'selection.doNoHarm.status', defaultMessage: 'Status:' },
    markedBy: { id: 'selection.doNoHarm.markedBy', defaultMessage: 'Marked complete by {name} on {date}.' },
    allAnswered: {
      id: 'selection.doNoHarm.allAnswered',
      defaultMessage: 'Every question is answered. Mark the assessment complete once the conveners agree with it.',
    },
    marking: { id: 'selection.doNoHarm.marking', defaultMessage: 'Marking…' },
    markComplete: { id: 'selection.doNoHarm.markComplete', defaultMessage: 'Mark the assessment complete' },
    saved: { id: 'selection.doNoHarm.saved', defaultMessage: 'Answers saved.' },
    savedReopened: {
      id: 'selection.doNoHarm.savedReopened',
      defaultMessage: 'Answers saved. Changed answers need the assessment to be marked complete again.',
    },
    notAnswered: { id: 'selection.doNoHarm.notAnswered', defaultMessage: 'Not answered.' },
    rated: { id: 'selection.doNoHarm.rated', defaultMessage: '{rating}.' },
    numbered: { id: 'selection.doNoHarm.numbered', defaultMessage: '{number}. {title}' },
    risk: { id: 'selection.doNoHarm.risk', defaultMessage: 'Risk' },
    mitigation: { id: 'selection.doNoHarm.mitigation', defaultMessage: 'Mitigation: {title}' },
    mitigationHint: {
      id: 'selection.doNoHarm.mitigationHint',
      defaultMessage: 'How the risk is prevented or reduced, or why nothing is needed.',
    },
    tooLong: { id: 'selection.doNoHarm.tooLong', defaultMessage: 'Use at most {max} characters.' },
    ratingMissing: { id: 'selection.doNoHarm.ratingMissing', defaultMessage: 'Choose a risk rating for this answer as well.' },
    save: { id: 'selection.doNoHarm.save', defaultMessage: 'Save answers' },
  }),
);

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
  const intl = useIntl();
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
      setStatus(intl.formatMessage(m.completed));
    } catch (error) {
      setCompleteError(errorMessage(error));
    } finally {
      setCompleting(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="do-no-harm-title">
      <h2 id="do-no-harm-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={doc} loading={intl.formatMessage(m.loading)} />
      {data ? (
        <>
          <p>
            {intl.formatMessage(data.completedAt ? m.statusLineMarked : m.statusLine, {
              label: intl.formatMessage(m.status),
              status: (
                <Badge tone={data.status === 'complete' ? 'accent' : 'warning'}>{intl.formatMessage(STATUS_TEXT[data.status])}</Badge>
              ),
              marked: data.completedAt ? (
                <span className="muted">
                  {intl.formatMessage(m.markedBy, { name: data.completedBy?.displayName, date: fmt.dateTime(data.completedAt) })}
                </span>
              ) : null,
            })}
          </p>
          {mayComplete && data.status === 'answered' ? (
            <div className="stack">
              <p>{intl.formatMessage(m.allAnswered)}</p>
              <p>
                <button type="button" className="button button-primary" disabled={completing} onClick={() => void complete(data.version)}>
                  {intl.formatMessage(completing ? m.marking : m.markComplete)}
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
                setStatus(intl.formatMessage(saved.status === 'complete' ? m.saved : m.savedReopened));
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
  const intl = useIntl();
  return (
    <dl className="facts">
      {doc.questions.map((question) => {
        const answer = doc.answers.find((item) => item.key === question.key);
        return (
          <div key={question.key}>
            <dt>{doNoHarmQuestion(intl, question).title}</dt>
            <dd className="prose">
              {answer ? (
                <>
                  <strong>{intl.formatMessage(m.rated, { rating: intl.formatMessage(RISK_MESSAGES[answer.rating]) })}</strong>{' '}
                  {answer.mitigation}
                </>
              ) : (
                <span className="muted">{intl.formatMessage(m.notAnswered)}</span>
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
  const intl = useIntl();
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
      {conflict ? <VersionConflict document="doNoHarm" onReload={onReload} /> : null}
      <FormAlert messages={formErrors} />
      {doc.questions.map((question, index) => {
        const text = doNoHarmQuestion(intl, question);
        return (
          <fieldset key={question.key} className="field-set dnh-question">
            <legend>{intl.formatMessage(m.numbered, { number: index + 1, title: text.title })}</legend>
            <p className="field-hint">{text.question}</p>
            <fieldset className="field radio-group radio-row">
              <legend>{intl.formatMessage(m.risk)}</legend>
              {DO_NO_HARM_RATINGS.map((rating) => (
                <div key={rating} className="radio">
                  <input
                    id={`${name}-${question.key}-${rating}`}
                    type="radio"
                    value={rating}
                    {...register(`answers.${question.key}.rating`)}
                  />
                  <label htmlFor={`${name}-${question.key}-${rating}`}>{intl.formatMessage(RISK_MESSAGES[rating])}</label>
                </div>
              ))}
            </fieldset>
            <TextAreaField
              label={intl.formatMessage(m.mitigation, { title: text.title })}
              hint={intl.formatMessage(m.mitigationHint)}
              rows={2}
              error={errors.answers?.[question.key]?.mitigation?.message}
              {...register(`answers.${question.key}.mitigation`, {
                validate: (value, all) => {
                  if (value.length > MITIGATION_MAX) return intl.formatMessage(m.tooLong, { max: MITIGATION_MAX });
                  return value.trim() && !all.answers[question.key].rating ? intl.formatMessage(m.ratingMissing) : true;
                },
              })}
            />
          </fieldset>
        );
      })}
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
      </div>
    </form>
  );
}
