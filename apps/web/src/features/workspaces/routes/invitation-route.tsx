import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage, type InvitationPreview } from '../../../api';
import { ErrorState, Loading } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useSession } from '../../../session/session-context';
import { notifyWorkspacesChanged } from '../api/workspace-events';
import { acceptInvitation, previewInvitation } from '../api/workspaces';
import { processPath } from '../../../context/process-ref';
import { untyped } from '../../../i18n/untyped';
import { INVITATION_ROLE_MESSAGES, ROLE_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    pageTitle: { id: 'workspaces.invitation.pageTitle', defaultMessage: 'Invitation' },
    invalid: {
      id: 'workspaces.invitation.invalid',
      defaultMessage: 'This invitation link is not valid any more: it may have expired, been revoked or been used already.',
    },
    askAgain: { id: 'workspaces.invitation.askAgain', defaultMessage: 'Ask the person who invited you for a new link.' },
    loading: { id: 'workspaces.invitation.loading', defaultMessage: 'Loading invitation…' },
    join: { id: 'workspaces.invitation.join', defaultMessage: 'Join {name}' },
    workspace: { id: 'workspaces.invitation.workspace', defaultMessage: 'Workspace' },
    process: { id: 'workspaces.invitation.process', defaultMessage: 'Process' },
    yourRole: { id: 'workspaces.invitation.yourRole', defaultMessage: 'Your role' },
    sentTo: { id: 'workspaces.invitation.sentTo', defaultMessage: 'Sent to' },
    validUntil: { id: 'workspaces.invitation.validUntil', defaultMessage: 'Valid until' },
    toAccept: {
      id: 'workspaces.invitation.toAccept',
      defaultMessage: 'To accept, create an account with {email} or sign in to the one you have.',
    },
    createAccount: { id: 'workspaces.invitation.createAccount', defaultMessage: 'Create an account' },
    signIn: { id: 'workspaces.invitation.signIn', defaultMessage: 'Sign in' },
    otherEmail: {
      id: 'workspaces.invitation.otherEmail',
      defaultMessage:
        'You are signed in as {current}, but this invitation was sent to {invited}. Sign out and sign in with that address to accept it.',
    },
    signOut: { id: 'workspaces.invitation.signOut', defaultMessage: 'Sign out' },
    signedInAs: { id: 'workspaces.invitation.signedInAs', defaultMessage: 'You are signed in as {name}.' },
    joining: { id: 'workspaces.invitation.joining', defaultMessage: 'Joining…' },
    accept: { id: 'workspaces.invitation.accept', defaultMessage: 'Accept and join {name}' },
  }),
);

/** `/invitations/:token`: the page an invitation link opens. */
export function InvitationRoute() {
  const intl = useIntl();
  const { token = '' } = useParams();
  usePageTitle(intl.formatMessage(m.pageTitle));
  const preview = useResource<InvitationPreview>(`invitation:${token}`, (signal) => previewInvitation(token, signal));

  let body;
  if (preview.error instanceof ApiError && (preview.error.isNotFound || preview.error.status === 400)) {
    body = (
      <>
        <p>{intl.formatMessage(m.invalid)}</p>
        <p>{intl.formatMessage(m.askAgain)}</p>
      </>
    );
  } else if (preview.error) {
    body = <ErrorState message={errorMessage(preview.error)} onRetry={preview.reload} />;
  } else if (!preview.data) {
    body = <Loading label={intl.formatMessage(m.loading)} />;
  } else {
    body = <InvitationDetails token={token} invitation={preview.data} />;
  }

  return (
    <section className="page page-narrow" aria-labelledby="invitation-title">
      <h1 id="invitation-title" tabIndex={-1}>
        {preview.data
          ? intl.formatMessage(m.join, { name: preview.data.processTitle ?? preview.data.workspaceName })
          : intl.formatMessage(m.pageTitle)}
      </h1>
      {body}
    </section>
  );
}

function InvitationDetails({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const intl = useIntl();
  const fmt = useFormat();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const here = `/invitations/${encodeURIComponent(token)}`;
  const next = encodeURIComponent(here);
  const email = encodeURIComponent(invitation.email);

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const { workspaceId, processId } = await acceptInvitation(token);
      notifyWorkspacesChanged();
      // A process invitation opens the process joined; a workspace invitation lands on the home page, which lists what is asked.
      await navigate(processId ? processPath({ workspaceId, processId }) : '/');
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  const sameEmail = user ? user.email.toLowerCase() === invitation.email.toLowerCase() : false;

  return (
    <div className="stack">
      <dl className="facts">
        <div>
          <dt>{intl.formatMessage(m.workspace)}</dt>
          <dd>{invitation.workspaceName}</dd>
        </div>
        {invitation.processTitle && invitation.processRole ? (
          <>
            <div>
              <dt>{intl.formatMessage(m.process)}</dt>
              <dd>{invitation.processTitle}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage(m.yourRole)}</dt>
              <dd>{intl.formatMessage(INVITATION_ROLE_MESSAGES[invitation.processRole])}</dd>
            </div>
          </>
        ) : (
          <div>
            <dt>{intl.formatMessage(m.yourRole)}</dt>
            <dd>{intl.formatMessage(ROLE_MESSAGES[invitation.role])}</dd>
          </div>
        )}
        <div>
          <dt>{intl.formatMessage(m.sentTo)}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage(m.validUntil)}</dt>
          <dd>{fmt.date(invitation.expiresAt)}</dd>
        </div>
      </dl>

      {user === undefined ? <Loading /> : null}

      {user === null ? (
        <div className="stack">
          <p>{intl.formatMessage(m.toAccept, { email: invitation.email })}</p>
          <p className="button-row">
            <Link className="button button-primary" to={`/sign-up?email=${email}&next=${next}`}>
              {intl.formatMessage(m.createAccount)}
            </Link>
            <Link className="button" to={`/sign-in?email=${email}&next=${next}`}>
              {intl.formatMessage(m.signIn)}
            </Link>
          </p>
        </div>
      ) : null}

      {user && !sameEmail ? (
        <div className="alert alert-warning">
          <p>{intl.formatMessage(m.otherEmail, { current: user.email, invited: invitation.email })}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              signOut(`/sign-in?email=${email}&next=${next}`).catch((caught: unknown) => {
                setError(errorMessage(caught));
              });
            }}
          >
            {intl.formatMessage(m.signOut)}
          </button>
        </div>
      ) : null}

      {user && sameEmail ? (
        <div className="stack">
          <p>{intl.formatMessage(m.signedInAs, { name: user.displayName })}</p>
          <p>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void accept()}>
              {busy
                ? intl.formatMessage(m.joining)
                : intl.formatMessage(m.accept, { name: invitation.processTitle ?? invitation.workspaceName })}
            </button>
          </p>
        </div>
      ) : null}
      <div role="alert">{error ? <p className="alert alert-error">{error}</p> : null}</div>
    </div>
  );
}
