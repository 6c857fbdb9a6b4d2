import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import {
  CreateMilestoneDto,
  MilestoneDetailDto,
  MilestoneListDto,
  MilestoneListQueryDto,
  RecordValueDto,
  UpdateMilestoneDto,
} from './dto/milestone.dto';
import { MilestonesService } from './milestones.service';
import { UuidParam } from '../common/uuid-param';

const MilestoneId = () => UuidParam('milestoneId');

@ApiTags('milestones')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class MilestonesController {
  constructor(private readonly service: MilestonesService) {}

  @Get('plans/:planId/milestones')
  @Permission('plans.view')
  @ApiOkResponse({ type: MilestoneListDto, description: 'The plan’s milestones by due date' })
  listForPlan(@Ctx() ctx: RequestContext, @UuidParam('planId') planId: string): Promise<MilestoneListDto> {
    return this.service.listForPlan(ctx, planId);
  }

  @Post('plans/:planId/milestones')
  @Permission('plans.manage')
  @ApiCreatedResponse({ type: MilestoneDetailDto })
  create(@Ctx() ctx: RequestContext, @UuidParam('planId') planId: string, @Body() dto: CreateMilestoneDto): Promise<MilestoneDetailDto> {
    return this.service.create(ctx, planId, dto);
  }

  @Get('milestones')
  @Permission('plans.view')
  @ApiOkResponse({ type: MilestoneListDto })
  listForProcess(@Ctx() ctx: RequestContext, @Query() query: MilestoneListQueryDto): Promise<MilestoneListDto> {
    return this.service.listForProcess(ctx, query);
  }

  @Get('milestones/:milestoneId')
  @Permission('plans.view')
  @ApiOkResponse({ type: MilestoneDetailDto })
  get(@Ctx() ctx: RequestContext, @MilestoneId() milestoneId: string): Promise<MilestoneDetailDto> {
    return this.service.get(ctx, milestoneId);
  }

  @Patch('milestones/:milestoneId')
  @Permission('plans.manage')
  @ApiOkResponse({ type: MilestoneDetailDto })
  update(@Ctx() ctx: RequestContext, @MilestoneId() milestoneId: string, @Body() dto: UpdateMilestoneDto): Promise<MilestoneDetailDto> {
    return this.service.update(ctx, milestoneId, dto);
  }

  @Delete('milestones/:milestoneId')
  @Permission('plans.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @MilestoneId() milestoneId: string): Promise<void> {
    return this.service.remove(ctx, milestoneId);
  }

  @Post('milestones/:milestoneId/values')
  @Permission('milestones.record')
  @ApiCreatedResponse({ type: MilestoneDetailDto })
  recordValue(@Ctx() ctx: RequestContext, @MilestoneId() milestoneId: string, @Body() dto: RecordValueDto): Promise<MilestoneDetailDto> {
    return this.service.recordValue(ctx, milestoneId, dto);
  }
}
