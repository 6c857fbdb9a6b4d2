import { useId, useState } from 'react';
import { type Confidentiality } from '../../../api';
import { CONFIDENTIALITY_LABELS, CONFIDENTIALITY_MODES, type ConfidentialityMode, AGREEMENT_LIMITS } from '@common-ground/domain';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { getConfidentiality, saveConfidentiality } from '../api/agreements';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

export const MODE_TEXT: Record<ConfidentialityMode, { label: string; explanation: string }> = {
  on_the_record: {
    label: CONFIDENTIALITY_LABELS.on_the_record,
    explanation: 'What is said may be reported and attributed to the person who said it.',
  },
  chatham_house: {
    label: CONFIDENTIALITY_LABELS.chatham_house,
    explanation:
      'Participants may use the information they receive, but may never reveal who said it or which organisation they belong to. Signature pages show stakeholder groups, not names.',
  },
  off_the_record: {
    label: CONFIDENTIALITY_LABELS.off_the_record,
    explanation: 'Nothing said may be reported or used outside the meeting.',
  },
};

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
  const [status, setStatus] = useState('');
  return (
    <section className="panel" aria-labelledby="confidentiality-title">
      <h2 id="confidentiality-title">Confidentiality</h2>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={regime} loading="Loading the confidentiality regime…" />
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
            setStatus('Confidentiality regime saved.');
          }}
        />
      ) : null}
      {data && !mayManage ? (
        <dl className="facts">
          <div>
            <dt>Default for meetings</dt>
            <dd>
              <strong>{MODE_TEXT[data.defaultMode].label}</strong> — {MODE_TEXT[data.defaultMode].explanation}
            </dd>
          </div>
          <div>
            <dt>Who may speak to the press</dt>
            <dd className="prose">
              {data.mediaSpokespeople?.trim() ? data.mediaSpokespeople : <span className="muted">Not written.</span>}
            </dd>
          </div>
          <div>
            <dt>External communication</dt>
            <dd className="prose">
              {data.externalCommunication?.trim() ? data.externalCommunication : <span className="muted">Not written.</span>}
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
          what="the confidentiality regime"
          busy={formState.isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      <fieldset className="field radio-group">
        <legend>Default for meetings</legend>
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
              <strong>{MODE_TEXT[mode].label}</strong>
              <span className="field-hint" id={`${name}-${mode}-hint`}>
                {MODE_TEXT[mode].explanation}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField label="Who may speak to the press" rows={2} error={errorOf('mediaSpokespeople')} {...register('mediaSpokespeople')} />
      <TextAreaField
        label="External communication"
        hint="What may be shared outside the dialogue, by whom and how."
        rows={3}
        error={errorOf('externalCommunication')}
        {...register('externalCommunication')}
      />
      <div className="form-actions">
        <SubmitButton busy={formState.isSubmitting}>Save confidentiality</SubmitButton>
      </div>
    </form>
  );
}
