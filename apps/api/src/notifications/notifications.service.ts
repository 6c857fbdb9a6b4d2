import { Injectable } from '@nestjs/common';
import {
  allowedDeliveries,
  assertValidPreferences,
  describeNotification,
  DomainError,
  DomainErrorCode,
  NOTIFICATION_KIND_RULES,
  NOTIFICATION_KINDS,
  NOTIFICATION_LIMITS,
  type NotificationContent,
  resolvedPreferences,
} from '@common-ground/domain';
import { recordAudit } from '../audit/record-audit';
import { keysetCursor } from '../common/db/cursor';
import type { RequestContext } from '../common/request-context';
import type {
  MarkedReadDto,
  NotificationDto,
  NotificationListDto,
  NotificationListQueryDto,
  NotificationPreferencesDto,
  SaveNotificationPreferencesDto,
  UnreadCountDto,
} from './dto/notification.dto';
import { NotificationsRepository, type NotificationRow } from './notifications.repository';

const toDto = (row: NotificationRow): NotificationDto => ({
  id: row.id,
  kind: row.kind,
  workspaceId: row.workspaceId,
  processId: row.processId,
  objectType: row.objectType,
  objectId: row.objectId,
  text: describeNotification({ kind: row.kind, params: row.params } as NotificationContent),
  params: row.params,
  processTitle: typeof row.params.processTitle === 'string' ? row.params.processTitle : null,
  path: row.path,
  createdAt: row.createdAt,
  readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
});

/** A person's own inbox and their delivery choices; every query is keyed on the signed-in person (and RLS on app.user_id). */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async list(ctx: RequestContext, query: NotificationListQueryDto): Promise<NotificationListDto> {
    const limit = query.limit ?? NOTIFICATION_LIMITS.pageDefault;
    const rows = await this.notifications.list(ctx.em, ctx.actor.id, {
      unreadOnly: query.unread === true,
      after: keysetCursor.decodeOptional(query.cursor),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toDto),
      nextCursor: rows.length > limit && last ? keysetCursor.encode({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  async unreadCount(ctx: RequestContext): Promise<UnreadCountDto> {
    return { unread: await this.notifications.unreadCount(ctx.em, ctx.actor.id) };
  }

  async markRead(ctx: RequestContext, id: string): Promise<NotificationDto> {
    const found = await this.notifications.find(ctx.em, ctx.actor.id, id);
    if (!found) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such notification.');
    await this.notifications.markRead(ctx.em, ctx.actor.id, id);
    return toDto((await this.notifications.find(ctx.em, ctx.actor.id, id)) as NotificationRow);
  }

  async markAllRead(ctx: RequestContext): Promise<MarkedReadDto> {
    return { marked: await this.notifications.markAllRead(ctx.em, ctx.actor.id) };
  }

  async preferences(ctx: RequestContext): Promise<NotificationPreferencesDto> {
    const stored = Object.fromEntries((await this.notifications.preferences(ctx.em, ctx.actor.id)).map((row) => [row.kind, row.delivery]));
    const resolved = resolvedPreferences(stored);
    return {
      items: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        label: NOTIFICATION_KIND_RULES[kind].label,
        audience: NOTIFICATION_KIND_RULES[kind].audience,
        delivery: resolved[kind],
        defaultDelivery: NOTIFICATION_KIND_RULES[kind].defaultDelivery,
        allowed: [...allowedDeliveries(kind)],
      })),
    };
  }

  /**
   * Saves the choices and records the change in the audit trail of each workspace the person belongs to
   * (the kinds only). A person in no workspace has no trail to record it in: the route is exempt then.
   */
  async savePreferences(ctx: RequestContext, dto: SaveNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    const choices = assertValidPreferences(
      Object.fromEntries(Object.entries(dto).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    );
    await this.notifications.savePreferences(ctx.em, ctx.actor.id, choices);
    for (const workspaceId of await this.notifications.workspacesOf(ctx.em, ctx.actor.id)) {
      recordAudit(ctx, {
        objectType: 'notification_preferences',
        action: 'saved',
        objectId: ctx.actor.id,
        workspaceId,
        processId: null,
        payload: { kinds: Object.keys(choices).sort() },
      });
    }
    return this.preferences(ctx);
  }
}
