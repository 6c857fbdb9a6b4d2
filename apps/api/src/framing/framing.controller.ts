import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import {
  AgreeProblemStatementDto,
  CreateVisionDto,
  FramingDto,
  ProblemStatementVersionDto,
  SaveProblemStatementDto,
  UpdateVisionDto,
  VisionDto,
} from './dto/framing.dto';
import { FramingService } from './framing.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('framing')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class FramingController {
  constructor(private readonly service: FramingService) {}

  @Get('framing')
  @Permission('plans.view')
  @ApiOkResponse({ type: FramingDto })
  overview(@Ctx() ctx: RequestContext): Promise<FramingDto> {
    return this.service.overview(ctx);
  }

  @Post('problem-statement/versions')
  @Permission('framing.manage')
  @ApiCreatedResponse({ type: ProblemStatementVersionDto })
  saveProblemStatement(@Ctx() ctx: RequestContext, @Body() dto: SaveProblemStatementDto): Promise<ProblemStatementVersionDto> {
    return this.service.saveProblemStatement(ctx, dto.text, dto.baseVersion);
  }

  @Get('problem-statement/versions/:number')
  @Permission('plans.view')
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ProblemStatementVersionDto })
  problemVersion(@Ctx() ctx: RequestContext, @Param('number', ParseIntPipe) number: number): Promise<ProblemStatementVersionDto> {
    return this.service.problemVersion(ctx, number);
  }

  @Put('problem-statement/agreement')
  @Permission('framing.manage')
  @ApiOkResponse({ type: ProblemStatementVersionDto })
  agreeProblemStatement(@Ctx() ctx: RequestContext, @Body() dto: AgreeProblemStatementDto): Promise<ProblemStatementVersionDto> {
    return this.service.agreeProblemStatement(ctx, dto.version, dto.agreedOn);
  }

  @Post('visions')
  @Permission('framing.manage')
  @ApiCreatedResponse({ type: VisionDto })
  addVision(@Ctx() ctx: RequestContext, @Body() dto: CreateVisionDto): Promise<VisionDto> {
    return this.service.addVision(ctx, dto);
  }

  @Patch('visions/:visionId')
  @Permission('framing.manage')
  @ApiOkResponse({ type: VisionDto })
  updateVision(@Ctx() ctx: RequestContext, @UuidParam('visionId') visionId: string, @Body() dto: UpdateVisionDto): Promise<VisionDto> {
    return this.service.updateVision(ctx, visionId, dto);
  }

  @Delete('visions/:visionId')
  @Permission('framing.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeVision(@Ctx() ctx: RequestContext, @UuidParam('visionId') visionId: string): Promise<void> {
    return this.service.removeVision(ctx, visionId);
  }
}
