import { Body, Controller, Get, HttpCode, Patch, Post, Put, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CharterBoardService } from './charter-board.service';
import { CharterFeedbackService } from './charter-feedback.service';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { ChartersService } from './charters.service';
import {
  CharterAmendmentDto,
  CharterAmendmentListDto,
  CharterBoardDto,
  CharterCommentDto,
  CharterCommentListDto,
  CreateCharterAmendmentDto,
  CreateCharterCommentDto,
  DecideAmendmentDto,
  DeclineCharterDto,
  RatificationRuleDto,
  SignCharterDto,
  CharterOverviewDto,
  CharterSignatureDto,
  CharterSignatureListDto,
  CharterVerificationDto,
  CharterVersionActionDto,
  CharterVersionDto,
  CreateCharterVersionDto,
  UpdateCharterVersionDto,
} from './dto/charter.dto';
import { UuidParam } from '../common/uuid-param';

const VersionId = () => UuidParam('versionId');

@ApiTags('charter')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/charter')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class ChartersController {
  constructor(private readonly service: ChartersService) {}

  @Get()
  @Permission('charter.view')
  @ApiOkResponse({ type: CharterOverviewDto })
  overview(@Ctx() ctx: RequestContext): Promise<CharterOverviewDto> {
    return this.service.overview(ctx);
  }

  @Post('versions')
  @Permission('charter.draft')
  @ApiCreatedResponse({ type: CharterVersionDto })
  startDraft(@Ctx() ctx: RequestContext, @Body() dto: CreateCharterVersionDto): Promise<CharterVersionDto> {
    return this.service.startDraft(ctx, dto.fromVersionId);
  }

  @Get('versions/:versionId')
  @Permission('charter.view')
  @ApiOkResponse({ type: CharterVersionDto })
  get(@Ctx() ctx: RequestContext, @VersionId() versionId: string): Promise<CharterVersionDto> {
    return this.service.get(ctx, versionId);
  }

  @Patch('versions/:versionId')
  @Permission('charter.draft')
  @ApiOkResponse({ type: CharterVersionDto })
  edit(@Ctx() ctx: RequestContext, @VersionId() versionId: string, @Body() dto: UpdateCharterVersionDto): Promise<CharterVersionDto> {
    return this.service.edit(ctx, versionId, dto);
  }

  @Post('versions/:versionId/propose')
  @Permission('charter.draft')
  @HttpCode(200)
  @ApiOkResponse({ type: CharterVersionDto })
  propose(@Ctx() ctx: RequestContext, @VersionId() versionId: string, @Body() dto: CharterVersionActionDto): Promise<CharterVersionDto> {
    return this.service.move(ctx, versionId, 'propose', dto.version);
  }

  @Post('versions/:versionId/withdraw')
  @Permission('charter.draft')
  @HttpCode(200)
  @ApiOkResponse({ type: CharterVersionDto })
  withdraw(@Ctx() ctx: RequestContext, @VersionId() versionId: string, @Body() dto: CharterVersionActionDto): Promise<CharterVersionDto> {
    return this.service.move(ctx, versionId, 'withdraw', dto.version);
  }

  @Post('versions/:versionId/adopt')
  @Permission('charter.adopt')
  @HttpCode(200)
  @ApiOkResponse({ type: CharterVersionDto })
  adopt(@Ctx() ctx: RequestContext, @VersionId() versionId: string, @Body() dto: CharterVersionActionDto): Promise<CharterVersionDto> {
    return this.service.move(ctx, versionId, 'adopt', dto.version);
  }

  @Get('versions/:versionId/signatures')
  @Permission('charter.view')
  @ApiOkResponse({ type: CharterSignatureListDto })
  signatures(@Ctx() ctx: RequestContext, @VersionId() versionId: string): Promise<CharterSignatureListDto> {
    return this.service.signatures(ctx, versionId);
  }

  @Post('versions/:versionId/signatures')
  @Permission('charter.sign')
  @ApiCreatedResponse({ type: CharterSignatureDto })
  sign(@Ctx() ctx: RequestContext, @VersionId() versionId: string, @Body() dto: SignCharterDto): Promise<CharterSignatureDto> {
    return this.service.sign(ctx, versionId, dto.onBehalfOf);
  }

  @Get('versions/:versionId/verify')
  @Permission('charter.view')
  @ApiOkResponse({ type: CharterVerificationDto })
  verify(@Ctx() ctx: RequestContext, @VersionId() versionId: string): Promise<CharterVerificationDto> {
    return this.service.verify(ctx, versionId);
  }
}

