import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx, Permission, Public } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { SessionDto } from './dto/auth.dto';
import { RecoveryCodesDto, TwoFactorCodeDto, TwoFactorEnrolmentDto, TwoFactorProofDto, TwoFactorStatusDto } from './dto/two-factor.dto';
import { SessionService } from './session.service';
import { TwoFactorSignIn } from './two-factor-sign-in.service';
import { TwoFactorService } from './two-factor.service';

@ApiTags('auth')
@ApiProblems()
@Controller('v1/auth/two-factor')
export class TwoFactorSignInController {
  constructor(
    private readonly signIn: TwoFactorSignIn,
    private readonly sessions: SessionService,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto, description: 'Signed in' })
  async complete(@Req() request: Request, @Body() dto: TwoFactorCodeDto): Promise<SessionDto> {
    return this.sessions.start(request, await this.signIn.complete(request, dto.code));
  }
}

@ApiTags('account')
@ApiProblems()
@Controller('v1/account/two-factor')
export class TwoFactorController {
  constructor(private readonly service: TwoFactorService) {}

  @Get()
  @Permission('account.twoFactor.view')
  @ApiOkResponse({ type: TwoFactorStatusDto })
  status(@Ctx() ctx: RequestContext): Promise<TwoFactorStatusDto> {
    return this.service.status(ctx);
  }

  @Post('enrolment')
  @Permission('account.twoFactor.manage')
  @ApiCreatedResponse({ type: TwoFactorEnrolmentDto })
  startEnrolment(@Ctx() ctx: RequestContext): Promise<TwoFactorEnrolmentDto> {
    return this.service.startEnrolment(ctx);
  }

  @Post('enrolment/confirm')
  @Permission('account.twoFactor.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesDto })
  confirmEnrolment(@Ctx() ctx: RequestContext, @Body() dto: TwoFactorCodeDto): Promise<RecoveryCodesDto> {
    return this.service.confirmEnrolment(ctx, dto.code);
  }

  @Post('disable')
  @Permission('account.twoFactor.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  disable(@Ctx() ctx: RequestContext, @Body() dto: TwoFactorProofDto): Promise<void> {
    return this.service.disable(ctx, dto);
  }

  @Post('recovery-codes')
  @Permission('account.twoFactor.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesDto })
  renewRecoveryCodes(@Ctx() ctx: RequestContext, @Body() dto: TwoFactorProofDto): Promise<RecoveryCodesDto> {
    return this.service.renewRecoveryCodes(ctx, dto);
  }
}
