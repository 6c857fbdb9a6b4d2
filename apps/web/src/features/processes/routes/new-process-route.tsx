import { can } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { Link, useNavigate } from 'react-router';
import { useCurrentWorkspace } from '../../../context/workspace-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { createProcess } from '../api/processes';
import { emptyProcessValues, ProcessForm, type ProcessFormValues } from '../components/process-form';
import { processPath, processRefOf } from '../../../context/process-ref';
import { useLocale } from '../../../i18n/locale-context';

const messages = untyped(
  defineMessages({
    title: { id: 'processes.new.title', defaultMessage: 'New process' },
    intro: { id: 'processes.new.intro', defaultMessage: 'You will be its convener. The process starts in the Initiate phase.' },
    create: { id: 'processes.new.create', defaultMessage: 'Create process' },
    creating: { id: 'processes.new.creating', defaultMessage: 'Creating…' },
    notAllowed: { id: 'processes.new.notAllowed', defaultMessage: 'Your role in this workspace does not allow creating processes.' },
  }),
);

/** `/w/:workspaceId/p/new`. */
export function NewProcessRoute() {
  const intl = useIntl();
  const { workspace } = useCurrentWorkspace();
  usePageTitle(intl.formatMessage(messages.title));
  const navigate = useNavigate();
  const { locale } = useLocale();
  const [defaults] = useState(() => emptyProcessValues(locale));

  const submit = async (values: ProcessFormValues) => {
    const process = await createProcess(workspace.id, { ...values, purpose: values.purpose || undefined });
    await navigate(processPath(processRefOf(process)));
  };

  return (
    <section className="page page-narrow" aria-labelledby="new-process-title">
      <p className="eyebrow">
        <Link to={`/w/${workspace.id}`}>{workspace.name}</Link>
      </p>
      <h1 id="new-process-title" tabIndex={-1}>
        {intl.formatMessage(messages.title)}
      </h1>
      {can({ workspaceRole: workspace.role }, 'process.create') ? (
        <>
          <p>{intl.formatMessage(messages.intro)}</p>
          <ProcessForm
            defaultValues={defaults}
            submitLabel={intl.formatMessage(messages.create)}
            busyLabel={intl.formatMessage(messages.creating)}
            onSubmit={submit}
          />
        </>
      ) : (
        <p>{intl.formatMessage(messages.notAllowed)}</p>
      )}
    </section>
  );
}
