import { Module } from '@nestjs/common';
import { StakeholdersController } from './stakeholders.controller';
import { StakeholdersRepository } from './stakeholders.repository';
import { StakeholdersService } from './stakeholders.service';

@Module({
  controllers: [StakeholdersController],
  providers: [StakeholdersService, StakeholdersRepository],
})
export class StakeholdersModule {}
