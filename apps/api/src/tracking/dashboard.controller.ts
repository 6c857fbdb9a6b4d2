import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { DashboardService } from './dashboard.service';
import { DashboardDto } from './dto/dashboard.dto';

@ApiTags('dashboard')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/dashboard')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class DashboardController {
  constructor(private readonly service: DashboardService) {}

  @Get()
  @Permission('dashboard.view')
  @ApiOkResponse({ type: DashboardDto })
  get(@Ctx() ctx: RequestContext): Promise<DashboardDto> {
    return this.service.get(ctx);
  }
}
