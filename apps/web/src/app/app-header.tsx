import { useState } from 'react';
import { Link, useMatch } from 'react-router';
import { errorMessage } from '../api';
import { WorkspaceSwitcher } from '../features/workspaces/components/workspace-switcher';
import { useSession } from '../session/session-context';

export function AppHeader() {
  const { user, signOut } = useSession();
  const workspaceMatch = useMatch('/w/:workspaceId/*');
  const [error, setError] = useState<string | null>(null);

  const onSignOut = async () => {
    setError(null);
    try {
      await signOut();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <header className="app-header">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="app-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Common Ground
        </Link>
        {user ? <WorkspaceSwitcher currentWorkspaceId={workspaceMatch?.params.workspaceId ?? null} /> : null}
        <div className="header-end">
          {user ? (
            <>
              <span className="header-user" title={user.email}>
                <span className="visually-hidden">Signed in as </span>
                {user.displayName}
              </span>
              <button type="button" className="button button-quiet" onClick={() => void onSignOut()}>
                Sign out
              </button>
            </>
          ) : user === null ? (
            <Link to="/sign-in" className="button button-quiet">
              Sign in
            </Link>
          ) : null}
        </div>
      </div>
      {error ? (
        <p role="alert" className="alert alert-error header-alert">
          {error}
        </p>
      ) : null}
    </header>
  );
}
