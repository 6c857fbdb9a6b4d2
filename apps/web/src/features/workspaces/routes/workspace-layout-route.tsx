import { useEffect, useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import { ApiError, errorMessage, type Workspace } from '../../../api';
import { NotFoundPage } from '../../../components/not-found';
import { ErrorState, Loading } from '../../../components/states';
import { WorkspaceContext, type CurrentWorkspace } from '../../../context/workspace-context';
import { useResource } from '../../../hooks/use-resource';
import { getWorkspace, rememberWorkspace } from '../api/workspaces';

/** `/w/:workspaceId/*`: loads the workspace once for every page inside it. */
export function WorkspaceLayoutRoute() {
  const { workspaceId = '' } = useParams();
  const workspace = useResource<Workspace>(`workspace:${workspaceId}`, (signal) => getWorkspace(workspaceId, signal));
  const { data, setData, reload } = workspace;

  useEffect(() => {
    if (data) rememberWorkspace(data.id);
  }, [data]);

  const value = useMemo<CurrentWorkspace | null>(
    () => (data ? { workspace: data, setWorkspace: setData, reload } : null),
    [data, setData, reload],
  );

  // A malformed id is as absent as an unknown one.
  if (workspace.error instanceof ApiError && (workspace.error.isNotFound || workspace.error.status === 400)) return <NotFoundPage />;
  if (workspace.error) return <ErrorState message={errorMessage(workspace.error)} onRetry={reload} />;
  if (!value) return <Loading label="Loading workspace…" />;
  return (
    <WorkspaceContext value={value}>
      <Outlet />
    </WorkspaceContext>
  );
}
