import { PROCESS_INVITATION_ROLE_LABELS, ROLE_LABELS } from '@common-ground/domain';
import { useState } from 'react';
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

/** `/invitations/:token`: the page an invitation link opens. */
export function InvitationRoute() {
  const { token = '' } = useParams();
  usePageTitle('Invitation');
  const preview = useResource<InvitationPreview>(`invitation:${token}`, (signal) => previewInvitation(token, signal));

  let body;
  if (preview.error instanceof ApiError && (preview.error.isNotFound || preview.error.status === 400)) {
    body = (
      <>
        <p>This invitation link is not valid any more: it may have expired, been revoked or been used already.</p>
        <p>Ask the person who invited you for a new link.</p>
      </>
    );
  } else if (preview.error) {
    body = <ErrorState message={errorMessage(preview.error)} onRetry={preview.reload} />;
  } else if (!preview.data) {
    body = <Loading label="Loading invitation…" />;
  } else {
    body = <InvitationDetails token={token} invitation={preview.data} />;
  }

  return (
    <section className="page page-narrow" aria-labelledby="invitation-title">
      <h1 id="invitation-title" tabIndex={-1}>
        {preview.data ? `Join ${preview.data.processTitle ?? preview.data.workspaceName}` : 'Invitation'}
      </h1>
      {body}
    </section>
  );
}

function InvitationDetails({ token, invitation }: { token: string; invitation: InvitationPreview }) {
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
          <dt>Workspace</dt>
          <dd>{invitation.workspaceName}</dd>
        </div>
        {invitation.processTitle && invitation.processRole ? (
          <>
            <div>
              <dt>Process</dt>
              <dd>{invitation.processTitle}</dd>
            </div>
            <div>
              <dt>Your role</dt>
              <dd>{PROCESS_INVITATION_ROLE_LABELS[invitation.processRole]}</dd>
            </div>
          </>
        ) : (
          <div>
            <dt>Your role</dt>
            <dd>{ROLE_LABELS[invitation.role]}</dd>
          </div>
        )}
        <div>
          <dt>Sent to</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>Valid until</dt>
          <dd>{fmt.date(invitation.expiresAt)}</dd>
        </div>
      </dl>

      {user === undefined ? <Loading /> : null}

      {user === null ? (
        <div className="stack">
          <p>To accept, create an account with {invitation.email} or sign in to the one you have.</p>
          <p className="button-row">
            <Link className="button button-primary" to={`/sign-up?email=${email}&next=${next}`}>
              Create an account
            </Link>
            <Link className="button" to={`/sign-in?email=${email}&next=${next}`}>
              Sign in
            </Link>
          </p>
        </div>
      ) : null}

      {user && !sameEmail ? (
        <div className="alert alert-warning">
          <p>
            You are signed in as {user.email}, but this invitation was sent to {invitation.email}. Sign out and sign in with that address to
            accept it.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              signOut(`/sign-in?email=${email}&next=${next}`).catch((caught: unknown) => {
                setError(errorMessage(caught));
              });
            }}
          >
            Sign out
          </button>
        </div>
      ) : null}

      {user && sameEmail ? (
        <div className="stack">
          <p>You are signed in as {user.displayName}.</p>
          <p>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void accept()}>
              {busy ? 'Joining…' : `Accept and join ${invitation.processTitle ?? invitation.workspaceName}`}
            </button>
          </p>
        </div>
      ) : null}
      <div role="alert">{error ? <p className="alert alert-error">{error}</p> : null}</div>
    </div>
  );
}
