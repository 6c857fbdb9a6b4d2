import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { ChecklistsService } from './checklists.service';
import { ChecklistStatusListDto, MyChecklistDto, SaveChecklistDto, SharedChecklistDto } from './dto/checklists.dto';
import { UuidParam } from '../common/uuid-param';

@ApiTags('initiation')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/initiation')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class ChecklistsController {
  constructor(private readonly service: ChecklistsService) {}

  @Get('my-checklist')
  @Permission('initiation.myChecklist.view')
  @ApiOkResponse({ type: MyChecklistDto })
  mine(@Ctx() ctx: RequestContext): Promise<MyChecklistDto> {
    return this.service.mine(ctx);
  }

  @Put('my-checklist')
  @Permission('initiation.checklist.fill')
  @ApiOkResponse({ type: MyChecklistDto })
  saveMine(@Ctx() ctx: RequestContext, @Body() dto: SaveChecklistDto): Promise<MyChecklistDto> {
    return this.service.saveMine(ctx, dto);
  }

  @Get('checklists')
  @Permission('initiation.checklists.view')
  @ApiOkResponse({ type: ChecklistStatusListDto })
  statuses(@Ctx() ctx: RequestContext): Promise<ChecklistStatusListDto> {
    return this.service.statuses(ctx);
  }

  @Get('checklists/:groupId')
  @Permission('initiation.checklists.view')
  @ApiOkResponse({ type: SharedChecklistDto })
  shared(@Ctx() ctx: RequestContext, @UuidParam('groupId') groupId: string): Promise<SharedChecklistDto> {
    return this.service.shared(ctx, groupId);
  }
}
