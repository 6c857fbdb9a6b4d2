import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../api';
import { ResourceView } from '../../../components/resource-view';
import { useResource } from '../../../hooks/use-resource';
import {
  announceUnreadChanged,
  listNotifications,
  markAllRead,
  markRead,
  type Notification,
  type NotificationList,
} from '../api/notifications';
import { useFormat } from '../../../lib/use-format';
import { notificationText } from '../notification-text';

const m = defineMessages({
  title: { id: 'notifications.title', defaultMessage: 'Notifications' },
  unreadOnly: { id: 'notifications.unreadOnly', defaultMessage: 'Unread only' },
  markAllRead: { id: 'notifications.markAllRead', defaultMessage: 'Mark all read' },
  preferences: { id: 'notifications.preferences.title', defaultMessage: 'How I hear of things' },
  loading: { id: 'notifications.loading', defaultMessage: 'Loading your notifications…' },
  failed: { id: 'notifications.failed', defaultMessage: 'Your notifications could not be loaded' },
  nothingUnread: { id: 'notifications.nothingUnread', defaultMessage: 'Nothing unread' },
  none: { id: 'notifications.none', defaultMessage: 'No notifications yet' },
  emptyHelp: {
    id: 'notifications.emptyHelp',
    defaultMessage:
      'Here you will find a charter version waiting for your signature, amendments proposed or decided, actions assigned to you, and reminders of overdue actions, report-backs and milestones.',
  },
  unread: { id: 'notifications.unread', defaultMessage: 'Unread:' },
  older: { id: 'notifications.older', defaultMessage: 'Show older' },
});
const SEPARATOR = ' · ';
/** The space between the checkbox and its words. */
const GAP = ' ';

/** `/notifications`: what the app has told the person, newest first, unread highlighted; each leads to its thing. */
export function NotificationsRoute() {
  const intl = useIntl();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const fmt = useFormat();
  const resource = useResource<NotificationList>(`notifications:${unreadOnly}`, (signal) =>
    listNotifications({ unread: unreadOnly }, signal),
  );
  const [more, setMore] = useState<{ items: Notification[]; cursor: string | null } | null>(null);
  const items = [...(resource.data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.cursor : (resource.data?.nextCursor ?? null);

  const open = async (item: Notification) => {
    setError(null);
    try {
      if (!item.readAt) await markRead(item.id);
      announceUnreadChanged();
      await navigate(item.path);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const readAll = async () => {
    setError(null);
    try {
      await markAllRead();
      announceUnreadChanged();
      setMore(null);
      resource.reload();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await listNotifications({ unread: unreadOnly, cursor });
      setMore({ items: [...(more?.items ?? []), ...page.items], cursor: page.nextCursor });
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section className="page" aria-labelledby="notifications-title">
      <h1 id="notifications-title" tabIndex={-1}>
        {intl.formatMessage(m.title)}
      </h1>
      <div className="toolbar">
        <label>
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setMore(null);
              setUnreadOnly(event.target.checked);
            }}
          />
          {GAP}
          {intl.formatMessage(m.unreadOnly)}
        </label>
        <button type="button" className="button" onClick={() => void readAll()}>
          {intl.formatMessage(m.markAllRead)}
        </button>
        <Link to="/notifications/preferences">{intl.formatMessage(m.preferences)}</Link>
      </div>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      <ResourceView
        resource={resource}
        loading={intl.formatMessage(m.loading)}
        errorTitle={intl.formatMessage(m.failed)}
        empty={{
          when: (data) => data.items.length === 0,
          title: intl.formatMessage(unreadOnly ? m.nothingUnread : m.none),
          children: <p>{intl.formatMessage(m.emptyHelp)}</p>,
        }}
      >
        {() => (
          <>
            <ul className="notification-list">
              {items.map((item) => (
                <li key={item.id} className={item.readAt ? 'notification' : 'notification notification-unread'}>
                  <button type="button" className="link-button" onClick={() => void open(item)}>
                    {item.readAt ? null : <span className="visually-hidden">{intl.formatMessage(m.unread)} </span>}
                    {notificationText(intl, fmt, item)}
                  </button>
                  <p className="muted">
                    {item.processTitle ? item.processTitle + SEPARATOR : null}
                    <time dateTime={item.createdAt}>{fmt.dateTime(item.createdAt)}</time>
                  </p>
                </li>
              ))}
            </ul>
            {cursor ? (
              <button type="button" className="button" onClick={() => void loadMore()}>
                {intl.formatMessage(m.older)}
              </button>
            ) : null}
          </>
        )}
      </ResourceView>
    </section>
  );
}
