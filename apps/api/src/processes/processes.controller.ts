import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/problem.dto';
import { Ctx, Permission } from '../common/access.decorators';
import type { RequestContext } from '../common/request-context';
import {
  AddProcessMemberDto,
  ArchiveProcessDto,
  ChangeProcessMemberRoleDto,
  CreateProcessDto,
  CreateTransitionDto,
  ProcessDto,
  ProcessListDto,
  ProcessListQueryDto,
  ProcessMemberDto,
  ProcessMemberListDto,
  ReadinessDto,
  TransitionListDto,
  TransitionResultDto,
  UpdateProcessDto,
} from './dto/process.dto';
import { LifecycleService } from './lifecycle.service';
import { ProcessMembersService } from './process-members.service';
import { ProcessesService } from './processes.service';
import { UuidParam } from '../common/uuid-param';

const PROCESS = 'v1/workspaces/:workspaceId/processes/:processId';

// The guard reads these ids; declare them so the contract (and the generated client) has them.
const WorkspaceParam = () => ApiParam({ name: 'workspaceId', type: String, format: 'uuid' });
const ProcessParam = () => ApiParam({ name: 'processId', type: String, format: 'uuid' });

@ApiTags('processes')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes')
@WorkspaceParam()
export class ProcessesController {
  constructor(private readonly service: ProcessesService) {}

  @Get()
  @Permission('process.list')
  @ApiOkResponse({ type: ProcessListDto })
  list(@Ctx() ctx: RequestContext, @Query() query: ProcessListQueryDto): Promise<ProcessListDto> {
    return this.service.list(ctx, query);
  }

  @Post()
  @Permission('process.create')
  @ApiCreatedResponse({ type: ProcessDto })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateProcessDto): Promise<ProcessDto> {
    return this.service.create(ctx, dto);
  }

  @Get(':processId')
  @ProcessParam()
  @Permission('process.view')
  @ApiOkResponse({ type: ProcessDto })
  get(@Ctx() ctx: RequestContext): ProcessDto {
    return this.service.get(ctx);
  }

  @Patch(':processId')
  @ProcessParam()
  @Permission('process.edit')
  @ApiOkResponse({ type: ProcessDto })
  update(@Ctx() ctx: RequestContext, @Body() dto: UpdateProcessDto): Promise<ProcessDto> {
    return this.service.update(ctx, dto);
  }

  @Post(':processId/archive')
  @ProcessParam()
  @Permission('process.archive')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcessDto })
  archive(@Ctx() ctx: RequestContext, @Body() dto: ArchiveProcessDto): Promise<ProcessDto> {
    return this.service.archive(ctx, dto.version);
  }
}

@ApiTags('lifecycle')
@ApiProblems()
@Controller(PROCESS)
@WorkspaceParam()
@ProcessParam()
export class LifecycleController {
  constructor(private readonly service: LifecycleService) {}

  @Get('readiness')
  @Permission('process.view')
  @ApiOkResponse({ type: ReadinessDto })
  readiness(@Ctx() ctx: RequestContext): Promise<ReadinessDto> {
    return this.service.readiness(ctx);
  }

  @Get('transitions')
  @Permission('process.view')
  @ApiOkResponse({ type: TransitionListDto })
  history(@Ctx() ctx: RequestContext): Promise<TransitionListDto> {
    return this.service.history(ctx);
  }

  @Post('transitions')
  @Permission('process.transition')
  @ApiCreatedResponse({ type: TransitionResultDto })
  transition(@Ctx() ctx: RequestContext, @Body() dto: CreateTransitionDto): Promise<TransitionResultDto> {
    return this.service.transition(ctx, dto);
  }
}

@ApiTags('process members')
@ApiProblems()
@Controller(`${PROCESS}/members`)
@WorkspaceParam()
@ProcessParam()
export class ProcessMembersController {
  constructor(private readonly service: ProcessMembersService) {}

  @Get()
  @Permission('process.members.view')
  @ApiOkResponse({ type: ProcessMemberListDto })
  list(@Ctx() ctx: RequestContext): Promise<ProcessMemberListDto> {
    return this.service.list(ctx);
  }

  @Post()
  @Permission('process.members.manage')
  @ApiCreatedResponse({ type: ProcessMemberDto })
  add(@Ctx() ctx: RequestContext, @Body() dto: AddProcessMemberDto): Promise<ProcessMemberDto> {
    return this.service.add(ctx, dto);
  }

  @Patch(':userId')
  @Permission('process.members.manage')
  @ApiOkResponse({ type: ProcessMemberDto })
  changeRole(
    @Ctx() ctx: RequestContext,
    @UuidParam('userId') userId: string,
    @Body() dto: ChangeProcessMemberRoleDto,
  ): Promise<ProcessMemberDto> {
    return this.service.changeRole(ctx, userId, dto.role);
  }

  @Delete(':userId')
  @Permission('process.members.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('userId') userId: string): Promise<void> {
    return this.service.remove(ctx, userId);
  }
}
