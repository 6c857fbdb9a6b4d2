import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { CostsService } from './costs.service';
import { CostLineDto, CostLineListDto, CostTotalsDto, CreateCostLineDto, UpdateCostLineDto } from './dto/cost.dto';
import { UuidParam } from '../common/uuid-param';

const CostLineId = () => UuidParam('costLineId');

@ApiTags('costs')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class CostsController {
  constructor(private readonly service: CostsService) {}

  @Get('actions/:actionId/cost-lines')
  @Permission('plans.view')
  @ApiOkResponse({ type: CostLineListDto })
  list(@Ctx() ctx: RequestContext, @UuidParam('actionId') actionId: string): Promise<CostLineListDto> {
    return this.service.listForAction(ctx, actionId);
  }

  @Post('actions/:actionId/cost-lines')
  @Permission('plans.manage')
  @ApiCreatedResponse({ type: CostLineDto })
  create(@Ctx() ctx: RequestContext, @UuidParam('actionId') actionId: string, @Body() dto: CreateCostLineDto): Promise<CostLineDto> {
    return this.service.create(ctx, actionId, dto);
  }

  @Patch('cost-lines/:costLineId')
  @Permission('plans.manage')
  @ApiOkResponse({ type: CostLineDto })
  update(@Ctx() ctx: RequestContext, @CostLineId() costLineId: string, @Body() dto: UpdateCostLineDto): Promise<CostLineDto> {
    return this.service.update(ctx, costLineId, dto);
  }

  @Delete('cost-lines/:costLineId')
  @Permission('plans.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @CostLineId() costLineId: string): Promise<void> {
    return this.service.remove(ctx, costLineId);
  }

  @Get('plans/:planId/costs')
  @Permission('plans.view')
  @ApiOkResponse({ type: CostTotalsDto, description: 'Totals per currency (with the funding gap) and per funding source' })
  planTotals(@Ctx() ctx: RequestContext, @UuidParam('planId') planId: string): Promise<CostTotalsDto> {
    return this.service.planTotals(ctx, planId);
  }
}
