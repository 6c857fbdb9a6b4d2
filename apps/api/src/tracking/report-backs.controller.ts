import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { RecordReportBackDto, ReportBackEntryDto, ReportBackScheduleDto } from './dto/report-back.dto';
import { ReportBacksService } from './report-backs.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('report-backs')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/report-backs')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class ReportBacksController {
  constructor(private readonly service: ReportBacksService) {}

  @Get()
  @Permission('process.view')
  @ApiOkResponse({ type: ReportBackScheduleDto })
  schedule(@Ctx() ctx: RequestContext): Promise<ReportBackScheduleDto> {
    return this.service.schedule(ctx);
  }

  @Post(':userId')
  @Permission('reportBacks.record')
  @ApiCreatedResponse({ type: ReportBackEntryDto, description: 'The participant’s entry with the moved due date' })
  record(@Ctx() ctx: RequestContext, @UuidParam('userId') userId: string, @Body() dto: RecordReportBackDto): Promise<ReportBackEntryDto> {
    return this.service.record(ctx, userId, dto);
  }
}
