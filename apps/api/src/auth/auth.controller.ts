import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { AuthService } from './auth.service';
import { SessionDto, SignInDto, SignUpDto } from './dto/auth.dto';
import { SessionService } from './session.service';
import { TwoFactorSignIn } from './two-factor-sign-in.service';

@ApiTags('auth')
@ApiProblems()
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly twoFactor: TwoFactorSignIn,
  ) {}

  @Get('session')
  @Public()
  @ApiOkResponse({ type: SessionDto })
  session(@Req() request: Request): SessionDto {
    return this.sessions.describe(request);
  }

  @Post('sign-up')
  @Public()
  @ApiCreatedResponse({ type: SessionDto })
  async signUp(@Req() request: Request, @Body() dto: SignUpDto): Promise<SessionDto> {
    return this.sessions.start(request, await this.auth.signUp(dto), { newAccount: true });
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  async signIn(@Req() request: Request, @Body() dto: SignInDto): Promise<SessionDto> {
    const actor = await this.auth.signIn(dto, request.ip ?? 'unknown');
    // Someone with two-factor on is not signed in yet: the answer says a code is needed (twoFactorPending).
    if (await this.twoFactor.challenge(request, actor)) return this.sessions.describe(request);
    return this.sessions.start(request, actor);
  }

  @Post('sign-out')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  signOut(@Req() request: Request): Promise<void> {
    return this.sessions.end(request);
  }
}
