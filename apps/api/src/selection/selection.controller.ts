import { applyDecorators, Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { ConceptNoteService } from './concept-note.service';
import {
  CompleteDoNoHarmDto,
  ConceptNoteDto,
  ConceptNoteVersionDto,
  ConceptNoteVersionListDto,
  ConceptNoteVersionListQueryDto,
  CreateProcessInvitationDto,
  DemographicsDto,
  DoNoHarmDto,
  InclusionDto,
  ProcessInvitationDto,
  ProcessInvitationListDto,
  SaveConceptNoteDto,
  SaveDemographicsDto,
  SaveDoNoHarmDto,
  SaveSelectionCriteriaDto,
  SelectionCriteriaDto,
} from './dto/selection.dto';
import { InclusionService } from './inclusion.service';
import { ProcessInvitationsService } from './process-invitations.service';
import { SelectionService } from './selection.service';
import { UuidParam } from '../common/uuid-param';

const PROCESS = 'v1/workspaces/:workspaceId/processes/:processId';

/** The guard reads these ids; declare them so the contract (and the generated client) has them. */
const ProcessRoute = (tag: string) =>
  applyDecorators(
    ApiTags(tag),
    ApiProblems(),
    Controller(PROCESS),
    ApiParam({ name: 'workspaceId', type: String, format: 'uuid' }),
    ApiParam({ name: 'processId', type: String, format: 'uuid' }),
  );

@ProcessRoute('selection')
export class SelectionController {
  constructor(private readonly service: SelectionService) {}

  @Get('selection/criteria')
  @Permission('process.view')
  @ApiOkResponse({ type: SelectionCriteriaDto })
  criteria(@Ctx() ctx: RequestContext): Promise<SelectionCriteriaDto> {
    return this.service.criteria(ctx);
  }

  @Put('selection/criteria')
  @Permission('selection.manage')
  @ApiOkResponse({ type: SelectionCriteriaDto })
  saveCriteria(@Ctx() ctx: RequestContext, @Body() dto: SaveSelectionCriteriaDto): Promise<SelectionCriteriaDto> {
    return this.service.saveCriteria(ctx, dto);
  }

  @Get('selection/do-no-harm')
  @Permission('selection.doNoHarm.view')
  @ApiOkResponse({ type: DoNoHarmDto })
  doNoHarm(@Ctx() ctx: RequestContext): Promise<DoNoHarmDto> {
    return this.service.doNoHarm(ctx);
  }

  @Put('selection/do-no-harm')
  @Permission('selection.manage')
  @ApiOkResponse({ type: DoNoHarmDto })
  saveDoNoHarm(@Ctx() ctx: RequestContext, @Body() dto: SaveDoNoHarmDto): Promise<DoNoHarmDto> {
    return this.service.saveDoNoHarm(ctx, dto);
  }

  @Post('selection/do-no-harm/complete')
  @Permission('selection.doNoHarm.complete')
  @HttpCode(200)
  @ApiOkResponse({ type: DoNoHarmDto })
  completeDoNoHarm(@Ctx() ctx: RequestContext, @Body() dto: CompleteDoNoHarmDto): Promise<DoNoHarmDto> {
    return this.service.completeDoNoHarm(ctx, dto.version);
  }
}

@ProcessRoute('concept note')
export class ConceptNoteController {
  constructor(private readonly service: ConceptNoteService) {}

  @Get('concept-note')
  @Permission('process.view')
  @ApiOkResponse({ type: ConceptNoteDto })
  latest(@Ctx() ctx: RequestContext): Promise<ConceptNoteDto> {
    return this.service.latest(ctx);
  }

  @Get('concept-note/versions')
  @Permission('process.view')
  @ApiOkResponse({ type: ConceptNoteVersionListDto })
  versions(@Ctx() ctx: RequestContext, @Query() query: ConceptNoteVersionListQueryDto): Promise<ConceptNoteVersionListDto> {
    return this.service.versions(ctx, query);
  }

  @Get('concept-note/versions/:number')
  @Permission('process.view')
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ConceptNoteVersionDto })
  version(@Ctx() ctx: RequestContext, @Param('number', ParseIntPipe) number: number): Promise<ConceptNoteVersionDto> {
    return this.service.version(ctx, number);
  }

  @Post('concept-note/versions')
  @Permission('selection.manage')
  @ApiCreatedResponse({ type: ConceptNoteVersionDto })
  save(@Ctx() ctx: RequestContext, @Body() dto: SaveConceptNoteDto): Promise<ConceptNoteVersionDto> {
    return this.service.save(ctx, dto);
  }
}

@ProcessRoute('process invitations')
export class ProcessInvitationsController {
  constructor(private readonly service: ProcessInvitationsService) {}

  @Get('invitations')
  @Permission('process.invitations.view')
  @ApiOkResponse({ type: ProcessInvitationListDto })
  list(@Ctx() ctx: RequestContext): Promise<ProcessInvitationListDto> {
    return this.service.list(ctx);
  }

  @Post('invitations')
  @Permission('process.invite')
  @ApiCreatedResponse({ type: ProcessInvitationDto })
  invite(@Ctx() ctx: RequestContext, @Body() dto: CreateProcessInvitationDto): Promise<ProcessInvitationDto> {
    return this.service.invite(ctx, dto);
  }

  @Delete('invitations/:invitationId')
  @Permission('process.invite')
  @HttpCode(204)
  @ApiNoContentResponse()
  revoke(@Ctx() ctx: RequestContext, @UuidParam('invitationId') invitationId: string): Promise<void> {
    return this.service.revoke(ctx, invitationId);
  }
}

@ProcessRoute('inclusion')
export class InclusionController {
  constructor(private readonly service: InclusionService) {}

  @Get('demographics/me')
  @Permission('demographics.self.view')
  @ApiOkResponse({ type: DemographicsDto })
  mine(@Ctx() ctx: RequestContext): Promise<DemographicsDto> {
    return this.service.mine(ctx);
  }

  @Put('demographics/me')
  @Permission('demographics.self')
  @ApiOkResponse({ type: DemographicsDto })
  saveMine(@Ctx() ctx: RequestContext, @Body() dto: SaveDemographicsDto): Promise<DemographicsDto> {
    return this.service.saveMine(ctx, dto);
  }

  @Get('inclusion')
  @Permission('inclusion.view')
  @ApiOkResponse({ type: InclusionDto })
  view(@Ctx() ctx: RequestContext): Promise<InclusionDto> {
    return this.service.view(ctx);
  }
}
