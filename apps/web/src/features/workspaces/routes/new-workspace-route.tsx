import { usePageTitle } from '../../../hooks/use-page-title';
import { CreateWorkspaceForm } from '../components/create-workspace-form';

export function NewWorkspaceRoute() {
  usePageTitle('Create a workspace');
  return (
    <section className="page page-narrow" aria-labelledby="new-workspace-title">
      <h1 id="new-workspace-title" tabIndex={-1}>
        Create a workspace
      </h1>
      <p>You will be its owner and can invite colleagues afterwards.</p>
      <CreateWorkspaceForm />
    </section>
  );
}
