import { Module } from '@nestjs/common';
import { ProspectsController } from './prospects.controller';
import { ProspectsRepository } from './prospects.repository';
import { ProspectsService } from './prospects.service';
import { StakeholderRegisterController } from './register.controller';
import { StakeholderRegisterRepository } from './register.repository';
import { StakeholderRegisterService } from './register.service';
import { StakeholdersController } from './stakeholders.controller';
import { StakeholdersRepository } from './stakeholders.repository';
import { StakeholdersService } from './stakeholders.service';

/**
 * Stakeholders of a process: its stakeholder groups, and the Design phase's register (stakeholders,
 * relationships, the map, prospects and consultations).
 */
@Module({
  controllers: [StakeholdersController, StakeholderRegisterController, ProspectsController],
  providers: [
    StakeholdersService,
    StakeholdersRepository,
    StakeholderRegisterService,
    StakeholderRegisterRepository,
    ProspectsService,
    ProspectsRepository,
  ],
  // Process invitations sent for a prospect move the prospect along.
  exports: [ProspectsRepository],
})
export class StakeholdersModule {}
