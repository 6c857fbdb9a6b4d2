import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors, type CharterVersion, type CharterVersionSummary } from '../../../api';
import { FormAlert, SelectField, SubmitButton } from '../../../components/fields';
import { startDraft, type ProcessRef } from '../api/charters';
import { VERSION_STATUS_LABELS } from './labels';

const TEMPLATE = 'template';

/** A new draft from the Lesson 11 template or from an earlier version. */
export function StartDraftForm({
  processRef,
  versions,
  onStarted,
}: {
  processRef: ProcessRef;
  versions: CharterVersionSummary[];
  onStarted: (version: CharterVersion) => void;
}) {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const latest = versions.find((version) => version.status === 'adopted') ?? versions[0];
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ from: string }>({ defaultValues: { from: latest ? latest.id : TEMPLATE } });

  const submit = async ({ from }: { from: string }) => {
    setFormErrors([]);
    try {
      onStarted(await startDraft(processRef, from === TEMPLATE ? undefined : from));
    } catch (error) {
      setFormErrors(applyFieldErrors(error, setError, ['from'], { fromVersionId: 'from' }));
    }
  };

  return (
    <form noValidate className="form subform" aria-labelledby="start-draft-title" onSubmit={(event) => void handleSubmit(submit)(event)}>
      <h3 id="start-draft-title">Start a draft</h3>
      <FormAlert messages={formErrors} />
      <SelectField
        label="Start from"
        hint="The template has every section of the terms of reference, with guidance."
        options={[
          { value: TEMPLATE, label: 'The template' },
          ...versions.map((version) => ({
            value: version.id,
            label: `Version ${String(version.number)} (${VERSION_STATUS_LABELS[version.status].toLowerCase()})`,
          })),
        ]}
        error={errors.from?.message}
        {...register('from')}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Starting…">
          Start a draft
        </SubmitButton>
      </div>
    </form>
  );
}
