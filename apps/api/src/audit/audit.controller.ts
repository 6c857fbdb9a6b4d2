import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { AuditService } from './audit.service';
import { AuditEventListDto, AuditListQueryDto, AuditVerificationDto } from './dto/audit.dto';

@ApiTags('audit')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/audit')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
export class WorkspaceAuditController {
  constructor(private readonly service: AuditService) {}

  @Get('events')
  @Permission('audit.view')
  @ApiOkResponse({ type: AuditEventListDto, description: 'Newest first; filter by process, object and person' })
  list(@Ctx() ctx: RequestContext, @Query() query: AuditListQueryDto): Promise<AuditEventListDto> {
    return this.service.list(ctx, query);
  }

  @Get('verification')
  @Permission('audit.view')
  @ApiOkResponse({ type: AuditVerificationDto, description: 'Recomputes the workspace’s hash chain' })
  verify(@Ctx() ctx: RequestContext): Promise<AuditVerificationDto> {
    return this.service.verify(ctx);
  }
}

@ApiTags('audit')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/audit')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class ProcessAuditController {
  constructor(private readonly service: AuditService) {}

  @Get('events')
  @Permission('process.audit.view')
  @ApiOkResponse({ type: AuditEventListDto, description: 'This process’s events, newest first; the processId filter is ignored' })
  list(@Ctx() ctx: RequestContext, @Query() query: AuditListQueryDto): Promise<AuditEventListDto> {
    return this.service.list(ctx, query);
  }

  @Get('verification')
  @Permission('process.audit.view')
  @ApiOkResponse({
    type: AuditVerificationDto,
    description: 'Recomputes the workspace’s hash chain, which this process’s events are part of',
  })
  verify(@Ctx() ctx: RequestContext): Promise<AuditVerificationDto> {
    return this.service.verify(ctx);
  }
}
