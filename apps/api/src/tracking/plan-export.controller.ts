import { Controller, Get, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { PlanExportService } from './plan-export.service';
import { UuidParam } from '../common/uuid-param';

/** The plan as CSV: here rather than in plans/ because each row carries the action's progress and costs. */
@ApiTags('plans')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class PlanExportController {
  constructor(private readonly exports: PlanExportService) {}

  @Get('plans/:planId/export.csv')
  @Permission('plans.view')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The plan’s actions as CSV (RFC 4180, UTF-8 with BOM, CRLF), one row per action',
    schema: { type: 'string', format: 'binary' },
  })
  async exportCsv(
    @Ctx() ctx: RequestContext,
    @UuidParam('planId') planId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { name, content } = await this.exports.planCsv(ctx, planId);
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    return new StreamableFile(content, { type: 'text/csv; charset=utf-8' });
  }
}
