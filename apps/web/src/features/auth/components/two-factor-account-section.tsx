import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';

const m = defineMessages({
  title: { id: 'auth.twoFactorSection.title', defaultMessage: 'Two-factor sign-in' },
  body: {
    id: 'auth.twoFactorSection.body',
    defaultMessage: 'A code from an app on your phone at every sign-in, so a stolen password alone does not open your account.',
  },
  manage: { id: 'auth.twoFactorSection.manage', defaultMessage: 'Manage two-factor sign-in' },
});

/**
 * The way from the account page (/account, on the accounts branch) to /account/two-factor. At the merge,
 * render `<TwoFactorAccountSection />` among the account page's sections.
 */
export function TwoFactorAccountSection() {
  const intl = useIntl();
  return (
    <section className="panel" aria-labelledby="account-two-factor-title">
      <h2 id="account-two-factor-title">{intl.formatMessage(m.title)}</h2>
      <p>{intl.formatMessage(m.body)}</p>
      <p>
        <Link to="/account/two-factor">{intl.formatMessage(m.manage)}</Link>
      </p>
    </section>
  );
}
