import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { PageQueryDto } from '../plans/dto/plan.dto';
import { CreateProgressUpdateDto, ProgressUpdateDto, ProgressUpdateListDto } from './dto/progress.dto';
import { ProgressService } from './progress.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('progress')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/actions/:actionId/progress')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
@ApiParam({ name: 'actionId', type: String, format: 'uuid' })
export class ProgressController {
  constructor(private readonly service: ProgressService) {}

  @Get()
  @Permission('plans.view')
  @ApiOkResponse({ type: ProgressUpdateListDto })
  list(@Ctx() ctx: RequestContext, @UuidParam('actionId') actionId: string, @Query() query: PageQueryDto): Promise<ProgressUpdateListDto> {
    return this.service.list(ctx, actionId, query);
  }

  @Post()
  @Permission('actions.reportProgress')
  @ApiCreatedResponse({ type: ProgressUpdateDto })
  create(
    @Ctx() ctx: RequestContext,
    @UuidParam('actionId') actionId: string,
    @Body() dto: CreateProgressUpdateDto,
  ): Promise<ProgressUpdateDto> {
    return this.service.create(ctx, actionId, dto);
  }
}
