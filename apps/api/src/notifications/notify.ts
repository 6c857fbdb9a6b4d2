import {
  deliveryFor,
  immediateMail,
  type NotificationContent,
  notificationDedupeKey,
  type NotificationKind,
  notificationMailKey,
  type NotificationObjectType,
} from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { queueMail } from '../mail/queue-mail';
import { NotificationsRepository } from './notifications.repository';

const repository = new NotificationsRepository();

/** One thing to tell some people about. The params are already what may be stored (names withheld where the regime says so). */
export type NotificationToSend = NotificationContent & {
  workspaceId: string;
  processId: string | null;
  objectType: NotificationObjectType;
  objectId: string;
  /** Part of the key besides kind and object: a deadline's date, an assignment's owner. */
  qualifier?: string | null;
  path: string;
  recipients: readonly string[];
  /** Whoever caused it hears nothing of their own act. */
  except?: string | null;
};

/**
 * Tells each recipient, inside the transaction of the change (which must act for the notification's
 * workspace): one in-app row per person unless they turned the kind off, and for those who chose
 * e-mail, the mail in the outbox keyed by the notification. Both are written once: calling again with
 * the same notification (a retried request, a second sweep) writes nothing. Returns how many people
 * got a new notification.
 */
export async function notify(em: EntityManager, notification: NotificationToSend): Promise<number> {
  const userIds = [...new Set(notification.recipients)].filter((id) => id !== notification.except);
  if (userIds.length === 0) return 0;
  const kind: NotificationKind = notification.kind;
  const dedupeKey = notificationDedupeKey(kind, notification.objectId, notification.qualifier);
  let written = 0;
  for (const recipient of await repository.recipients(em, userIds, kind)) {
    const delivery = deliveryFor(kind, recipient.delivery ? { [kind]: recipient.delivery } : {});
    if (delivery === 'off') continue;
    const inserted = await repository.insertOnce(em, {
      userId: recipient.userId,
      workspaceId: notification.workspaceId,
      processId: notification.processId,
      kind,
      objectType: notification.objectType,
      objectId: notification.objectId,
      params: notification.params,
      path: notification.path,
      dedupeKey,
      delivery,
    });
    if (!inserted) continue;
    written += 1;
    const mail = delivery === 'email' ? immediateMail({ ...notification, path: notification.path }) : null;
    if (mail) {
      await queueMail(em, {
        key: notificationMailKey(recipient.userId, dedupeKey),
        template: mail.template,
        params: mail.params,
        to: { address: recipient.email, userId: recipient.userId },
        workspaceId: notification.workspaceId,
      });
    }
  }
  return written;
}
