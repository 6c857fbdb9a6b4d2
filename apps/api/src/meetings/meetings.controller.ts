import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import {
  AttendanceCodeDto,
  AttendanceDto,
  CheckInDto,
  CreateActionPointDto,
  CreateMeetingDto,
  CreateStatementDto,
  MeetingInvitationListDto,
  InviteDto,
  MeetingDto,
  MeetingListDto,
  MeetingListQueryDto,
  MinutesDto,
  RecordAttendanceDto,
  RsvpDto,
  SaveReviewDto,
  StatementDto,
  UpdateMeetingDto,
  UpdateStatementDto,
  MeetingVersionDto,
} from './dto/meetings.dto';
import { MeetingsService } from './meetings.service';

const MeetingId = () => UuidParam('meetingId');

@ApiTags('meetings')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/meetings')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class MeetingsController {
  constructor(private readonly service: MeetingsService) {}

  @Get()
  @Permission('meeting.view')
  @ApiOkResponse({ type: MeetingListDto })
  list(@Ctx() ctx: RequestContext, @Query() query: MeetingListQueryDto): Promise<MeetingListDto> {
    return this.service.list(ctx, query);
  }

  @Post()
  @Permission('meeting.schedule')
  @ApiCreatedResponse({ type: MeetingDto })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateMeetingDto): Promise<MeetingDto> {
    return this.service.create(ctx, dto);
  }

  @Get(':meetingId')
  @Permission('meeting.view')
  @ApiOkResponse({ type: MeetingDto })
  get(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string): Promise<MeetingDto> {
    return this.service.get(ctx, meetingId);
  }

  @Patch(':meetingId')
  @Permission('meeting.edit')
  @ApiOkResponse({ type: MeetingDto })
  update(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: UpdateMeetingDto): Promise<MeetingDto> {
    return this.service.update(ctx, meetingId, dto);
  }

  @Post(':meetingId/cancel')
  @Permission('meeting.cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingDto })
  cancel(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: MeetingVersionDto): Promise<MeetingDto> {
    return this.service.cancel(ctx, meetingId, dto.version);
  }

  @Get(':meetingId/invitations')
  @Permission('meeting.attendance.view')
  @ApiOkResponse({ type: MeetingInvitationListDto })
  invitations(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string): Promise<MeetingInvitationListDto> {
    return this.service.invitations(ctx, meetingId);
  }

  @Post(':meetingId/invitations')
  @Permission('meeting.edit')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingInvitationListDto })
  invite(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: InviteDto): Promise<MeetingInvitationListDto> {
    return this.service.invite(ctx, meetingId, dto);
  }

  @Delete(':meetingId/invitations/:memberId')
  @Permission('meeting.edit')
  @ApiOkResponse({ type: MeetingInvitationListDto })
  uninvite(
    @Ctx() ctx: RequestContext,
    @MeetingId() meetingId: string,
    @UuidParam('memberId') memberId: string,
  ): Promise<MeetingInvitationListDto> {
    return this.service.uninvite(ctx, meetingId, memberId);
  }

  @Post(':meetingId/rsvp')
  @Permission('meeting.rsvp')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingDto })
  rsvp(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: RsvpDto): Promise<MeetingDto> {
    return this.service.rsvp(ctx, meetingId, dto);
  }

  @Post(':meetingId/attendance-code')
  @Permission('meeting.attendance.take')
  @ApiCreatedResponse({ type: AttendanceCodeDto })
  attendanceCode(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string): Promise<AttendanceCodeDto> {
    return this.service.attendanceCode(ctx, meetingId);
  }

  @Get(':meetingId/attendance')
  @Permission('meeting.attendance.view')
  @ApiOkResponse({ type: AttendanceDto })
  attendance(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string): Promise<AttendanceDto> {
    return this.service.attendance(ctx, meetingId);
  }

  @Post(':meetingId/attendance')
  @Permission('meeting.attendance.take')
  @HttpCode(200)
  @ApiOkResponse({ type: AttendanceDto })
  recordAttendance(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: RecordAttendanceDto): Promise<AttendanceDto> {
    return this.service.recordAttendance(ctx, meetingId, dto.memberIds);
  }

  @Delete(':meetingId/attendance/:memberId')
  @Permission('meeting.attendance.take')
  @ApiOkResponse({ type: AttendanceDto })
  removeAttendance(
    @Ctx() ctx: RequestContext,
    @MeetingId() meetingId: string,
    @UuidParam('memberId') memberId: string,
  ): Promise<AttendanceDto> {
    return this.service.removeAttendance(ctx, meetingId, memberId);
  }

  @Post(':meetingId/check-in')
  @Permission('meeting.attendance.self')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingDto })
  checkIn(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: CheckInDto): Promise<MeetingDto> {
    return this.service.checkIn(ctx, meetingId, dto.code);
  }

  @Get(':meetingId/minutes')
  @Permission('meeting.view')
  @ApiOkResponse({ type: MinutesDto })
  minutes(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string): Promise<MinutesDto> {
    return this.service.minutes(ctx, meetingId);
  }

  @Post(':meetingId/minutes/statements')
  @Permission('minutes.draft')
  @ApiCreatedResponse({ type: StatementDto })
  addStatement(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: CreateStatementDto): Promise<StatementDto> {
    return this.service.addStatement(ctx, meetingId, dto);
  }

  @Patch(':meetingId/minutes/statements/:statementId')
  @Permission('minutes.draft')
  @ApiOkResponse({ type: StatementDto })
  editStatement(
    @Ctx() ctx: RequestContext,
    @MeetingId() meetingId: string,
    @UuidParam('statementId') statementId: string,
    @Body() dto: UpdateStatementDto,
  ): Promise<StatementDto> {
    return this.service.editStatement(ctx, meetingId, statementId, dto);
  }

  @Delete(':meetingId/minutes/statements/:statementId')
  @Permission('minutes.draft')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteStatement(
    @Ctx() ctx: RequestContext,
    @MeetingId() meetingId: string,
    @UuidParam('statementId') statementId: string,
  ): Promise<void> {
    return this.service.deleteStatement(ctx, meetingId, statementId);
  }

  @Post(':meetingId/minutes/statements/:statementId/quote-me')
  @Permission('minutes.quoteMe')
  @HttpCode(200)
  @ApiOkResponse({ type: StatementDto })
  quoteMe(
    @Ctx() ctx: RequestContext,
    @MeetingId() meetingId: string,
    @UuidParam('statementId') statementId: string,
  ): Promise<StatementDto> {
    return this.service.quoteMe(ctx, meetingId, statementId);
  }

  @Post(':meetingId/minutes/action-points')
  @Permission('minutes.draft')
  @ApiCreatedResponse({ type: MinutesDto })
  addActionPoint(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: CreateActionPointDto): Promise<MinutesDto> {
    return this.service.addActionPoint(ctx, meetingId, dto);
  }

  @Post(':meetingId/minutes/submit')
  @Permission('minutes.draft')
  @HttpCode(200)
  @ApiOkResponse({ type: MinutesDto })
  submit(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: MeetingVersionDto): Promise<MinutesDto> {
    return this.service.moveMinutes(ctx, meetingId, 'submit', dto.version);
  }

  @Post(':meetingId/minutes/reopen')
  @Permission('minutes.draft')
  @HttpCode(200)
  @ApiOkResponse({ type: MinutesDto })
  reopen(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: MeetingVersionDto): Promise<MinutesDto> {
    return this.service.moveMinutes(ctx, meetingId, 'reopen', dto.version);
  }

  @Post(':meetingId/minutes/reviews')
  @Permission('minutes.review')
  @HttpCode(200)
  @ApiOkResponse({ type: MinutesDto })
  review(@Ctx() ctx: RequestContext, @MeetingId() meetingId: string, @Body() dto: SaveReviewDto): Promise<MinutesDto> {
    return this.service.review(ctx, meetingId, dto);
  }
}
