import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';
import { TwoFactorController, TwoFactorSignInController } from './two-factor.controller';
import { TwoFactorSecrets } from './two-factor-secrets';
import { TwoFactorSignIn } from './two-factor-sign-in.service';
import { TwoFactorRepository } from './two-factor.repository';
import { TwoFactorCodes, TwoFactorService } from './two-factor.service';
import { UsersRepository } from './users.repository';

@Module({
  imports: [AccountModule],
  controllers: [AuthController, TwoFactorSignInController, TwoFactorController],
  providers: [
    AuthService,
    SessionService,
    UsersRepository,
    TwoFactorSecrets,
    TwoFactorRepository,
    TwoFactorCodes,
    TwoFactorService,
    TwoFactorSignIn,
  ],
  exports: [UsersRepository],
})
export class AuthModule {}
