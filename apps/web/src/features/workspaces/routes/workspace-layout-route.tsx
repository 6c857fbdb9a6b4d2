import { useEffect, useMemo } from 'react';
import { DomainErrorCode } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { Link, Outlet, useParams } from 'react-router';
import { ApiError, errorMessage, type Workspace } from '../../../api';
import { NotFoundPage } from '../../../components/not-found';
import { ErrorState, Loading } from '../../../components/states';
import { WorkspaceContext, type CurrentWorkspace } from '../../../context/workspace-context';
import { useResource } from '../../../hooks/use-resource';
import { getWorkspace, rememberWorkspace } from '../api/workspaces';

const m = defineMessages({
  loading: { id: 'workspaces.layout.loading', defaultMessage: 'Loading workspace…' },
  twoFactorTitle: { id: 'workspaces.layout.twoFactorTitle', defaultMessage: 'Two-factor sign-in required' },
  twoFactorExplain: {
    id: 'workspaces.layout.twoFactorExplain',
    defaultMessage:
      'This workspace asks everyone who convenes or facilitates one of its processes to sign in with two factors: a password and a code from an app on their phone. You have not turned it on yet, so the workspace stays closed to you until you do.',
  },
  turnOn: { id: 'workspaces.layout.turnOn', defaultMessage: 'Turn on two-factor sign-in' },
  takesAMinute: {
    id: 'workspaces.layout.takesAMinute',
    defaultMessage: 'It takes a minute: scan a QR code, type one code, save your recovery codes. Then come back here.',
  },
});

/** `/w/:workspaceId/*`: loads the workspace once for every page inside it. */
export function WorkspaceLayoutRoute() {
  const intl = useIntl();
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
  if (workspace.error instanceof ApiError && workspace.error.code === DomainErrorCode.TWO_FACTOR_REQUIRED) return <TwoFactorRequired />;
  if (workspace.error) return <ErrorState message={errorMessage(workspace.error)} onRetry={reload} />;
  if (!value) return <Loading label={intl.formatMessage(m.loading)} />;
  return (
    <WorkspaceContext value={value}>
      <Outlet />
    </WorkspaceContext>
  );
}

/** A convener or facilitator without two-factor sign-in, in a workspace that requires it. */
function TwoFactorRequired() {
  const intl = useIntl();
  return (
    <div className="page page-narrow">
      <h1 tabIndex={-1}>{intl.formatMessage(m.twoFactorTitle)}</h1>
      <div className="alert alert-warning" role="alert">
        <p>{intl.formatMessage(m.twoFactorExplain)}</p>
      </div>
      <p>
        <Link to="/account/two-factor" className="button button-primary">
          {intl.formatMessage(m.turnOn)}
        </Link>
      </p>
      <p className="muted">{intl.formatMessage(m.takesAMinute)}</p>
    </div>
  );
}
