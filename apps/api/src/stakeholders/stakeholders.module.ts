import { Module } from '@nestjs/common';
import { ProcessesModule } from '../processes/processes.module';
import { StakeholdersController } from './stakeholders.controller';
import { StakeholdersRepository } from './stakeholders.repository';
import { StakeholdersService } from './stakeholders.service';

@Module({
  imports: [ProcessesModule],
  controllers: [StakeholdersController],
  providers: [StakeholdersService, StakeholdersRepository],
})
export class StakeholdersModule {}
