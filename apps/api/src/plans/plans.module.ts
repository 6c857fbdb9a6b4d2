import { Module } from '@nestjs/common';
import { ActionsService } from './actions.service';
import { PlansController, WorkingGroupsController } from './plans.controller';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';
import { WorkingGroupsRepository } from './working-groups.repository';
import { WorkingGroupsService } from './working-groups.service';

/** Action plans, their actions and the working groups that carry them out (tracking/ builds on them). */
@Module({
  controllers: [PlansController, WorkingGroupsController],
  providers: [PlansService, ActionsService, WorkingGroupsService, PlansRepository, WorkingGroupsRepository],
  // Tracking (milestones, costs, progress, the CSV export) reads plans and actions through it.
  exports: [PlansRepository],
})
export class PlansModule {}
