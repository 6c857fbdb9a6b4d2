import { errorMessage } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { ResourceView } from '../../../components/resource-view';
import { Badge } from '../../../components/states';
import type { Resource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { type AccountSession, revokeOtherSessions, revokeSession } from '../api/account';

/** Where I am signed in: one row per session, the others can be signed out one by one or all at once. */
export function SessionsSection({ sessions, onChanged }: { sessions: Resource<AccountSession[]>; onChanged: () => void }) {
  const fmt = useFormat();
  const others = sessions.data?.filter((session) => !session.current) ?? [];
  return (
    <section className="panel" aria-labelledby="account-sessions-title" id="sessions">
      <h2 id="account-sessions-title">Where you are signed in</h2>
      <p className="muted">If you do not recognise a session, sign it out and change your password.</p>
      <ResourceView
        resource={sessions}
        loading="Loading your sessions…"
        empty={{ when: (items) => items.length === 0, title: 'No sessions', children: <p>Reload the page to see this session.</p> }}
      >
        {(items) => (
          <ul className="rows" aria-label="Your sessions">
            {items.map((session) => (
              <li key={session.id} className="row">
                <div className="row-main">
                  <span className="row-title">
                    {session.device} {session.current ? <Badge tone="accent">This device</Badge> : null}
                  </span>
                  <span className="muted">
                    Signed in {fmt.dateTime(session.createdAt)} · last active {fmt.dateTime(session.lastActiveAt)}
                  </span>
                </div>
                {session.current ? null : (
                  <div className="row-actions">
                    <ConfirmButton
                      className="button button-danger-quiet"
                      aria-label={`Sign out the session on ${session.device}, signed in ${fmt.dateTime(session.createdAt)}`}
                      title="Sign out this session?"
                      message={<p>{session.device} will be signed out at its next step and must sign in again.</p>}
                      confirmLabel="Sign out session"
                      describeError={errorMessage}
                      onConfirm={async () => {
                        await revokeSession(session.id);
                        sessions.setData((list) => list.filter((item) => item.id !== session.id));
                        onChanged();
                      }}
                    >
                      Sign out
                    </ConfirmButton>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </ResourceView>
      {others.length > 1 ? (
        <div className="form-actions">
          <ConfirmButton
            className="button button-danger-quiet"
            title="Sign out every other session?"
            message={<p>Every device but this one will have to sign in again.</p>}
            confirmLabel="Sign out other sessions"
            describeError={errorMessage}
            onConfirm={async () => {
              await revokeOtherSessions();
              sessions.setData((list) => list.filter((item) => item.current));
              onChanged();
            }}
          >
            Sign out all other sessions
          </ConfirmButton>
        </div>
      ) : null}
    </section>
  );
}
