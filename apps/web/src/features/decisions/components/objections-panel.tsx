import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { DECISION_LIMITS } from '@common-ground/domain';
import type { Objection, Objections } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { ResourceView } from '../../../components/resource-view';
import { Badge } from '../../../components/states';
import type { ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { useResource } from '../../../hooks/use-resource';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import { getObjections, reviewObjection } from '../api/decisions';
import { OBJECTION_STATUS_LABELS, POSITION_LABELS, sentences } from '../messages';

const m = untyped(
  defineMessages({
    title: { id: 'decisions.objections.title', defaultMessage: 'Standing objections' },
    intro: {
      id: 'decisions.objections.intro',
      defaultMessage: 'Blocks and stand-asides stay on this register through implementation, and are reviewed before the process closes.',
    },
    loading: { id: 'decisions.objections.loading', defaultMessage: 'Loading the objections…' },
    none: { id: 'decisions.objections.none', defaultMessage: 'No objection has been raised.' },
    allReviewed: { id: 'decisions.objections.allReviewed', defaultMessage: 'Every objection has been reviewed.' },
    withheld: { id: 'decisions.objections.withheld', defaultMessage: 'Name withheld' },
    yours: { id: 'decisions.objections.yours', defaultMessage: 'Yours' },
    answer: { id: 'decisions.objections.answer', defaultMessage: 'Record the group’s answer' },
    withdraw: { id: 'decisions.objections.withdraw', defaultMessage: 'Withdraw my objection' },
    note: { id: 'decisions.objections.note', defaultMessage: 'How the group answered it' },
    why: { id: 'decisions.objections.why', defaultMessage: 'Why you withdraw it' },
    save: { id: 'decisions.objections.save', defaultMessage: 'Save' },
    noteRequired: { id: 'decisions.objections.noteRequired', defaultMessage: 'Write a few words.' },
    cancel: { id: 'decisions.objections.cancel', defaultMessage: 'Cancel' },
  }),
);

/** The standing objections register: blocks and stand-asides of closed consensus decisions, until reviewed. */
export function ObjectionsPanel({
  processRef,
  mayAnswer,
  mayWithdraw,
}: {
  processRef: ProcessRef;
  mayAnswer: boolean;
  mayWithdraw: boolean;
}) {
  const intl = useIntl();
  const register = useResource<Objections>(`objections:${processRef.processId}`, (signal) => getObjections(processRef, signal));
  const data = register.data;
  return (
    <section className="panel" aria-labelledby="objections-title">
      <h2 id="objections-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <ResourceView resource={register} loading={intl.formatMessage(m.loading)} />
      {data && data.items.length === 0 ? <p>{intl.formatMessage(m.none)}</p> : null}
      {data && data.items.length > 0 && data.reviewedForExit ? <p role="status">{intl.formatMessage(m.allReviewed)}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="rows">
          {data.items.map((objection) => (
            <ObjectionRow
              key={objection.objectionId}
              processRef={processRef}
              objection={objection}
              mayAnswer={mayAnswer}
              mayWithdraw={mayWithdraw && objection.mine}
              onSaved={register.setData}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ObjectionRow({
  processRef,
  objection,
  mayAnswer,
  mayWithdraw,
  onSaved,
}: {
  processRef: ProcessRef;
  objection: Objection;
  mayAnswer: boolean;
  mayWithdraw: boolean;
  onSaved: (objections: Objections) => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const [reviewing, setReviewing] = useState<'answer' | 'withdrawal' | null>(null);
  const standing = objection.status === 'standing';
  return (
    <li className="row">
      <div className="row-main">
        <span className="row-title">
          {intl.formatMessage(sentences.objectionOn, {
            kind: intl.formatMessage(POSITION_LABELS[objection.kind]),
            decision: objection.decisionTitle,
          })}
        </span>
        <span className="muted">
          {intl.formatList(
            [
              objection.person ? objection.person.displayName : intl.formatMessage(m.withheld),
              ...(objection.mine ? [intl.formatMessage(m.yours)] : []),
              intl.formatMessage(sentences.closedOn, { time: format.date(objection.closedAt) }),
            ],
            { type: 'unit', style: 'short' },
          )}
        </span>
        <p className="prose">{objection.reason}</p>
        {objection.note && objection.reviewedAt ? (
          <p className="muted">
            {intl.formatMessage(sentences.reviewedAt, {
              status: intl.formatMessage(OBJECTION_STATUS_LABELS[objection.status]),
              time: format.date(objection.reviewedAt),
              note: objection.note,
            })}
          </p>
        ) : null}
        {reviewing ? (
          <ReviewForm
            processRef={processRef}
            objection={objection}
            how={reviewing}
            onDone={(saved) => {
              setReviewing(null);
              if (saved) onSaved(saved);
            }}
          />
        ) : null}
      </div>
      <div className="row-actions">
        <Badge tone={standing ? 'warning' : 'muted'}>{intl.formatMessage(OBJECTION_STATUS_LABELS[objection.status])}</Badge>
        {standing && mayAnswer && !reviewing ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setReviewing('answer');
            }}
          >
            {intl.formatMessage(m.answer)}
          </button>
        ) : null}
        {standing && mayWithdraw && !reviewing ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setReviewing('withdrawal');
            }}
          >
            {intl.formatMessage(m.withdraw)}
          </button>
        ) : null}
      </div>
    </li>
  );
}

function ReviewForm({
  processRef,
  objection,
  how,
  onDone,
}: {
  processRef: ProcessRef;
  objection: Objection;
  how: 'answer' | 'withdrawal';
  onDone: (saved: Objections | null) => void;
}) {
  const intl = useIntl();
  const schema: FormSchema<{ note: string }> = { note: text({ required: m.noteRequired, max: DECISION_LIMITS.reasonMax }) };
  const { form, submit, formErrors, errorOf } = useCgForm<{ note: string }>({
    defaultValues: { note: '' },
    schema,
    onSubmit: async (values) => {
      onDone(await reviewObjection(processRef, objection.objectionId, how, { note: values.note.trim(), version: objection.version }));
    },
  });
  return (
    <form noValidate className="form" onSubmit={(event) => void submit(event)}>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(how === 'answer' ? m.note : m.why)}
        rows={2}
        required
        error={errorOf('note')}
        {...form.register('note')}
      />
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
