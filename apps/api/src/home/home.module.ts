import { Module } from '@nestjs/common';
import { HomeController } from './home.controller';
import { HomeRepository } from './home.repository';
import { HomeService } from './home.service';

/**
 * "What I need to do": reads across the person's workspaces what the other capabilities ask of them. It
 * reads their tables with its own statements and imports no feature module, so nothing depends on it.
 */
@Module({
  controllers: [HomeController],
  providers: [HomeService, HomeRepository],
})
export class HomeModule {}
