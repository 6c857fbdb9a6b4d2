import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Ctx, Permission, Public } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedDto } from './dto/calendar-feed.dto';

@ApiTags('calendar')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/calendar-feed')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class CalendarFeedController {
  constructor(private readonly service: CalendarFeedsService) {}

  @Get()
  @Permission('calendar.feed.view')
  @ApiOkResponse({ type: CalendarFeedDto })
  status(@Ctx() ctx: RequestContext): Promise<CalendarFeedDto> {
    return this.service.status(ctx);
  }

  @Post()
  @Permission('calendar.subscribe')
  @ApiCreatedResponse({ type: CalendarFeedDto, description: 'A new secret URL, shown this once; any earlier URL stops working' })
  create(@Ctx() ctx: RequestContext): Promise<CalendarFeedDto> {
    return this.service.issue(ctx, false);
  }

  @Post('rotate')
  @Permission('calendar.subscribe')
  @HttpCode(200)
  @ApiOkResponse({ type: CalendarFeedDto, description: 'A new secret URL replacing the current one (404 when there is none)' })
  rotate(@Ctx() ctx: RequestContext): Promise<CalendarFeedDto> {
    return this.service.issue(ctx, true);
  }

  @Delete()
  @Permission('calendar.subscribe')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The feed URL answers 404 from now on' })
  revoke(@Ctx() ctx: RequestContext): Promise<void> {
    return this.service.revoke(ctx);
  }
}

/** The feed itself: calendar apps fetch it without a session, so the secret token alone opens it. */
@ApiTags('calendar')
@ApiProblems()
@Controller('v1/calendar-feeds')
export class CalendarFeedPublicController {
  constructor(
    private readonly service: CalendarFeedsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  @Public()
  @ApiParam({ name: 'token', type: String, description: 'The secret token of the feed URL' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'iCalendar (RFC 5545): all-day events for milestones, action due dates and the person’s next report-back',
    schema: { type: 'string' },
  })
  async feed(@Param('token') token: string, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string> {
    const body = await this.service.calendar(token, this.config.publicUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`);
    response.type('text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', 'inline; filename="common-ground.ics"');
    return body;
  }
}
