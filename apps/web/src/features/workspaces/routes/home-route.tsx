import { Navigate } from 'react-router';
import { EmptyState } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { CreateWorkspaceForm } from '../components/create-workspace-form';
import { lastWorkspace, listWorkspaces } from '../api/workspaces';
import { ResourceView } from '../../../components/resource-view';

/** `/`: opens the last used workspace, or invites a newcomer to create the first one. */
export function HomeRoute() {
  usePageTitle('Your workspaces');
  const workspaces = useResource('workspaces', listWorkspaces);

  if (workspaces.error || !workspaces.data) return <ResourceView resource={workspaces} loading="Loading your workspaces…" />;

  const remembered = lastWorkspace();
  const target = workspaces.data.find((workspace) => workspace.id === remembered) ?? workspaces.data.at(0);
  if (target) return <Navigate to={`/w/${target.id}`} replace />;

  return (
    <section className="page page-narrow" aria-labelledby="home-title">
      <h1 id="home-title" tabIndex={-1}>
        Welcome to Common Ground
      </h1>
      <EmptyState title="You are not part of a workspace yet">
        <p>
          A workspace holds the dialogues your organisation convenes and the people who work on them. Create one now, or open the invitation
          link a colleague sent you to join theirs.
        </p>
      </EmptyState>
      <h2>Create your first workspace</h2>
      <CreateWorkspaceForm />
    </section>
  );
}
