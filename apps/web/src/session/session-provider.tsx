import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { api, onUnauthenticated, unwrap, unwrapEmpty, type Session } from '../api';
import { useResource } from '../hooks/use-resource';
import { SessionContext, type SessionState } from './session-context';

export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useResource<Session>('session', (signal) => unwrap(api.GET('/api/v1/auth/session', { signal })));
  const { reload, setData } = session;

  useEffect(() => onUnauthenticated(reload), [reload]);

  const signOut = useCallback(async (redirectTo = '/sign-in') => {
    await unwrapEmpty(api.POST('/api/v1/auth/sign-out'));
    window.location.assign(redirectTo);
  }, []);

  const value = useMemo<SessionState>(
    () => ({
      user: session.data ? session.data.user : undefined,
      error: session.error,
      setSession: setData,
      refresh: reload,
      signOut,
    }),
    [session.data, session.error, setData, reload, signOut],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}
