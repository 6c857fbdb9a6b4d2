import type { AccountEventKind } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor, useIntl } from 'react-intl';
import { ResourceView } from '../../../components/resource-view';
import type { Resource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import type { AccountEvent } from '../api/account';
import { deviceText } from '../device-text';

const WORDING: Record<AccountEventKind, MessageDescriptor> = defineMessages({
  password_reset_requested: { id: 'account.event.password_reset_requested', defaultMessage: 'A password-reset link was requested' },
  password_reset: { id: 'account.event.password_reset', defaultMessage: 'Your password was reset with an e-mailed link' },
  password_changed: { id: 'account.event.password_changed', defaultMessage: 'Your password was changed' },
  name_changed: { id: 'account.event.name_changed', defaultMessage: 'Your name was changed' },
  locale_changed: { id: 'account.event.locale_changed', defaultMessage: 'Your language was changed' },
  time_zone_changed: { id: 'account.event.time_zone_changed', defaultMessage: 'Your time zone was changed' },
  email_change_requested: { id: 'account.event.email_change_requested', defaultMessage: 'A change of e-mail address was requested' },
  email_changed: { id: 'account.event.email_changed', defaultMessage: 'Your e-mail address was changed' },
  session_revoked: { id: 'account.event.session_revoked', defaultMessage: 'A session was signed out' },
  other_sessions_revoked: { id: 'account.event.other_sessions_revoked', defaultMessage: 'All other sessions were signed out' },
  new_device_signed_in: { id: 'account.event.new_device_signed_in', defaultMessage: 'Signed in from a new device' },
  two_factor_enrolment_started: {
    id: 'account.event.two_factor_enrolment_started',
    defaultMessage: 'Two-factor sign-in set-up was started',
  },
  two_factor_enabled: { id: 'account.event.two_factor_enabled', defaultMessage: 'Two-factor sign-in was turned on' },
  two_factor_disabled: { id: 'account.event.two_factor_disabled', defaultMessage: 'Two-factor sign-in was turned off' },
  two_factor_recovery_codes_renewed: {
    id: 'account.event.two_factor_recovery_codes_renewed',
    defaultMessage: 'New recovery codes were made (the old ones no longer work)',
  },
  two_factor_recovery_code_used: {
    id: 'account.event.two_factor_recovery_code_used',
    defaultMessage: 'A recovery code was used to sign in',
  },
});

const m = defineMessages({
  title: { id: 'account.log.title', defaultMessage: 'Recent security events' },
  loading: { id: 'account.log.loading', defaultMessage: 'Loading your security events…' },
  emptyTitle: { id: 'account.log.emptyTitle', defaultMessage: 'Nothing yet' },
  empty: { id: 'account.log.empty', defaultMessage: 'Changes to your account will be listed here.' },
});
const SEPARATOR = ' · ';

/** The person's own security log: what happened to the account, newest first. */
export function SecurityLog({ events }: { events: Resource<AccountEvent[]> }) {
  const intl = useIntl();
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="account-log-title">
      <h2 id="account-log-title">{intl.formatMessage(m.title)}</h2>
      <ResourceView
        resource={events}
        loading={intl.formatMessage(m.loading)}
        empty={{
          when: (items) => items.length === 0,
          title: intl.formatMessage(m.emptyTitle),
          children: <p>{intl.formatMessage(m.empty)}</p>,
        }}
      >
        {(items) => (
          <ul className="rows" aria-label={intl.formatMessage(m.title)}>
            {items.map((event) => (
              <li key={event.id} className="row">
                <div className="row-main">
                  <span className="row-title">{intl.formatMessage(WORDING[event.kind])}</span>
                  <span className="muted">
                    {fmt.dateTime(event.occurredAt)}
                    {event.device ? SEPARATOR + deviceText(intl, event.device) : null}
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
