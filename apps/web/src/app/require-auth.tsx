import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../session/session-context';

/** Sends people who are not signed in to the sign-in page, and back here afterwards. */
export function RequireAuth() {
  const { user } = useSession();
  const location = useLocation();
  if (user) return <Outlet />;
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return <Navigate to={`/sign-in?next=${next}`} replace />;
}
