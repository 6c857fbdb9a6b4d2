import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';
import { UsersRepository } from './users.repository';

@Module({
  imports: [AccountModule],
  controllers: [AuthController],
  providers: [AuthService, SessionService, UsersRepository],
  exports: [UsersRepository],
})
export class AuthModule {}
