import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import {
  CreateStakeholderGroupDto,
  SetAlternateDto,
  SetMemberGroupDto,
  StakeholderGroupDto,
  StakeholderGroupListDto,
  UpdateStakeholderGroupDto,
} from './dto/stakeholder-group.dto';
import { StakeholdersService } from './stakeholders.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('stakeholders')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class StakeholdersController {
  constructor(private readonly service: StakeholdersService) {}

  @Get('stakeholder-groups')
  @Permission('process.view')
  @ApiOkResponse({ type: StakeholderGroupListDto })
  list(@Ctx() ctx: RequestContext): Promise<StakeholderGroupListDto> {
    return this.service.list(ctx);
  }

  @Post('stakeholder-groups')
  @Permission('stakeholders.manage')
  @ApiCreatedResponse({ type: StakeholderGroupDto })
  add(@Ctx() ctx: RequestContext, @Body() dto: CreateStakeholderGroupDto): Promise<StakeholderGroupDto> {
    return this.service.add(ctx, dto.name, dto.indispensable ?? false);
  }

  @Post('stakeholder-groups/starter')
  @Permission('stakeholders.manage')
  @ApiCreatedResponse({ type: StakeholderGroupListDto })
  starter(@Ctx() ctx: RequestContext): Promise<StakeholderGroupListDto> {
    return this.service.addStarterList(ctx);
  }

  @Patch('stakeholder-groups/:groupId')
  @Permission('stakeholders.manage')
  @ApiOkResponse({ type: StakeholderGroupDto })
  update(
    @Ctx() ctx: RequestContext,
    @UuidParam('groupId') groupId: string,
    @Body() dto: UpdateStakeholderGroupDto,
  ): Promise<StakeholderGroupDto> {
    return this.service.update(ctx, groupId, dto);
  }

  @Delete('stakeholder-groups/:groupId')
  @Permission('stakeholders.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @UuidParam('groupId') groupId: string): Promise<void> {
    return this.service.remove(ctx, groupId);
  }

  @Put('members/:userId/alternate')
  @Permission('stakeholders.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  setAlternate(@Ctx() ctx: RequestContext, @UuidParam('userId') userId: string, @Body() dto: SetAlternateDto): Promise<void> {
    return this.service.setAlternate(ctx, userId, dto.alternateFor);
  }

  @Put('members/:userId/group')
  @Permission('stakeholders.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  setMemberGroup(@Ctx() ctx: RequestContext, @UuidParam('userId') userId: string, @Body() dto: SetMemberGroupDto): Promise<void> {
    return this.service.setMemberGroup(ctx, userId, dto.stakeholderGroupId);
  }
}
