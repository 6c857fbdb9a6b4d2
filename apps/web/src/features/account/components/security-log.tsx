import type { AccountEventKind } from '@common-ground/domain';
import { ResourceView } from '../../../components/resource-view';
import type { Resource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import type { AccountEvent } from '../api/account';

const WORDING: Record<AccountEventKind, string> = {
  password_reset_requested: 'A password-reset link was requested',
  password_reset: 'Your password was reset with an e-mailed link',
  password_changed: 'Your password was changed',
  name_changed: 'Your name was changed',
  email_change_requested: 'A change of e-mail address was requested',
  email_changed: 'Your e-mail address was changed',
  session_revoked: 'A session was signed out',
  other_sessions_revoked: 'All other sessions were signed out',
  new_device_signed_in: 'Signed in from a new device',
  two_factor_enrolment_started: 'Two-factor sign-in set-up was started',
  two_factor_enabled: 'Two-factor sign-in was turned on',
  two_factor_disabled: 'Two-factor sign-in was turned off',
  two_factor_recovery_codes_renewed: 'New recovery codes were made (the old ones no longer work)',
  two_factor_recovery_code_used: 'A recovery code was used to sign in',
};

/** The person's own security log: what happened to the account, newest first. */
export function SecurityLog({ events }: { events: Resource<AccountEvent[]> }) {
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="account-log-title">
      <h2 id="account-log-title">Recent security events</h2>
      <ResourceView
        resource={events}
        loading="Loading your security events…"
        empty={{ when: (items) => items.length === 0, title: 'Nothing yet', children: <p>Changes to your account will be listed here.</p> }}
      >
        {(items) => (
          <ul className="rows" aria-label="Recent security events">
            {items.map((event) => (
              <li key={event.id} className="row">
                <div className="row-main">
                  <span className="row-title">{WORDING[event.kind]}</span>
                  <span className="muted">
                    {fmt.dateTime(event.occurredAt)}
                    {event.device ? ` · ${event.device}` : ''}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </ResourceView>
    </section>
  );
}
