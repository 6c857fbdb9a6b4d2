import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import {
  HostingDto,
  InitiationSummaryDto,
  KeyQuestionsDto,
  MouDto,
  RealityCheckDto,
  SaveHostingDto,
  SaveKeyQuestionsDto,
  SaveMouDto,
  SaveRealityCheckDto,
} from './dto/initiation.dto';
import { InitiationService } from './initiation.service';

@ApiTags('initiation')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/initiation')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class InitiationController {
  constructor(private readonly service: InitiationService) {}

  @Get()
  @Permission('initiation.view')
  @ApiOkResponse({ type: InitiationSummaryDto })
  summary(@Ctx() ctx: RequestContext): Promise<InitiationSummaryDto> {
    return this.service.summary(ctx);
  }

  @Get('key-questions')
  @Permission('initiation.view')
  @ApiOkResponse({ type: KeyQuestionsDto })
  keyQuestions(@Ctx() ctx: RequestContext): Promise<KeyQuestionsDto> {
    return this.service.keyQuestions(ctx);
  }

  @Put('key-questions')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: KeyQuestionsDto })
  saveKeyQuestions(@Ctx() ctx: RequestContext, @Body() dto: SaveKeyQuestionsDto): Promise<KeyQuestionsDto> {
    return this.service.saveKeyQuestions(ctx, dto);
  }

  @Get('hosting')
  @Permission('initiation.view')
  @ApiOkResponse({ type: HostingDto })
  hosting(@Ctx() ctx: RequestContext): Promise<HostingDto> {
    return this.service.hosting(ctx);
  }

  @Put('hosting')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: HostingDto })
  saveHosting(@Ctx() ctx: RequestContext, @Body() dto: SaveHostingDto): Promise<HostingDto> {
    return this.service.saveHosting(ctx, dto);
  }

  @Get('mou')
  @Permission('initiation.view')
  @ApiOkResponse({ type: MouDto })
  mou(@Ctx() ctx: RequestContext): Promise<MouDto> {
    return this.service.mou(ctx);
  }

  @Put('mou')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: MouDto })
  saveMou(@Ctx() ctx: RequestContext, @Body() dto: SaveMouDto): Promise<MouDto> {
    return this.service.saveMou(ctx, dto);
  }

  @Get('reality-check')
  @Permission('initiation.realityCheck.view')
  @ApiOkResponse({ type: RealityCheckDto })
  realityCheck(@Ctx() ctx: RequestContext): Promise<RealityCheckDto> {
    return this.service.realityCheck(ctx);
  }

  @Put('reality-check')
  @Permission('initiation.manage')
  @ApiOkResponse({ type: RealityCheckDto })
  saveRealityCheck(@Ctx() ctx: RequestContext, @Body() dto: SaveRealityCheckDto): Promise<RealityCheckDto> {
    return this.service.saveRealityCheck(ctx, dto);
  }
}
