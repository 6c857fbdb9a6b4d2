import { can } from '@common-ground/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCurrentWorkspace } from '../../../context/workspace-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { createProcess } from '../api/processes';
import { emptyProcessValues, ProcessForm, type ProcessFormValues } from '../components/process-form';
import { processPath, processRefOf } from '../../../context/process-ref';
import { useLocale } from '../../../i18n/locale-context';

/** `/w/:workspaceId/p/new`. */
export function NewProcessRoute() {
  const { workspace } = useCurrentWorkspace();
  usePageTitle('New process');
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
        New process
      </h1>
      {can({ workspaceRole: workspace.role }, 'process.create') ? (
        <>
          <p>You will be its convener. The process starts in the Initiate phase.</p>
          <ProcessForm defaultValues={defaults} submitLabel="Create process" busyLabel="Creating…" onSubmit={submit} />
        </>
      ) : (
        <p>Your role in this workspace does not allow creating processes.</p>
      )}
    </section>
  );
}
