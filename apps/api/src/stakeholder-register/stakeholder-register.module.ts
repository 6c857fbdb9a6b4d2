import { Module } from '@nestjs/common';
import { ProspectsController } from './prospects.controller';
import { ProspectsRepository } from './prospects.repository';
import { ProspectsService } from './prospects.service';
import { StakeholderRegisterController } from './stakeholder-register.controller';
import { StakeholderRegisterRepository } from './stakeholder-register.repository';
import { StakeholderRegisterService } from './stakeholder-register.service';

/** The stakeholder register of the Design phase: stakeholders, relationships, the map, prospects and consultations. */
@Module({
  controllers: [StakeholderRegisterController, ProspectsController],
  providers: [StakeholderRegisterService, StakeholderRegisterRepository, ProspectsService, ProspectsRepository],
  // Process invitations sent for a prospect move the prospect along.
  exports: [ProspectsRepository],
})
export class StakeholderRegisterModule {}
