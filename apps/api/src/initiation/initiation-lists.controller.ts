import { applyDecorators, Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import {
  ChampionDto,
  ChampionPageDto,
  CoreMemberDto,
  CoreMemberPageDto,
  EstimateLineDto,
  CostLinePageDto,
  CreateChampionDto,
  CreateCoreMemberDto,
  CreateEstimateLineDto,
  CreateFacilitationResourceDto,
  CreateFundingSourceDto,
  FacilitationResourceDto,
  FacilitationResourcePageDto,
  FundingSourceDto,
  FundingSourcePageDto,
  ListQueryDto,
  UpdateChampionDto,
  UpdateCoreMemberDto,
  UpdateEstimateLineDto,
  UpdateFacilitationResourceDto,
  UpdateFundingSourceDto,
} from './dto/initiation-lists.dto';
import { InitiationListsService } from './initiation-lists.service';
import { CHAMPIONS, CORE_GROUP, COST_LINES, FACILITATION_RESOURCES, FUNDING_SOURCES } from './initiation-lists.specs';
import { UuidParam } from '../common/uuid-param';

/**
 * The initiation lists, one controller each so every route keeps its own types in the OpenAPI contract.
 * Reading needs the list's view permission; every change needs initiation.manage.
 */
const InitiationList = () =>
  applyDecorators(
    ApiTags('initiation'),
    ApiProblems(),
    ApiParam({ name: 'workspaceId', type: String, format: 'uuid' }),
    ApiParam({ name: 'processId', type: String, format: 'uuid' }),
  );

@InitiationList()
@Controller('v1/workspaces/:workspaceId/processes/:processId/initiation/champions')
export class ChampionsController {
  constructor(private readonly lists: InitiationListsService) {}

  @Get()
  @Permission('initiation.view')
  @ApiOkResponse({ type: ChampionPageDto })
  list(@Ctx() ctx: RequestContext, @Query() query: ListQueryDto): Promise<ChampionPageDto> {
    return this.lists.page(ctx, CHAMPIONS, query);
  }

  @Post()
  @Permission('initiation.manage')
  @ApiCreatedResponse({ type: ChampionDto })
  add(@Ctx() ctx: RequestContext, @Body() dto: CreateChampionDto): Promise<ChampionDto> {
    return this.lists.add(ctx, CHAMPIONS, dto);
  }

  @Put(':itemId')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: ChampionDto })
  replace(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string, @Body() dto: UpdateChampionDto): Promise<ChampionDto> {
    return this.lists.replace(ctx, CHAMPIONS, itemId, dto);
  }

  @Delete(':itemId')
  @Permission('initiation.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string): Promise<void> {
    return this.lists.remove(ctx, CHAMPIONS, itemId);
  }
}
@InitiationList()
@Controller('v1/workspaces/:workspaceId/processes/:processId/initiation/core-group')
export class CoreGroupController {
  constructor(private readonly lists: InitiationListsService) {}

  @Get()
  @Permission('initiation.view')
  @ApiOkResponse({ type: CoreMemberPageDto })
  list(@Ctx() ctx: RequestContext, @Query() query: ListQueryDto): Promise<CoreMemberPageDto> {
    return this.lists.page(ctx, CORE_GROUP, query);
  }

  @Post()
  @Permission('initiation.manage')
  @ApiCreatedResponse({ type: CoreMemberDto })
  add(@Ctx() ctx: RequestContext, @Body() dto: CreateCoreMemberDto): Promise<CoreMemberDto> {
    return this.lists.add(ctx, CORE_GROUP, dto);
  }

  @Put(':itemId')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: CoreMemberDto })
  replace(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string, @Body() dto: UpdateCoreMemberDto): Promise<CoreMemberDto> {
    return this.lists.replace(ctx, CORE_GROUP, itemId, dto);
  }

  @Delete(':itemId')
  @Permission('initiation.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string): Promise<void> {
    return this.lists.remove(ctx, CORE_GROUP, itemId);
  }
}
@InitiationList()
@Controller('v1/workspaces/:workspaceId/processes/:processId/initiation/facilitation-resources')
export class FacilitationResourcesController {
  constructor(private readonly lists: InitiationListsService) {}

