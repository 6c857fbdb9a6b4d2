import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditExempt } from '../audit/audit-exempt.decorator';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import {
  MarkedReadDto,
  NotificationDto,
  NotificationListDto,
  NotificationListQueryDto,
  NotificationPreferencesDto,
  SaveNotificationPreferencesDto,
  UnreadCountDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

const INBOX_STATE =
  'Marking one’s own notification read changes only the person’s own inbox state, visible to nobody else; it is not a change to the dialogue’s record';

@ApiTags('notifications')
@ApiProblems()
@Controller('v1/me')
export class NotificationsController {
  constructor(private readonly service: NotificationsService) {}

  @Get('notifications')
  @Permission('notifications.view')
  @ApiOkResponse({ type: NotificationListDto, description: 'Newest first; unread=true for unread only' })
  list(@Ctx() ctx: RequestContext, @Query() query: NotificationListQueryDto): Promise<NotificationListDto> {
    return this.service.list(ctx, query);
  }

  @Get('notifications/unread-count')
  @Permission('notifications.view')
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@Ctx() ctx: RequestContext): Promise<UnreadCountDto> {
    return this.service.unreadCount(ctx);
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @Permission('notifications.markRead')
  @AuditExempt(INBOX_STATE)
  @ApiOkResponse({ type: MarkedReadDto })
  markAllRead(@Ctx() ctx: RequestContext): Promise<MarkedReadDto> {
    return this.service.markAllRead(ctx);
  }

  @Post('notifications/:notificationId/read')
  @HttpCode(200)
  @Permission('notifications.markRead')
  @AuditExempt(INBOX_STATE)
  @ApiOkResponse({ type: NotificationDto })
  markRead(@Ctx() ctx: RequestContext, @UuidParam('notificationId') id: string): Promise<NotificationDto> {
    return this.service.markRead(ctx, id);
  }

  @Get('notification-preferences')
  @Permission('notifications.preferences.view')
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferencesDto> {
    return this.service.preferences(ctx);
  }

  @Put('notification-preferences')
  @Permission('notifications.preferences.edit')
  @AuditExempt('Recorded in each workspace the person belongs to; a person in no workspace has no audit trail to record it in')
  @ApiOkResponse({ type: NotificationPreferencesDto })
  savePreferences(@Ctx() ctx: RequestContext, @Body() dto: SaveNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    return this.service.savePreferences(ctx, dto);
  }
}
