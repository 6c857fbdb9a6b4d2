import { defineMessages, useIntl } from 'react-intl';
import { errorMessage } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { ResourceView } from '../../../components/resource-view';
import { Badge } from '../../../components/states';
import type { Resource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { untyped } from '../../../i18n/untyped';
import { type AccountSession, revokeOtherSessions, revokeSession } from '../api/account';
import { deviceText } from '../device-text';

/** The space between the device and its badge. */
const GAP = ' ';

const m = untyped(
  defineMessages({
    title: { id: 'account.sessions.title', defaultMessage: 'Where you are signed in' },
    help: { id: 'account.sessions.help', defaultMessage: 'If you do not recognise a session, sign it out and change your password.' },
    loading: { id: 'account.sessions.loading', defaultMessage: 'Loading your sessions…' },
    emptyTitle: { id: 'account.sessions.emptyTitle', defaultMessage: 'No sessions' },
    empty: { id: 'account.sessions.empty', defaultMessage: 'Reload the page to see this session.' },
    list: { id: 'account.sessions.list', defaultMessage: 'Your sessions' },
    thisDevice: { id: 'account.sessions.thisDevice', defaultMessage: 'This device' },
    times: { id: 'account.sessions.times', defaultMessage: 'Signed in {signedIn} · last active {lastActive}' },
    signOutLabel: { id: 'account.sessions.signOutLabel', defaultMessage: 'Sign out the session on {device}, signed in {signedIn}' },
    signOutTitle: { id: 'account.sessions.signOutTitle', defaultMessage: 'Sign out this session?' },
    signOutBody: {
      id: 'account.sessions.signOutBody',
      defaultMessage: '{device} will be signed out at its next step and must sign in again.',
    },
    signOutConfirm: { id: 'account.sessions.signOutConfirm', defaultMessage: 'Sign out session' },
    signOut: { id: 'account.sessions.signOut', defaultMessage: 'Sign out' },
    othersTitle: { id: 'account.sessions.othersTitle', defaultMessage: 'Sign out every other session?' },
    othersBody: { id: 'account.sessions.othersBody', defaultMessage: 'Every device but this one will have to sign in again.' },
    othersConfirm: { id: 'account.sessions.othersConfirm', defaultMessage: 'Sign out other sessions' },
    others: { id: 'account.sessions.others', defaultMessage: 'Sign out all other sessions' },
  }),
);

/** Where I am signed in: one row per session, the others can be signed out one by one or all at once. */
export function SessionsSection({ sessions, onChanged }: { sessions: Resource<AccountSession[]>; onChanged: () => void }) {
  const intl = useIntl();
  const fmt = useFormat();
  const others = sessions.data?.filter((session) => !session.current) ?? [];
  return (
    <section className="panel" aria-labelledby="account-sessions-title" id="sessions">
      <h2 id="account-sessions-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.help)}</p>
      <ResourceView
        resource={sessions}
        loading={intl.formatMessage(m.loading)}
        empty={{
          when: (items) => items.length === 0,
          title: intl.formatMessage(m.emptyTitle),
          children: <p>{intl.formatMessage(m.empty)}</p>,
        }}
      >
        {(items) => (
          <ul className="rows" aria-label={intl.formatMessage(m.list)}>
            {items.map((session) => (
              <li key={session.id} className="row">
                <div className="row-main">
                  <span className="row-title">
                    {deviceText(intl, session.device) + GAP}
                    {session.current ? <Badge tone="accent">{intl.formatMessage(m.thisDevice)}</Badge> : null}
                  </span>
                  <span className="muted">
                    {intl.formatMessage(m.times, {
                      signedIn: fmt.dateTime(session.createdAt),
                      lastActive: fmt.dateTime(session.lastActiveAt),
                    })}
                  </span>
                </div>
                {session.current ? null : (
                  <div className="row-actions">
                    <ConfirmButton
                      className="button button-danger-quiet"
                      aria-label={intl.formatMessage(m.signOutLabel, {
                        device: deviceText(intl, session.device),
                        signedIn: fmt.dateTime(session.createdAt),
                      })}
                      title={intl.formatMessage(m.signOutTitle)}
                      message={<p>{intl.formatMessage(m.signOutBody, { device: deviceText(intl, session.device) })}</p>}
                      confirmLabel={intl.formatMessage(m.signOutConfirm)}
                      describeError={errorMessage}
                      onConfirm={async () => {
                        await revokeSession(session.id);
                        sessions.setData((list) => list.filter((item) => item.id !== session.id));
                        onChanged();
                      }}
                    >
                      {intl.formatMessage(m.signOut)}
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
            title={intl.formatMessage(m.othersTitle)}
            message={<p>{intl.formatMessage(m.othersBody)}</p>}
            confirmLabel={intl.formatMessage(m.othersConfirm)}
            describeError={errorMessage}
            onConfirm={async () => {
              await revokeOtherSessions();
              sessions.setData((list) => list.filter((item) => item.current));
              onChanged();
            }}
          >
            {intl.formatMessage(m.others)}
          </ConfirmButton>
        </div>
      ) : null}
    </section>
  );
}
