import { Body, Controller, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { AgreementsService } from './agreements.service';
import {
  AccountabilityEntryDto,
  AccountabilityMapDto,
  AdoptGroundRulesDto,
  AmendGroundRuleDto,
  ConfidentialityDto,
  CreateGroundRuleCommentDto,
  GrievanceProcedureDto,
  GroundRuleCommentDto,
  GroundRuleCommentListDto,
  GroundRuleDto,
  GroundRuleListDto,
  ProposeGroundRuleDto,
  RetireGroundRuleDto,
  SaveAccountabilityDto,
  SaveConfidentialityDto,
  SaveGrievanceProcedureDto,
} from './dto/agreements.dto';
import { UuidParam } from '../common/uuid-param';

@ApiTags('agreements')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class AgreementsController {
  constructor(private readonly service: AgreementsService) {}

  @Get('ground-rules')
  @Permission('process.view')
  @ApiOkResponse({ type: GroundRuleListDto })
  groundRules(@Ctx() ctx: RequestContext): Promise<GroundRuleListDto> {
    return this.service.groundRules(ctx);
  }

  @Post('ground-rules')
  @Permission('groundRules.propose')
  @ApiCreatedResponse({ type: GroundRuleDto })
  propose(@Ctx() ctx: RequestContext, @Body() dto: ProposeGroundRuleDto): Promise<GroundRuleDto> {
    return this.service.proposeOne(ctx, dto.text);
  }

  @Post('ground-rules/samples')
  @Permission('groundRules.manage')
  @ApiCreatedResponse({ type: GroundRuleListDto })
  samples(@Ctx() ctx: RequestContext): Promise<GroundRuleListDto> {
    return this.service.proposeSamples(ctx);
  }

  @Post('ground-rules/adopt')
  @Permission('groundRules.manage')
  @ApiCreatedResponse({ type: GroundRuleListDto })
  adopt(@Ctx() ctx: RequestContext, @Body() dto: AdoptGroundRulesDto): Promise<GroundRuleListDto> {
    return this.service.adopt(ctx, dto);
  }

  @Patch('ground-rules/:ruleId')
  @Permission('groundRules.manage')
  @ApiOkResponse({ type: GroundRuleDto })
  amend(@Ctx() ctx: RequestContext, @UuidParam('ruleId') ruleId: string, @Body() dto: AmendGroundRuleDto): Promise<GroundRuleDto> {
    return this.service.amend(ctx, ruleId, dto);
  }

  @Post('ground-rules/:ruleId/retire')
  @Permission('groundRules.manage')
  @ApiCreatedResponse({ type: GroundRuleDto })
  retire(@Ctx() ctx: RequestContext, @UuidParam('ruleId') ruleId: string, @Body() dto: RetireGroundRuleDto): Promise<GroundRuleDto> {
    return this.service.retire(ctx, ruleId, dto);
  }

  @Get('ground-rules/:ruleId/comments')
  @Permission('process.view')
  @ApiOkResponse({ type: GroundRuleCommentListDto })
  ruleComments(@Ctx() ctx: RequestContext, @UuidParam('ruleId') ruleId: string): Promise<GroundRuleCommentListDto> {
    return this.service.ruleComments(ctx, ruleId);
  }

  @Post('ground-rules/:ruleId/comments')
  @Permission('groundRules.propose')
  @ApiCreatedResponse({ type: GroundRuleCommentDto })
  commentOnRule(
    @Ctx() ctx: RequestContext,
    @UuidParam('ruleId') ruleId: string,
    @Body() dto: CreateGroundRuleCommentDto,
  ): Promise<GroundRuleCommentDto> {
    return this.service.commentOnRule(ctx, ruleId, dto.body);
  }

  @Get('accountability')
  @Permission('process.view')
  @ApiOkResponse({ type: AccountabilityMapDto })
  accountability(@Ctx() ctx: RequestContext): Promise<AccountabilityMapDto> {
    return this.service.accountability(ctx);
  }

  @Put('accountability/:userId')
  @Permission('accountability.manage')
  @ApiOkResponse({ type: AccountabilityEntryDto })
  saveAccountability(
    @Ctx() ctx: RequestContext,
    @UuidParam('userId') userId: string,
    @Body() dto: SaveAccountabilityDto,
  ): Promise<AccountabilityEntryDto> {
    return this.service.saveAccountability(ctx, userId, dto);
  }

  @Get('grievance-procedure')
  @Permission('process.view')
  @ApiOkResponse({ type: GrievanceProcedureDto })
  grievanceProcedure(@Ctx() ctx: RequestContext): Promise<GrievanceProcedureDto> {
    return this.service.grievanceProcedure(ctx);
  }

  @Put('grievance-procedure')
  @Permission('agreements.manage')
  @ApiOkResponse({ type: GrievanceProcedureDto })
  saveGrievanceProcedure(@Ctx() ctx: RequestContext, @Body() dto: SaveGrievanceProcedureDto): Promise<GrievanceProcedureDto> {
    return this.service.saveGrievanceProcedure(ctx, dto);
  }

  @Get('confidentiality')
  @Permission('process.view')
  @ApiOkResponse({ type: ConfidentialityDto })
  confidentiality(@Ctx() ctx: RequestContext): Promise<ConfidentialityDto> {
    return this.service.confidentiality(ctx);
  }

  @Put('confidentiality')
  @Permission('agreements.manage')
  @ApiOkResponse({ type: ConfidentialityDto })
  saveConfidentiality(@Ctx() ctx: RequestContext, @Body() dto: SaveConfidentialityDto): Promise<ConfidentialityDto> {
    return this.service.saveConfidentiality(ctx, dto);
  }
}
