import { defineMessages, useIntl } from 'react-intl';
import { ResourceView } from '../../../components/resource-view';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useSession } from '../../../session/session-context';
import { getAccount, listAccountEvents, listSessions } from '../api/account';
import { EmailForm } from '../components/email-form';
import { LanguageSection } from '../components/language-section';
import { PasswordForm } from '../components/password-form';
import { ProfileForm } from '../components/profile-form';
import { SecurityLog } from '../components/security-log';
import { SessionsSection } from '../components/sessions-section';
import { TimeZoneSection } from '../components/time-zone-section';
import { TwoFactorAccountSection } from '../../auth/components/two-factor-account-section';

const m = defineMessages({
  title: { id: 'account.title', defaultMessage: 'Your account' },
  loading: { id: 'account.loading', defaultMessage: 'Loading your account…' },
  profile: { id: 'account.profile.title', defaultMessage: 'Profile' },
  email: { id: 'account.email.title', defaultMessage: 'E-mail address' },
  password: { id: 'account.password.title', defaultMessage: 'Password' },
});

/** `/account`: my name, language, time zone, e-mail, password, sessions and security log. */
export function AccountRoute() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
  const { refresh } = useSession();
  const account = useResource('account', (signal) => getAccount(signal));
  const sessions = useResource('account:sessions', (signal) => listSessions(signal));
  const events = useResource('account:events', (signal) => listAccountEvents(signal));
  const changed = () => {
    events.reload();
  };

  return (
    <div className="page">
      <h1 tabIndex={-1}>{intl.formatMessage(m.title)}</h1>
      <ResourceView resource={account} loading={intl.formatMessage(m.loading)}>
        {(data) => (
          <>
            <section className="panel" aria-labelledby="account-profile-title">
              <h2 id="account-profile-title">{intl.formatMessage(m.profile)}</h2>
              <ProfileForm
                account={data}
                onSaved={(updated) => {
                  account.setData(updated);
                  refresh();
                  changed();
                }}
              />
            </section>
            <LanguageSection
              onSaved={() => {
                refresh();
                changed();
              }}
            />
            <TimeZoneSection
              account={data}
              onSaved={(updated) => {
                account.setData(updated);
                refresh();
                changed();
              }}
            />
            <section className="panel" aria-labelledby="account-email-title">
              <h2 id="account-email-title">{intl.formatMessage(m.email)}</h2>
              <EmailForm
                account={data}
                onRequested={(pendingEmail) => {
                  account.setData({ ...data, pendingEmail });
                  changed();
                }}
              />
            </section>
            <section className="panel" aria-labelledby="account-password-title">
              <h2 id="account-password-title">{intl.formatMessage(m.password)}</h2>
              <PasswordForm
                onChanged={() => {
                  sessions.reload();
                  changed();
                }}
              />
            </section>
          </>
        )}
      </ResourceView>
      <SessionsSection sessions={sessions} onChanged={changed} />
      <TwoFactorAccountSection />
      <SecurityLog events={events} />
    </div>
  );
}
