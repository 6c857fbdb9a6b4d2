import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { untyped } from '../../../i18n/untyped';
import { UNREAD_CHANGED, unreadCount } from '../api/notifications';

/** Polls gently: once a minute while the tab is visible, and at once when the person comes back to it. */
const POLL_MS = 60_000;
const MANY = '99+';

const m = untyped(
  defineMessages({
    label: {
      id: 'notifications.bell.label',
      defaultMessage: '{count, plural, =0 {Notifications, none unread} other {Notifications, # unread}}',
    },
  }),
);

/** The header's bell: a link to the notification centre whose name says how many are unread. */
export function NotificationBell() {
  const intl = useIntl();
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    let controller: AbortController | null = null;
    const refresh = () => {
      if (document.visibilityState === 'hidden') return;
      controller?.abort();
      controller = new AbortController();
      unreadCount(controller.signal).then(setCount, () => undefined);
    };
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener('focus', refresh);
    window.addEventListener(UNREAD_CHANGED, refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      controller?.abort();
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      window.removeEventListener(UNREAD_CHANGED, refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);

  const unread = count ?? 0;
  const label = intl.formatMessage(m.label, { count: unread });
  return (
    // The link is named by its content, the icon's name, not by an aria-label: the count drawn on the bell is not
    // in every language's sentence ("one unread" in Arabic has no digit), which axe reports as a label/content
    // mismatch on a link's aria-label.
    <Link to="/notifications" className="button button-quiet notification-bell" title={label}>
      <BellIcon label={label} />
      {unread > 0 ? (
        <span className="notification-count" aria-hidden="true">
          {unread > 99 ? MANY : unread}
        </span>
      ) : null}
    </Link>
  );
}

/**
 * A bell drawn inline: the emoji bell (U+1F514) shows as an empty box on machines without an emoji font, which
 * many phones and office computers lack. It takes the text colour and size of the button around it.
 */
function BellIcon({ label }: { label: string }) {
  return (
    <svg
      className="notification-bell-icon"
      role="img"
      aria-label={label}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
    >
      <path d="M6 9.5a6 6 0 0 1 12 0c0 5.5 2.5 7.5 2.5 7.5h-17S6 15 6 9.5Z" />
      <path d="M10 20.5a2.2 2.2 0 0 0 4 0" />
    </svg>
  );
}
