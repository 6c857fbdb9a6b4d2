import { Link } from 'react-router';

/**
 * The way from the account page (/account, on the accounts branch) to /account/two-factor. At the merge,
 * render `<TwoFactorAccountSection />` among the account page's sections.
 */
export function TwoFactorAccountSection() {
  return (
    <section className="panel" aria-labelledby="account-two-factor-title">
      <h2 id="account-two-factor-title">Two-factor sign-in</h2>
      <p>A code from an app on your phone at every sign-in, so a stolen password alone does not open your account.</p>
      <p>
        <Link to="/account/two-factor">Manage two-factor sign-in</Link>
      </p>
    </section>
  );
}
