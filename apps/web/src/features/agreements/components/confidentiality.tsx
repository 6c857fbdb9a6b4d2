import { useId, useState, type ReactNode } from 'react';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type Confidentiality } from '../../../api';
import { CONFIDENTIALITY_MODES, type ConfidentialityMode, AGREEMENT_LIMITS } from '@common-ground/domain';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { getConfidentiality, saveConfidentiality } from '../api/agreements';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

/** The confidentiality regimes (libs/domain's CONFIDENTIALITY_LABELS), keyed by mode. */
export const MODE_LABELS = untyped(
  defineMessages({
    on_the_record: { id: 'agreements.mode.on_the_record', defaultMessage: 'On the record' },
    chatham_house: { id: 'agreements.mode.chatham_house', defaultMessage: 'Chatham House Rule' },
    off_the_record: { id: 'agreements.mode.off_the_record', defaultMessage: 'Off the record' },
  }),
) satisfies Record<ConfidentialityMode, MessageDescriptor>;

export const MODE_EXPLANATIONS = untyped(
  defineMessages({
    on_the_record: {
      id: 'agreements.modeExplanation.on_the_record',
      defaultMessage: 'What is said may be reported and attributed to the person who said it.',
    },
    chatham_house: {
      id: 'agreements.modeExplanation.chatham_house',
      defaultMessage:
        'Participants may use the information they receive, but may never reveal who said it or which organisation they belong to. Signature pages show stakeholder groups, not names.',
    },
    off_the_record: {
      id: 'agreements.modeExplanation.off_the_record',
      defaultMessage: 'Nothing said may be reported or used outside the meeting.',
    },
  }),
) satisfies Record<ConfidentialityMode, MessageDescriptor>;

const m = untyped(
  defineMessages({
    modeExplained: { id: 'agreements.confidentiality.modeExplained', defaultMessage: '<strong>{mode}</strong> — {explanation}' },
    title: { id: 'agreements.confidentiality.title', defaultMessage: 'Confidentiality' },
    loading: { id: 'agreements.confidentiality.loading', defaultMessage: 'Loading the confidentiality regime…' },
    saved: { id: 'agreements.confidentiality.saved', defaultMessage: 'Confidentiality regime saved.' },
    defaultForMeetings: { id: 'agreements.confidentiality.defaultForMeetings', defaultMessage: 'Default for meetings' },
    press: { id: 'agreements.confidentiality.press', defaultMessage: 'Who may speak to the press' },
    notWritten: { id: 'agreements.confidentiality.notWritten', defaultMessage: 'Not written.' },
    external: { id: 'agreements.confidentiality.external', defaultMessage: 'External communication' },
    externalHint: {
      id: 'agreements.confidentiality.externalHint',
      defaultMessage: 'What may be shared outside the dialogue, by whom and how.',
    },
    what: { id: 'agreements.confidentiality.what', defaultMessage: 'the confidentiality regime' },
    save: { id: 'agreements.confidentiality.save', defaultMessage: 'Save confidentiality' },
  }),
);

interface Values {
  defaultMode: ConfidentialityMode;
  mediaSpokespeople: string;
  externalCommunication: string;
}