  @Get()
  @Permission('initiation.view')
  @ApiOkResponse({ type: FacilitationResourcePageDto })
  list(@Ctx() ctx: RequestContext, @Query() query: ListQueryDto): Promise<FacilitationResourcePageDto> {
    return this.lists.page(ctx, FACILITATION_RESOURCES, query);
  }

  @Post()
  @Permission('initiation.manage')
  @ApiCreatedResponse({ type: FacilitationResourceDto })
  add(@Ctx() ctx: RequestContext, @Body() dto: CreateFacilitationResourceDto): Promise<FacilitationResourceDto> {
    return this.lists.add(ctx, FACILITATION_RESOURCES, dto);
  }

  @Put(':itemId')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: FacilitationResourceDto })
  replace(
    @Ctx() ctx: RequestContext,
    @UuidParam('itemId') itemId: string,
    @Body() dto: UpdateFacilitationResourceDto,
  ): Promise<FacilitationResourceDto> {
    return this.lists.replace(ctx, FACILITATION_RESOURCES, itemId, dto);
  }

  @Delete(':itemId')
  @Permission('initiation.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string): Promise<void> {
    return this.lists.remove(ctx, FACILITATION_RESOURCES, itemId);
  }
}
@InitiationList()
@Controller('v1/workspaces/:workspaceId/processes/:processId/initiation/cost-lines')
export class CostLinesController {
  constructor(private readonly lists: InitiationListsService) {}

  @Get()
  @Permission('initiation.realityCheck.view')
  @ApiOkResponse({ type: CostLinePageDto })
  list(@Ctx() ctx: RequestContext, @Query() query: ListQueryDto): Promise<CostLinePageDto> {
    return this.lists.page(ctx, COST_LINES, query);
  }

  @Post()
  @Permission('initiation.manage')
  @ApiCreatedResponse({ type: EstimateLineDto })
  add(@Ctx() ctx: RequestContext, @Body() dto: CreateEstimateLineDto): Promise<EstimateLineDto> {
    return this.lists.add(ctx, COST_LINES, dto);
  }

  @Put(':itemId')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: EstimateLineDto })
  replace(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string, @Body() dto: UpdateEstimateLineDto): Promise<EstimateLineDto> {
    return this.lists.replace(ctx, COST_LINES, itemId, dto);
  }

  @Delete(':itemId')
  @Permission('initiation.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string): Promise<void> {
    return this.lists.remove(ctx, COST_LINES, itemId);
  }
}
@InitiationList()
@Controller('v1/workspaces/:workspaceId/processes/:processId/initiation/funding-sources')
export class FundingSourcesController {
  constructor(private readonly lists: InitiationListsService) {}

  @Get()
  @Permission('initiation.realityCheck.view')
  @ApiOkResponse({ type: FundingSourcePageDto })
  list(@Ctx() ctx: RequestContext, @Query() query: ListQueryDto): Promise<FundingSourcePageDto> {
    return this.lists.page(ctx, FUNDING_SOURCES, query);
  }

  @Post()
  @Permission('initiation.manage')
  @ApiCreatedResponse({ type: FundingSourceDto })
  add(@Ctx() ctx: RequestContext, @Body() dto: CreateFundingSourceDto): Promise<FundingSourceDto> {
    return this.lists.add(ctx, FUNDING_SOURCES, dto);
  }

  @Put(':itemId')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: FundingSourceDto })
  replace(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string, @Body() dto: UpdateFundingSourceDto): Promise<FundingSourceDto> {
    return this.lists.replace(ctx, FUNDING_SOURCES, itemId, dto);
  }

  @Delete(':itemId')
  @Permission('initiation.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('itemId') itemId: string): Promise<void> {
    return this.lists.remove(ctx, FUNDING_SOURCES, itemId);
  }
}
