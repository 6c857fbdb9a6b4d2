import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../i18n/untyped';
import { Link, useMatch } from 'react-router';
import { errorMessage } from '../api';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { WorkspaceSwitcher } from '../features/workspaces/components/workspace-switcher';
import { useSession } from '../session/session-context';

const m = untyped(
  defineMessages({
    skip: { id: 'shell.skipToContent', defaultMessage: 'Skip to content' },
    brand: { id: 'shell.brand', defaultMessage: 'Common Ground' },
    yourAccount: { id: 'shell.yourAccount', defaultMessage: 'Your account ({email})' },
    signedInAs: { id: 'shell.signedInAs', defaultMessage: '<hidden>Signed in as</hidden> {name}' },
    signOut: { id: 'shell.signOut', defaultMessage: 'Sign out' },
    signIn: { id: 'shell.signIn', defaultMessage: 'Sign in' },
  }),
);

export function AppHeader() {
  const intl = useIntl();
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
        {intl.formatMessage(m.skip)}
      </a>
      <div className="app-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {intl.formatMessage(m.brand)}
        </Link>
        {user ? <WorkspaceSwitcher currentWorkspaceId={workspaceMatch?.params.workspaceId ?? null} /> : null}
        <div className="header-end">
          {user ? (
            <>
              <NotificationBell />
              <Link to="/account" className="header-user" title={intl.formatMessage(m.yourAccount, { email: user.email })}>
                {intl.formatMessage(m.signedInAs, {
                  name: user.displayName,
                  hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                })}
              </Link>
              <button type="button" className="button button-quiet" onClick={() => void onSignOut()}>
                {intl.formatMessage(m.signOut)}
              </button>
            </>
          ) : user === null ? (
            <Link to="/sign-in" className="button button-quiet">
              {intl.formatMessage(m.signIn)}
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
