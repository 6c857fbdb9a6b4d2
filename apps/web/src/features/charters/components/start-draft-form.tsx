import { type CharterVersion, type CharterVersionSummary } from '../../../api';
import { FormAlert, SelectField, SubmitButton } from '../../../components/fields';
import { startDraft } from '../api/charters';
import { VERSION_STATUS_LABELS } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

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
  const latest = versions.find((version) => version.status === 'adopted') ?? versions[0];
  const { form, submit, formErrors } = useCgForm<{ from: string }>({
    defaultValues: { from: latest ? latest.id : TEMPLATE },
    fields: ['from'],
    aliases: { fromVersionId: 'from' },
    onSubmit: async ({ from }) => {
      onStarted(await startDraft(processRef, from === TEMPLATE ? undefined : from));
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate className="form subform" aria-labelledby="start-draft-title" onSubmit={(event) => void submit(event)}>
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
