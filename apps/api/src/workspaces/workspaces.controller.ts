import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/problem.dto';
import { Ctx, Permission, Public } from '../common/access.decorators';
import type { RequestContext } from '../common/request-context';
import {
  AcceptedInvitationDto,
  CreateInvitationDto,
  CreateWorkspaceDto,
  InvitationDto,
  InvitationListDto,
  InvitationPreviewDto,
  RenameWorkspaceDto,
  WorkspaceDto,
  WorkspaceListDto,
  WorkspaceMemberListDto,
  WorkspaceSecurityDto,
} from './dto/workspace.dto';
import { WorkspacesService } from './workspaces.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('workspaces')
@ApiProblems()
@Controller('v1/workspaces')
export class WorkspacesController {
  constructor(private readonly service: WorkspacesService) {}

  @Get()
  @Permission('workspace.list')
  @ApiOkResponse({ type: WorkspaceListDto })
  list(@Ctx() ctx: RequestContext): Promise<WorkspaceListDto> {
    return this.service.list(ctx);
  }

  @Post()
  @Permission('workspace.create')
  @ApiCreatedResponse({ type: WorkspaceDto })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateWorkspaceDto): Promise<WorkspaceDto> {
    return this.service.create(ctx, dto);
  }

  @Get(':workspaceId')
  @Permission('workspace.view')
  @ApiOkResponse({ type: WorkspaceDto })
  get(@Ctx() ctx: RequestContext, @Param('workspaceId') _workspaceId: string): Promise<WorkspaceDto> {
    return this.service.get(ctx);
  }

  @Patch(':workspaceId')
  @Permission('workspace.rename')
  @ApiOkResponse({ type: WorkspaceDto })
  rename(@Ctx() ctx: RequestContext, @Param('workspaceId') _workspaceId: string, @Body() dto: RenameWorkspaceDto): Promise<WorkspaceDto> {
    return this.service.rename(ctx, dto);
  }

  @Put(':workspaceId/security')
  @Permission('workspace.security.manage')
  @ApiOkResponse({ type: WorkspaceDto })
  setSecurity(
    @Ctx() ctx: RequestContext,
    @Param('workspaceId') _workspaceId: string,
    @Body() dto: WorkspaceSecurityDto,
  ): Promise<WorkspaceDto> {
    return this.service.setSecurity(ctx, dto);
  }

  @Get(':workspaceId/members')
  @Permission('workspace.members.view')
  @ApiOkResponse({ type: WorkspaceMemberListDto })
  members(@Ctx() ctx: RequestContext, @Param('workspaceId') _workspaceId: string): Promise<WorkspaceMemberListDto> {
    return this.service.members(ctx);
  }

  @Get(':workspaceId/invitations')
  @Permission('workspace.invitations.view')
  @ApiOkResponse({ type: InvitationListDto })
  invitations(@Ctx() ctx: RequestContext, @Param('workspaceId') _workspaceId: string): Promise<InvitationListDto> {
    return this.service.invitations(ctx);
  }

  @Post(':workspaceId/invitations')
  @Permission('workspace.members.invite')
  @ApiCreatedResponse({ type: InvitationDto })
  invite(@Ctx() ctx: RequestContext, @Param('workspaceId') _workspaceId: string, @Body() dto: CreateInvitationDto): Promise<InvitationDto> {
    return this.service.invite(ctx, dto);
  }

  @Delete(':workspaceId/invitations/:invitationId')
  @Permission('workspace.members.invite')
  @HttpCode(204)
  @ApiNoContentResponse()
  revoke(
    @Ctx() ctx: RequestContext,
    @Param('workspaceId') _workspaceId: string,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<void> {
    return this.service.revokeInvitation(ctx, invitationId);
  }
}

@ApiTags('invitations')
@ApiProblems()
@Controller('v1/invitations')
export class InvitationsController {
  constructor(private readonly service: WorkspacesService) {}

  @Get(':token')
  @Public()
  @ApiOkResponse({ type: InvitationPreviewDto })
  preview(@Param('token') token: string): Promise<InvitationPreviewDto> {
    return this.service.preview(token);
  }

  @Post(':token/accept')
  @Permission('invitation.accept')
  @HttpCode(200)
  @ApiOkResponse({ type: AcceptedInvitationDto })
  accept(@Ctx() ctx: RequestContext, @Param('token') token: string): Promise<AcceptedInvitationDto> {
    return this.service.accept(ctx, token);
  }
}
