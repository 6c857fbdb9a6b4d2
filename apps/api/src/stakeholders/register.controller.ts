import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import {
  CreateRelationshipDto,
  CreateStakeholderDto,
  RelationshipDto,
  RelationshipListDto,
  RelationshipListQueryDto,
  StakeholderDetailDto,
  StakeholderDto,
  StakeholderListDto,
  StakeholderListQueryDto,
  StakeholderMapDto,
  UpdateRelationshipDto,
  UpdateStakeholderDto,
} from './dto/stakeholder.dto';
import { StakeholderRegisterService } from './register.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('stakeholder register')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class StakeholderRegisterController {
  constructor(private readonly service: StakeholderRegisterService) {}

  @Get('stakeholders')
  @Permission('stakeholders.view')
  @ApiOkResponse({ type: StakeholderListDto, description: 'contactPoints only for conveners and facilitators' })
  list(@Ctx() ctx: RequestContext, @Query() query: StakeholderListQueryDto): Promise<StakeholderListDto> {
    return this.service.list(ctx, query);
  }

  @Post('stakeholders')
  @Permission('stakeholders.manage')
  @ApiCreatedResponse({ type: StakeholderDto })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateStakeholderDto): Promise<StakeholderDto> {
    return this.service.create(ctx, dto);
  }

  @Get('stakeholders/:stakeholderId')
  @Permission('stakeholders.view')
  @ApiOkResponse({ type: StakeholderDetailDto })
  get(@Ctx() ctx: RequestContext, @UuidParam('stakeholderId') stakeholderId: string): Promise<StakeholderDetailDto> {
    return this.service.get(ctx, stakeholderId);
  }

  @Patch('stakeholders/:stakeholderId')
  @Permission('stakeholders.manage')
  @ApiOkResponse({ type: StakeholderDto })
  update(
    @Ctx() ctx: RequestContext,
    @UuidParam('stakeholderId') stakeholderId: string,
    @Body() dto: UpdateStakeholderDto,
  ): Promise<StakeholderDto> {
    return this.service.update(ctx, stakeholderId, dto);
  }

  @Delete('stakeholders/:stakeholderId')
  @Permission('stakeholders.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('stakeholderId') stakeholderId: string): Promise<void> {
    return this.service.remove(ctx, stakeholderId);
  }

  @Get('stakeholder-relationships')
  @Permission('stakeholders.view')
  @ApiOkResponse({ type: RelationshipListDto })
  relationships(@Ctx() ctx: RequestContext, @Query() query: RelationshipListQueryDto): Promise<RelationshipListDto> {
    return this.service.relationships(ctx, query);
  }

  @Post('stakeholder-relationships')
  @Permission('stakeholders.manage')
  @ApiCreatedResponse({ type: RelationshipDto })
  createRelationship(@Ctx() ctx: RequestContext, @Body() dto: CreateRelationshipDto): Promise<RelationshipDto> {
    return this.service.createRelationship(ctx, dto);
  }

  @Patch('stakeholder-relationships/:relationshipId')
  @Permission('stakeholders.manage')
  @ApiOkResponse({ type: RelationshipDto })
  updateRelationship(
    @Ctx() ctx: RequestContext,
    @UuidParam('relationshipId') relationshipId: string,
    @Body() dto: UpdateRelationshipDto,
  ): Promise<RelationshipDto> {
    return this.service.updateRelationship(ctx, relationshipId, dto);
  }

  @Delete('stakeholder-relationships/:relationshipId')
  @Permission('stakeholders.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeRelationship(@Ctx() ctx: RequestContext, @UuidParam('relationshipId') relationshipId: string): Promise<void> {
    return this.service.removeRelationship(ctx, relationshipId);
  }

  @Get('stakeholder-map')
  @Permission('stakeholders.view')
  @ApiOkResponse({ type: StakeholderMapDto, description: 'All stakeholders and relationships of the process, compact' })
  map(@Ctx() ctx: RequestContext): Promise<StakeholderMapDto> {
    return this.service.map(ctx);
  }
}
