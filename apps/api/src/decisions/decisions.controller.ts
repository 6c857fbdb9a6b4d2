import { Body, Controller, Get, Param, ParseEnumPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { QUESTION_KINDS, type QuestionKind } from '@common-ground/domain';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { DecisionsService } from './decisions.service';
import {
  CastBallotDto,
  CreateDecisionDto,
  DecisionDto,
  DecisionListQueryDto,
  DecisionPageDto,
  DecisionRuleDto,
  DecisionRulesDto,
  DecisionVersionDto,
  ObjectionsDto,
  RecordOutcomeDto,
  ReviewObjectionDto,
  SetDecisionRuleDto,
  TakePositionDto,
  UpdateDecisionDto,
} from './dto/decisions.dto';

const KIND_ENUM = Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, kind])) as Record<QuestionKind, QuestionKind>;

@ApiTags('decisions')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class DecisionsController {
  constructor(private readonly service: DecisionsService) {}

  @Get('decision-rules')
  @Permission('decisions.view')
  @ApiOkResponse({ type: DecisionRulesDto })
  rules(@Ctx() ctx: RequestContext): Promise<DecisionRulesDto> {
    return this.service.rules(ctx);
  }

  @Put('decision-rules/:questionKind')
  @Permission('decisions.rules.edit')
  @ApiParam({ name: 'questionKind', enum: QUESTION_KINDS })
  @ApiOkResponse({ type: DecisionRuleDto })
  setRule(
    @Ctx() ctx: RequestContext,
    @Param('questionKind', new ParseEnumPipe(KIND_ENUM)) questionKind: QuestionKind,
    @Body() dto: SetDecisionRuleDto,
  ): Promise<DecisionRuleDto> {
    return this.service.setRule(ctx, questionKind, dto);
  }

  @Get('decisions')
  @Permission('decisions.view')
  @ApiOkResponse({ type: DecisionPageDto })
  list(@Ctx() ctx: RequestContext, @Query() query: DecisionListQueryDto): Promise<DecisionPageDto> {
    return this.service.list(ctx, query);
  }

  @Post('decisions')
  @Permission('decisions.manage')
  @ApiCreatedResponse({ type: DecisionDto })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateDecisionDto): Promise<DecisionDto> {
    return this.service.create(ctx, dto);
  }

  @Get('decisions/:decisionId')
  @Permission('decisions.view')
  @ApiOkResponse({ type: DecisionDto })
  get(@Ctx() ctx: RequestContext, @UuidParam('decisionId') decisionId: string): Promise<DecisionDto> {
    return this.service.get(ctx, decisionId);
  }

  @Patch('decisions/:decisionId')
  @Permission('decisions.manage')
  @ApiOkResponse({ type: DecisionDto })
  update(@Ctx() ctx: RequestContext, @UuidParam('decisionId') decisionId: string, @Body() dto: UpdateDecisionDto): Promise<DecisionDto> {
    return this.service.update(ctx, decisionId, dto);
  }

  @Post('decisions/:decisionId/close')
  @Permission('decisions.manage')
  @ApiOkResponse({ type: DecisionDto })
  close(@Ctx() ctx: RequestContext, @UuidParam('decisionId') decisionId: string, @Body() dto: DecisionVersionDto): Promise<DecisionDto> {
    return this.service.close(ctx, decisionId, dto.version);
  }

  @Put('decisions/:decisionId/outcome')
  @Permission('decisions.manage')
  @ApiOkResponse({ type: DecisionDto })
  recordOutcome(
    @Ctx() ctx: RequestContext,
    @UuidParam('decisionId') decisionId: string,
    @Body() dto: RecordOutcomeDto,
  ): Promise<DecisionDto> {
    return this.service.recordOutcome(ctx, decisionId, dto);
  }

  @Put('decisions/:decisionId/position')
  @Permission('decisions.take')
  @ApiOkResponse({ type: DecisionDto })
  takePosition(
    @Ctx() ctx: RequestContext,
    @UuidParam('decisionId') decisionId: string,
    @Body() dto: TakePositionDto,
  ): Promise<DecisionDto> {
    return this.service.takePosition(ctx, decisionId, dto);
  }

  @Post('decisions/:decisionId/ballot')
  @Permission('decisions.take')
  @ApiOkResponse({ type: DecisionDto })
  castBallot(@Ctx() ctx: RequestContext, @UuidParam('decisionId') decisionId: string, @Body() dto: CastBallotDto): Promise<DecisionDto> {
    return this.service.castBallot(ctx, decisionId, dto.choice);
  }

  @Get('objections')
  @Permission('decisions.view')
  @ApiOkResponse({ type: ObjectionsDto })
  objections(@Ctx() ctx: RequestContext): Promise<ObjectionsDto> {
    return this.service.objections(ctx);
  }

  @Put('objections/:objectionId/answer')
  @Permission('objections.review')
  @ApiOkResponse({ type: ObjectionsDto })
  answerObjection(
    @Ctx() ctx: RequestContext,
    @UuidParam('objectionId') objectionId: string,
    @Body() dto: ReviewObjectionDto,
  ): Promise<ObjectionsDto> {
    return this.service.reviewObjection(ctx, objectionId, 'answered', dto);
  }

  @Put('objections/:objectionId/withdrawal')
  @Permission('decisions.take')
  @ApiOkResponse({ type: ObjectionsDto })
  withdrawObjection(
    @Ctx() ctx: RequestContext,
    @UuidParam('objectionId') objectionId: string,
    @Body() dto: ReviewObjectionDto,
  ): Promise<ObjectionsDto> {
    return this.service.reviewObjection(ctx, objectionId, 'withdrawn', dto);
  }
}
