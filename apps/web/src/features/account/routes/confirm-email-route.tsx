import { useEffect, useRef, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../../api';
import { ErrorState, Loading } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useSession } from '../../../session/session-context';
import { AuthCard } from '../../auth/components/auth-card';
import { untyped } from '../../../i18n/untyped';
import { confirmEmail } from '../api/account';

const m = untyped(
  defineMessages({
    title: { id: 'account.confirmEmail.title', defaultMessage: 'Confirm your e-mail address' },
    toAccount: { id: 'account.confirmEmail.toAccount', defaultMessage: 'Go to your account' },
    signIn: { id: 'account.confirmEmail.signIn', defaultMessage: 'Sign in' },
    confirming: { id: 'account.confirmEmail.confirming', defaultMessage: 'Confirming your address…' },
    done: {
      id: 'account.confirmEmail.done',
      defaultMessage: 'Done: <strong>{email}</strong> is now the e-mail address of your account. Use it to sign in.',
    },
    failed: { id: 'account.confirmEmail.failed', defaultMessage: 'This link did not work' },
  }),
);

type State = { status: 'confirming' } | { status: 'done'; email: string } | { status: 'failed'; message: string };

/** `/confirm-email/:token` (or `?token=`): opening the link from the mail makes the new address the account's. */
export function ConfirmEmailRoute() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
  const { token: fromPath } = useParams();
  const [params] = useSearchParams();
  const token = fromPath ?? params.get('token') ?? '';
  const { user, refresh } = useSession();
  const [state, setState] = useState<State>({ status: 'confirming' });
  // The link is single-use: confirm once, even when React runs effects twice in development.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    confirmEmail(token).then(
      (confirmed) => {
        setState({ status: 'done', email: confirmed.email });
        refresh();
      },
      (error: unknown) => {
        setState({ status: 'failed', message: errorMessage(error) });
      },
    );
  }, [token, refresh]);

  return (
    <AuthCard
      title={intl.formatMessage(m.title)}
      titleId="confirm-email-title"
      footer={
        user ? <Link to="/account">{intl.formatMessage(m.toAccount)}</Link> : <Link to="/sign-in">{intl.formatMessage(m.signIn)}</Link>
      }
    >
      {state.status === 'confirming' ? <Loading label={intl.formatMessage(m.confirming)} /> : null}
      {state.status === 'done' ? (
        <p role="status" className="alert alert-success">
          {intl.formatMessage(m.done, { email: state.email, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}
      {state.status === 'failed' ? <ErrorState title={intl.formatMessage(m.failed)} message={state.message} /> : null}
    </AuthCard>
  );
}
