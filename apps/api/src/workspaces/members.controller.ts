import { Body, Controller, Delete, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ChangeMemberRoleDto, WorkspaceMemberDto } from './dto/workspace.dto';
import { MembersService } from './members.service';

@ApiTags('workspaces')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/members')
export class MembersController {
  constructor(private readonly service: MembersService) {}

  @Patch(':userId')
  @Permission('workspace.members.manage')
  @ApiOkResponse({ type: WorkspaceMemberDto })
  changeRole(
    @Ctx() ctx: RequestContext,
    @Param('workspaceId') _workspaceId: string,
    @UuidParam('userId') userId: string,
    @Body() dto: ChangeMemberRoleDto,
  ): Promise<WorkspaceMemberDto> {
    return this.service.changeRole(ctx, userId, dto.role);
  }

  @Delete(':userId')
  @Permission('workspace.members.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Ctx() ctx: RequestContext, @Param('workspaceId') _workspaceId: string, @UuidParam('userId') userId: string): Promise<void> {
    return this.service.remove(ctx, userId);
  }
}
