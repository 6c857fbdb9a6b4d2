import { Module } from '@nestjs/common';
import { AccountController } from './account.controller';
import { AccountLinksService } from './account-links.service';
import { AccountSessionsService } from './account-sessions.service';
import { AccountThrottle } from './account-throttle.service';
import { AccountRepository } from './account.repository';
import { AccountService } from './account.service';
import { SessionsRepository } from './sessions.repository';

/** Self-service accounts: forgot password, name, e-mail and password changes, sessions and devices. */
@Module({
  controllers: [AccountController],
  providers: [AccountService, AccountLinksService, AccountSessionsService, AccountThrottle, AccountRepository, SessionsRepository],
  exports: [AccountSessionsService],
})
export class AccountModule {}
