import { useEffect, useRef, type RefObject } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { errorMessage } from '../api';
import { ErrorState, Loading } from '../components/states';
import { LeaveGuard } from '../forms/leave-guard-dialog';
import { useSession } from '../session/session-context';
import { AppHeader } from './app-header';

/** Moves focus to the new page's heading after a navigation, so keyboard and screen reader users start there. */
function useFocusOnNavigate(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const frame = requestAnimationFrame(() => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus({ preventScroll: false });
      } else {
        main.focus();
      }
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [pathname, mainRef]);
}

const m = defineMessages({
  unreachable: { id: 'shell.unreachable', defaultMessage: 'Common Ground cannot be reached' },
  loadingPage: { id: 'shell.loadingPage', defaultMessage: 'Loading page…' },
});

export function RootLayout() {
  const intl = useIntl();
  const session = useSession();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);

  let content;
  if (session.user === undefined && session.error) {
    content = <ErrorState title={intl.formatMessage(m.unreachable)} message={errorMessage(session.error)} onRetry={session.refresh} />;
  } else if (session.user === undefined) {
    content = <Loading />;
  } else {
    content = <Outlet />;
  }

  return (
    <>
      <AppHeader />
      {navigation.state === 'loading' ? (
        <div className="progress" role="status">
          <span className="visually-hidden">{intl.formatMessage(m.loadingPage)}</span>
        </div>
      ) : null}
      <main id="main" ref={mainRef} tabIndex={-1}>
        {content}
      </main>
      <LeaveGuard />
    </>
  );
}
