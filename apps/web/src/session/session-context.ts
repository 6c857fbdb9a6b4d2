import { createContext, useContext } from 'react';
import type { Session, User } from '../api';

export interface SessionState {
  /** `undefined` while the session loads, `null` when nobody is signed in. */
  user: User | null | undefined;
  error: unknown;
  /** Stores the session a sign-in or sign-up answered with. */
  setSession: (session: Session) => void;
  /** Asks the server again who is signed in. */
  refresh: () => void;
  /**
   * Ends the session, then loads `redirectTo` afresh: a full page load drops everything the previous
   * person had in memory.
   */
  signOut: (redirectTo?: string) => Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

/** The signed-in user; only for pages behind the sign-in guard. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser must be used on a page that requires signing in.');
  return user;
}
