import { api, unwrap } from '../../../api';
import type { components } from '../../../api/schema';

export type Notification = components['schemas']['NotificationDto'];
export type NotificationList = components['schemas']['NotificationListDto'];
export type NotificationPreference = components['schemas']['NotificationPreferenceDto'];
export type NotificationPreferences = components['schemas']['NotificationPreferencesDto'];
export type SavePreferences = components['schemas']['SaveNotificationPreferencesDto'];

export function listNotifications(query: { unread?: boolean; cursor?: string }, signal?: AbortSignal): Promise<NotificationList> {
  return unwrap(
    api.GET('/api/v1/me/notifications', { params: { query: { unread: query.unread, cursor: query.cursor, limit: 20 } }, signal }),
  );
}

export async function unreadCount(signal?: AbortSignal): Promise<number> {
  return (await unwrap(api.GET('/api/v1/me/notifications/unread-count', { signal }))).unread;
}

export function markRead(id: string): Promise<Notification> {
  return unwrap(api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId: id } } }));
}

export function markAllRead(): Promise<{ marked: number }> {
  return unwrap(api.POST('/api/v1/me/notifications/read-all'));
}

export function getPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return unwrap(api.GET('/api/v1/me/notification-preferences', { signal }));
}

export function savePreferences(body: SavePreferences): Promise<NotificationPreferences> {
  return unwrap(api.PUT('/api/v1/me/notification-preferences', { body }));
}

/** Tells the bell to count again after the list changed what is unread. */
export const UNREAD_CHANGED = 'cg:notifications-unread-changed';
export const announceUnreadChanged = () => window.dispatchEvent(new Event(UNREAD_CHANGED));