/** The process's default confidentiality, which meetings inherit, and its rules for speaking outside. */
export function ConfidentialityPanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const regime = useResource<Confidentiality>(`confidentiality:${processRef.processId}`, (signal) =>
    getConfidentiality(processRef, signal),
  );
  const data = regime.data;
  const intl = useIntl();
  const [status, setStatus] = useState('');
  return (
    <section className="panel" aria-labelledby="confidentiality-title">
      <h2 id="confidentiality-title">{intl.formatMessage(m.title)}</h2>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={regime} loading={intl.formatMessage(m.loading)} />
      {data && mayManage ? (
        <ConfidentialityForm
          key={data.version}
          processRef={processRef}
          regime={data}
          onEdit={() => {
            setStatus('');
          }}
          onSaved={(saved) => {
            regime.setData(saved);
            setStatus(intl.formatMessage(m.saved));
          }}
        />
      ) : null}
      {data && !mayManage ? (
        <dl className="facts">
          <div>
            <dt>{intl.formatMessage(m.defaultForMeetings)}</dt>
            <dd>
              {intl.formatMessage(m.modeExplained, {
                strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
                mode: intl.formatMessage(MODE_LABELS[data.defaultMode]),
                explanation: intl.formatMessage(MODE_EXPLANATIONS[data.defaultMode]),
              })}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(m.press)}</dt>
            <dd className="prose">
              {data.mediaSpokespeople?.trim() ? data.mediaSpokespeople : <span className="muted">{intl.formatMessage(m.notWritten)}</span>}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(m.external)}</dt>
            <dd className="prose">
              {data.externalCommunication?.trim() ? (
                data.externalCommunication
              ) : (
                <span className="muted">{intl.formatMessage(m.notWritten)}</span>
              )}
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}

const SCHEMA: FormSchema<Values> = {
  mediaSpokespeople: text({ max: AGREEMENT_LIMITS.spokespeopleMax }),
  externalCommunication: text({ max: AGREEMENT_LIMITS.externalCommunicationMax }),
};

function ConfidentialityForm({
  processRef,
  regime,
  onSaved,
  onEdit,
}: {
  processRef: ProcessRef;
  regime: Confidentiality;
  onSaved: (regime: Confidentiality) => void;
  /** A new attempt to save starts: the last "saved" message no longer applies. */
  onEdit: () => void;
}) {
  const name = useId();
  const intl = useIntl();
  const { form, submit, formErrors, conflict, keepMine, takeTheirs, errorOf } = useCgForm<Values, Confidentiality>({
    defaultValues: {
      defaultMode: regime.defaultMode,
      mediaSpokespeople: regime.mediaSpokespeople ?? '',
      externalCommunication: regime.externalCommunication ?? '',
    },
    schema: SCHEMA,
    conflict: { parse: versioned<Confidentiality>, onTakeTheirs: onSaved },
    onSubmit: async (values, { over }) => {
      onEdit();
      const saved = await saveConfidentiality(processRef, {
        defaultMode: values.defaultMode,
        mediaSpokespeople: values.mediaSpokespeople.trim(),
        externalCommunication: values.externalCommunication.trim(),
        version: (over ?? regime).version,
      });
      onSaved(saved);
    },
  });
  const { register, formState } = form;

  return (
    <form noValidate className="form" aria-labelledby="confidentiality-title" onSubmit={(event) => void submit(event)}>
      {conflict ? (
        <ConflictNotice
          what={intl.formatMessage(m.what)}
          busy={formState.isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      <fieldset className="field radio-group">
        <legend>{intl.formatMessage(m.defaultForMeetings)}</legend>
        {CONFIDENTIALITY_MODES.map((mode) => (
          <div key={mode} className="radio">
            <input
              id={`${name}-${mode}`}
              type="radio"
              value={mode}
              aria-describedby={`${name}-${mode}-hint`}
              {...register('defaultMode')}
            />
            <label htmlFor={`${name}-${mode}`}>
              <strong>{intl.formatMessage(MODE_LABELS[mode])}</strong>
              <span className="field-hint" id={`${name}-${mode}-hint`}>
                {intl.formatMessage(MODE_EXPLANATIONS[mode])}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField label={intl.formatMessage(m.press)} rows={2} error={errorOf('mediaSpokespeople')} {...register('mediaSpokespeople')} />
      <TextAreaField
        label={intl.formatMessage(m.external)}
        hint={intl.formatMessage(m.externalHint)}
        rows={3}
        error={errorOf('externalCommunication')}
        {...register('externalCommunication')}
      />
      <div className="form-actions">
        <SubmitButton busy={formState.isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
      </div>
    </form>
  );
}
