import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { ActionsService } from './actions.service';
import {
  ActionDto,
  ActionListDto,
  AttentionQueryDto,
  CreateActionDto,
  CreatePlanDto,
  PageQueryDto,
  PlanDto,
  PlanListDto,
  PlanListQueryDto,
  PlanMoveDto,
  UpdateActionDto,
  UpdateActionStatusDto,
  UpdatePlanDto,
} from './dto/plan.dto';
import { CreateWorkingGroupDto, UpdateWorkingGroupDto, WorkingGroupDto, WorkingGroupListDto } from './dto/working-group.dto';
import { PlansService } from './plans.service';
import { WorkingGroupsService } from './working-groups.service';
import { UuidParam } from '../common/uuid-param';

const PlanId = () => UuidParam('planId');
const ActionId = () => UuidParam('actionId');

@ApiTags('plans')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
  ) {}

  @Get('plans')
  @Permission('plans.view')
  @ApiOkResponse({ type: PlanListDto })
  list(@Ctx() ctx: RequestContext, @Query() query: PlanListQueryDto): Promise<PlanListDto> {
    return this.plans.list(ctx, query);
  }

  @Post('plans')
  @Permission('plans.manage')
  @ApiCreatedResponse({ type: PlanDto })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreatePlanDto): Promise<PlanDto> {
    return this.plans.create(ctx, dto);
  }

  @Get('plans/:planId')
  @Permission('plans.view')
  @ApiOkResponse({ type: PlanDto })
  get(@Ctx() ctx: RequestContext, @PlanId() planId: string): Promise<PlanDto> {
    return this.plans.get(ctx, planId);
  }

  @Patch('plans/:planId')
  @Permission('plans.manage')
  @ApiOkResponse({ type: PlanDto })
  update(@Ctx() ctx: RequestContext, @PlanId() planId: string, @Body() dto: UpdatePlanDto): Promise<PlanDto> {
    return this.plans.update(ctx, planId, dto);
  }

  @Delete('plans/:planId')
  @Permission('plans.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @PlanId() planId: string): Promise<void> {
    return this.plans.remove(ctx, planId);
  }

  @Post('plans/:planId/propose')
  @Permission('plans.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: PlanDto })
  propose(@Ctx() ctx: RequestContext, @PlanId() planId: string, @Body() dto: PlanMoveDto): Promise<PlanDto> {
    return this.plans.move(ctx, planId, 'propose', dto.version);
  }

  @Post('plans/:planId/withdraw')
  @Permission('plans.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: PlanDto })
  withdraw(@Ctx() ctx: RequestContext, @PlanId() planId: string, @Body() dto: PlanMoveDto): Promise<PlanDto> {
    return this.plans.move(ctx, planId, 'withdraw', dto.version);
  }

  @Post('plans/:planId/approve')
  @Permission('plans.approve')
  @HttpCode(200)
  @ApiOkResponse({ type: PlanDto })
  approve(@Ctx() ctx: RequestContext, @PlanId() planId: string, @Body() dto: PlanMoveDto): Promise<PlanDto> {
    return this.plans.move(ctx, planId, 'approve', dto.version);
  }

  @Post('plans/:planId/reopen')
  @Permission('plans.approve')
  @HttpCode(200)
  @ApiOkResponse({ type: PlanDto })
  reopen(@Ctx() ctx: RequestContext, @PlanId() planId: string, @Body() dto: PlanMoveDto): Promise<PlanDto> {
    return this.plans.move(ctx, planId, 'reopen', dto.version);
  }

  @Post('plans/:planId/actions')
  @Permission('plans.manage')
  @ApiCreatedResponse({ type: ActionDto })
  addAction(@Ctx() ctx: RequestContext, @PlanId() planId: string, @Body() dto: CreateActionDto): Promise<ActionDto> {
    return this.actions.create(ctx, planId, dto);
  }

  @Get('actions')
  @Permission('plans.view')
  @ApiOkResponse({ type: ActionListDto, description: 'Overdue actions soonest due first, or blocked actions blocked longest first' })
  actionsNeedingAttention(@Ctx() ctx: RequestContext, @Query() query: AttentionQueryDto): Promise<ActionListDto> {
    return this.actions.needingAttention(ctx, query);
  }

  @Get('actions/:actionId')
  @Permission('plans.view')
  @ApiOkResponse({ type: ActionDto })
  getAction(@Ctx() ctx: RequestContext, @ActionId() actionId: string): Promise<ActionDto> {
    return this.actions.get(ctx, actionId);
  }

  @Patch('actions/:actionId')
  @Permission('plans.manage')
  @ApiOkResponse({ type: ActionDto })
  updateAction(@Ctx() ctx: RequestContext, @ActionId() actionId: string, @Body() dto: UpdateActionDto): Promise<ActionDto> {
    return this.actions.update(ctx, actionId, dto);
  }

  @Put('actions/:actionId/status')
  @Permission('actions.updateStatus')
  @ApiOkResponse({ type: ActionDto })
  updateActionStatus(@Ctx() ctx: RequestContext, @ActionId() actionId: string, @Body() dto: UpdateActionStatusDto): Promise<ActionDto> {
    return this.actions.updateStatus(ctx, actionId, dto);
  }

  @Delete('actions/:actionId')
  @Permission('plans.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeAction(@Ctx() ctx: RequestContext, @ActionId() actionId: string): Promise<void> {
    return this.actions.remove(ctx, actionId);
  }

  @Get('my-actions')
  @Permission('plans.view')
  @ApiOkResponse({ type: ActionListDto })
  myActions(@Ctx() ctx: RequestContext, @Query() query: PageQueryDto): Promise<ActionListDto> {
    return this.actions.mine(ctx, query);
  }
}

@ApiTags('plans')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/working-groups')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class WorkingGroupsController {
  constructor(private readonly service: WorkingGroupsService) {}

  @Get()
  @Permission('plans.view')
  @ApiOkResponse({ type: WorkingGroupListDto })
  list(@Ctx() ctx: RequestContext): Promise<WorkingGroupListDto> {
    return this.service.list(ctx);
  }

  @Post()
  @Permission('workingGroups.manage')
  @ApiCreatedResponse({ type: WorkingGroupDto })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateWorkingGroupDto): Promise<WorkingGroupDto> {
    return this.service.create(ctx, dto);
  }

  @Put(':groupId')
  @Permission('workingGroups.manage')
  @ApiOkResponse({ type: WorkingGroupDto })
  update(@Ctx() ctx: RequestContext, @UuidParam('groupId') groupId: string, @Body() dto: UpdateWorkingGroupDto): Promise<WorkingGroupDto> {
    return this.service.update(ctx, groupId, dto);
  }

  @Delete(':groupId')
  @Permission('workingGroups.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('groupId') groupId: string): Promise<void> {
    return this.service.remove(ctx, groupId);
  }
}
