import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission, Public } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { AccountLinksService } from './account-links.service';
import { AccountSessionsService } from './account-sessions.service';
import { AccountService } from './account.service';
import {
  AcceptedDto,
  AccountDto,
  AccountEventListDto,
  AccountSessionListDto,
  ChangeEmailDto,
  ChangePasswordDto,
  ConfirmEmailDto,
  EmailChangeRequestedDto,
  EmailConfirmedDto,
  ForgotPasswordDto,
  ResetPasswordDto,
  SessionsEndedDto,
  SetLocaleDto,
  SetTimeZoneDto,
  UpdateProfileDto,
} from './dto/account.dto';
import { Session, type SessionInfo } from './session-info.decorator';

const RESET_ANSWER = 'If an account uses this address, we have sent it a link to set a new password. The link works for one hour.';

@ApiTags('account')
@ApiProblems()
@Controller('v1/account')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly links: AccountLinksService,
    private readonly sessions: AccountSessionsService,
  ) {}

  @Get()
  @Permission('account.view')
  @ApiOkResponse({ type: AccountDto })
  get(@Ctx() ctx: RequestContext): Promise<AccountDto> {
    return this.account.get(ctx);
  }

  @Patch('profile')
  @Permission('account.update')
  @ApiOkResponse({ type: AccountDto })
  updateProfile(@Ctx() ctx: RequestContext, @Body() dto: UpdateProfileDto, @Session() session: SessionInfo): Promise<AccountDto> {
    return this.account.updateProfile(ctx, dto, session);
  }

  @Put('locale')
  @Permission('account.update')
  @ApiOkResponse({ type: AccountDto })
  setLocale(@Ctx() ctx: RequestContext, @Body() dto: SetLocaleDto, @Session() session: SessionInfo): Promise<AccountDto> {
    return this.account.setLocale(ctx, dto, session);
  }

  @Put('time-zone')
  @Permission('account.update')
  @ApiOkResponse({ type: AccountDto })
  setTimeZone(@Ctx() ctx: RequestContext, @Body() dto: SetTimeZoneDto, @Session() session: SessionInfo): Promise<AccountDto> {
    return this.account.setTimeZone(ctx, dto, session);
  }

  @Post('password')
  @Permission('account.update')
  @HttpCode(204)
  @ApiNoContentResponse()
  changePassword(@Ctx() ctx: RequestContext, @Body() dto: ChangePasswordDto, @Session() session: SessionInfo): Promise<void> {
    return this.account.changePassword(ctx, dto, session);
  }

  @Post('email')
  @Permission('account.update')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: EmailChangeRequestedDto })
  changeEmail(@Ctx() ctx: RequestContext, @Body() dto: ChangeEmailDto, @Session() session: SessionInfo): Promise<EmailChangeRequestedDto> {
    return this.account.requestEmailChange(ctx, dto, session);
  }

  @Post('email/confirm')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: EmailConfirmedDto })
  confirmEmail(@Body() dto: ConfirmEmailDto, @Session() session: SessionInfo): Promise<EmailConfirmedDto> {
    return this.links.confirmEmail(dto.token, session);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto })
  async requestPasswordReset(@Body() dto: ForgotPasswordDto, @Session() session: SessionInfo): Promise<AcceptedDto> {
    await this.links.requestPasswordReset(dto.email, session);
    return { message: RESET_ANSWER };
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  resetPassword(@Body() dto: ResetPasswordDto, @Session() session: SessionInfo): Promise<void> {
    return this.links.resetPassword(dto.token, dto.password, session);
  }

  @Get('sessions')
  @Permission('account.view')
  @ApiOkResponse({ type: AccountSessionListDto })
  listSessions(@Ctx() ctx: RequestContext, @Session() session: SessionInfo): Promise<AccountSessionListDto> {
    return this.sessions.list(ctx, session);
  }

  @Delete('sessions/:sessionId')
  @Permission('account.sessions.revoke')
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeSession(@Ctx() ctx: RequestContext, @UuidParam('sessionId') sessionId: string, @Session() session: SessionInfo): Promise<void> {
    return this.sessions.revoke(ctx, sessionId, session);
  }

  @Post('sessions/revoke-others')
  @Permission('account.sessions.revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionsEndedDto })
  revokeOtherSessions(@Ctx() ctx: RequestContext, @Session() session: SessionInfo): Promise<SessionsEndedDto> {
    return this.sessions.revokeOthers(ctx, session);
  }

  @Get('events')
  @Permission('account.view')
  @ApiOkResponse({ type: AccountEventListDto })
  events(@Ctx() ctx: RequestContext): Promise<AccountEventListDto> {
    return this.sessions.events(ctx);
  }
}