@ApiTags('charter')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/charter')
@ApiParam({ name: 'workspaceId', type: String, format: 'uuid' })
@ApiParam({ name: 'processId', type: String, format: 'uuid' })
export class CharterFeedbackController {
  constructor(
    private readonly feedback: CharterFeedbackService,
    private readonly board: CharterBoardService,
  ) {}

  @Get('versions/:versionId/comments')
  @Permission('charter.view')
  @ApiOkResponse({ type: CharterCommentListDto })
  comments(@Ctx() ctx: RequestContext, @VersionId() versionId: string): Promise<CharterCommentListDto> {
    return this.feedback.comments(ctx, versionId);
  }

  @Post('versions/:versionId/comments')
  @Permission('charter.comment')
  @ApiCreatedResponse({ type: CharterCommentDto })
  comment(@Ctx() ctx: RequestContext, @VersionId() versionId: string, @Body() dto: CreateCharterCommentDto): Promise<CharterCommentDto> {
    return this.feedback.comment(ctx, versionId, dto);
  }

  @Get('versions/:versionId/amendments')
  @Permission('charter.view')
  @ApiOkResponse({ type: CharterAmendmentListDto })
  amendments(@Ctx() ctx: RequestContext, @VersionId() versionId: string): Promise<CharterAmendmentListDto> {
    return this.feedback.amendments(ctx, versionId);
  }

  @Post('versions/:versionId/amendments')
  @Permission('charter.comment')
  @ApiCreatedResponse({ type: CharterAmendmentDto })
  proposeAmendment(
    @Ctx() ctx: RequestContext,
    @VersionId() versionId: string,
    @Body() dto: CreateCharterAmendmentDto,
  ): Promise<CharterAmendmentDto> {
    return this.feedback.propose(ctx, versionId, dto);
  }

  @Post('amendments/:amendmentId/accept')
  @Permission('charter.draft')
  @HttpCode(200)
  @ApiOkResponse({ type: CharterAmendmentDto })
  accept(
    @Ctx() ctx: RequestContext,
    @UuidParam('amendmentId') amendmentId: string,
    @Body() dto: DecideAmendmentDto,
  ): Promise<CharterAmendmentDto> {
    return this.feedback.decide(ctx, amendmentId, true, dto.reason);
  }

  @Post('amendments/:amendmentId/reject')
  @Permission('charter.draft')
  @HttpCode(200)
  @ApiOkResponse({ type: CharterAmendmentDto })
  reject(
    @Ctx() ctx: RequestContext,
    @UuidParam('amendmentId') amendmentId: string,
    @Body() dto: DecideAmendmentDto,
  ): Promise<CharterAmendmentDto> {
    return this.feedback.decide(ctx, amendmentId, false, dto.reason);
  }

  @Post('versions/:versionId/declines')
  @Permission('charter.sign')
  @HttpCode(204)
  @ApiNoContentResponse()
  decline(@Ctx() ctx: RequestContext, @VersionId() versionId: string, @Body() dto: DeclineCharterDto): Promise<void> {
    return this.board.decline(ctx, versionId, dto);
  }

  @Get('versions/:versionId/board')
  @Permission('charter.view')
  @ApiOkResponse({ type: CharterBoardDto })
  signatureBoard(@Ctx() ctx: RequestContext, @VersionId() versionId: string): Promise<CharterBoardDto> {
    return this.board.board(ctx, versionId);
  }

  @Put('rule')
  @Permission('charter.adopt')
  @ApiOkResponse({ type: RatificationRuleDto })
  setRule(@Ctx() ctx: RequestContext, @Body() dto: RatificationRuleDto): Promise<RatificationRuleDto> {
    return this.board.setRule(ctx, dto);
  }

  @Get('versions/:versionId/pdf')
  @Permission('charter.view')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The charter as PDF with its signature page and audit trail',
    schema: { type: 'string', format: 'binary' },
  })
  async pdf(
    @Ctx() ctx: RequestContext,
    @VersionId() versionId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, name } = await this.board.pdf(ctx, versionId);
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    return new StreamableFile(file, { type: 'application/pdf' });
  }
}
