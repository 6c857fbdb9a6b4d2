import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import {
  ChangeProspectStatusDto,
  CreateConsultationDto,
  CreateProspectDto,
  ProspectDetailDto,
  ProspectListDto,
  ProspectListQueryDto,
  UpdateProspectDto,
} from './dto/prospect.dto';
import { ProspectsService } from './prospects.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('prospects')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/prospects')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class ProspectsController {
  constructor(private readonly service: ProspectsService) {}

  @Get()
  @Permission('stakeholders.view')
  @ApiOkResponse({ type: ProspectListDto, description: 'email only for conveners and facilitators' })
  list(@Ctx() ctx: RequestContext, @Query() query: ProspectListQueryDto): Promise<ProspectListDto> {
    return this.service.list(ctx, query);
  }

  @Post()
  @Permission('prospects.manage')
  @ApiCreatedResponse({ type: ProspectDetailDto })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateProspectDto): Promise<ProspectDetailDto> {
    return this.service.create(ctx, dto);
  }

  @Get(':prospectId')
  @Permission('stakeholders.view')
  @ApiOkResponse({ type: ProspectDetailDto })
  get(@Ctx() ctx: RequestContext, @UuidParam('prospectId') prospectId: string): Promise<ProspectDetailDto> {
    return this.service.get(ctx, prospectId);
  }

  @Patch(':prospectId')
  @Permission('prospects.manage')
  @ApiOkResponse({ type: ProspectDetailDto })
  update(
    @Ctx() ctx: RequestContext,
    @UuidParam('prospectId') prospectId: string,
    @Body() dto: UpdateProspectDto,
  ): Promise<ProspectDetailDto> {
    return this.service.update(ctx, prospectId, dto);
  }

  @Post(':prospectId/status')
  @Permission('prospects.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: ProspectDetailDto })
  changeStatus(
    @Ctx() ctx: RequestContext,
    @UuidParam('prospectId') prospectId: string,
    @Body() dto: ChangeProspectStatusDto,
  ): Promise<ProspectDetailDto> {
    return this.service.changeStatus(ctx, prospectId, dto);
  }

  @Delete(':prospectId')
  @Permission('prospects.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('prospectId') prospectId: string): Promise<void> {
    return this.service.remove(ctx, prospectId);
  }

  @Post(':prospectId/consultations')
  @Permission('prospects.manage')
  @ApiCreatedResponse({ type: ProspectDetailDto, description: 'The prospect with its log; a prospective prospect becomes consulted' })
  addConsultation(
    @Ctx() ctx: RequestContext,
    @UuidParam('prospectId') prospectId: string,
    @Body() dto: CreateConsultationDto,
  ): Promise<ProspectDetailDto> {
    return this.service.addConsultation(ctx, prospectId, dto);
  }

  @Delete(':prospectId/consultations/:consultationId')
  @Permission('prospects.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeConsultation(
    @Ctx() ctx: RequestContext,
    @UuidParam('prospectId') prospectId: string,
    @UuidParam('consultationId') consultationId: string,
  ): Promise<void> {
    return this.service.removeConsultation(ctx, prospectId, consultationId);
  }
}
