import { Module } from '@nestjs/common';
import { ActionsService } from './actions.service';
import { CostsController } from './costs.controller';
import { CostsRepository } from './costs.repository';
import { CostsService } from './costs.service';
import { MilestonesController } from './milestones.controller';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesService } from './milestones.service';
import { PlanExportService } from './plan-export.service';
import { PlansController, WorkingGroupsController } from './plans.controller';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';
import { ProgressController } from './progress.controller';
import { ProgressRepository } from './progress.repository';
import { ProgressService } from './progress.service';
import { WorkingGroupsRepository } from './working-groups.repository';
import { WorkingGroupsService } from './working-groups.service';

/** Action plans, their actions, milestones, costs and progress, and the working groups that carry them out. */
@Module({
  controllers: [PlansController, WorkingGroupsController, MilestonesController, CostsController, ProgressController],
  providers: [
    PlansService,
    ActionsService,
    WorkingGroupsService,
    MilestonesService,
    CostsService,
    ProgressService,
    PlanExportService,
    PlansRepository,
    WorkingGroupsRepository,
    MilestonesRepository,
    CostsRepository,
    ProgressRepository,
  ],
})
export class PlansModule {}
