import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type CharterVersion, type CharterVersionSummary } from '../../../api';
import { FormAlert, SelectField, SubmitButton } from '../../../components/fields';
import { startDraft } from '../api/charters';
import { VERSION_STATUS_INLINE_MESSAGES } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

const TEMPLATE = 'template';

const m = untyped(
  defineMessages({
    title: { id: 'charters.startDraft.title', defaultMessage: 'Start a draft' },
    startFrom: { id: 'charters.startDraft.startFrom', defaultMessage: 'Start from' },
    startFromHint: {
      id: 'charters.startDraft.startFromHint',
      defaultMessage: 'The template has every section of the terms of reference, with guidance.',
    },
    template: { id: 'charters.startDraft.template', defaultMessage: 'The template' },
    versionOption: { id: 'charters.startDraft.versionOption', defaultMessage: 'Version {number} ({status})' },
    starting: { id: 'charters.startDraft.starting', defaultMessage: 'Starting…' },
    submit: { id: 'charters.startDraft.submit', defaultMessage: 'Start a draft' },
  }),
);

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
  const intl = useIntl();
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
      <h3 id="start-draft-title">{intl.formatMessage(m.title)}</h3>
      <FormAlert messages={formErrors} />
      <SelectField
        label={intl.formatMessage(m.startFrom)}
        hint={intl.formatMessage(m.startFromHint)}
        options={[
          { value: TEMPLATE, label: intl.formatMessage(m.template) },
          ...versions.map((version) => ({
            value: version.id,
            label: intl.formatMessage(m.versionOption, {
              number: version.number,
              status: intl.formatMessage(VERSION_STATUS_INLINE_MESSAGES[version.status]),
            }),
          })),
        ]}
        error={errors.from?.message}
        {...register('from')}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.starting)}>
          {intl.formatMessage(m.submit)}
        </SubmitButton>
      </div>
    </form>
  );
}
