import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../../api';
import { ErrorState, Loading } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useSession } from '../../../session/session-context';
import { AuthCard } from '../../auth/components/auth-card';
import { confirmEmail } from '../api/account';

type State = { status: 'confirming' } | { status: 'done'; email: string } | { status: 'failed'; message: string };

/** `/confirm-email/:token` (or `?token=`): opening the link from the mail makes the new address the account's. */
export function ConfirmEmailRoute() {
  usePageTitle('Confirm your e-mail address');
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
      title="Confirm your e-mail address"
      titleId="confirm-email-title"
      footer={user ? <Link to="/account">Go to your account</Link> : <Link to="/sign-in">Sign in</Link>}
    >
      {state.status === 'confirming' ? <Loading label="Confirming your address…" /> : null}
      {state.status === 'done' ? (
        <p role="status" className="alert alert-success">
          Done: <strong>{state.email}</strong> is now the e-mail address of your account. Use it to sign in.
        </p>
      ) : null}
      {state.status === 'failed' ? <ErrorState title="This link did not work" message={state.message} /> : null}
    </AuthCard>
  );
}
