import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { ChartersService } from './charters.service';
import {
  CharterOverviewDto,
  CharterSignatureDto,
  CharterSignatureListDto,
  CharterVerificationDto,
  CharterVersionActionDto,
  CharterVersionDto,
  CreateCharterVersionDto,
  UpdateCharterVersionDto,
} from './dto/charter.dto';

const VersionId = () => Param('versionId', ParseUUIDPipe);

@ApiTags('charter')
@ApiProblems()
@Controller('v1/workspaces/:workspaceId/processes/:processId/charter')
@ApiParam({ name: 'workspaceId', format: 'uuid' })
@ApiParam({ name: 'processId', format: 'uuid' })
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
  sign(@Ctx() ctx: RequestContext, @VersionId() versionId: string): Promise<CharterSignatureDto> {
    return this.service.sign(ctx, versionId);
  }

  @Get('versions/:versionId/verify')
  @Permission('charter.view')
  @ApiOkResponse({ type: CharterVerificationDto })
  verify(@Ctx() ctx: RequestContext, @VersionId() versionId: string): Promise<CharterVerificationDto> {
    return this.service.verify(ctx, versionId);
  }
}
