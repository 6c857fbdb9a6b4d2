import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { PlansModule } from '../plans/plans.module';
import { ProcessesModule } from '../processes/processes.module';
import { CostsController } from './costs.controller';
import { CostsRepository } from './costs.repository';
import { CostsService } from './costs.service';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { MilestonesController } from './milestones.controller';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesService } from './milestones.service';
import { PlanExportController } from './plan-export.controller';
import { PlanExportService } from './plan-export.service';
import { ProgressController } from './progress.controller';
import { ProgressRepository } from './progress.repository';
import { ProgressService } from './progress.service';
import { ReportBacksController } from './report-backs.controller';
import { ReportBacksRepository } from './report-backs.repository';
import { ReportBacksService } from './report-backs.service';

/**
 * Tracking the Implement phase on top of the plans: milestones, costs, progress updates, report-backs (drawn
 * from the accountability map), the dashboard and the plan's CSV export. It reads plans; plans never read it.
 */
@Module({
  imports: [ProcessesModule, PlansModule, AgreementsModule],
  controllers: [
    MilestonesController,
    CostsController,
    ProgressController,
    PlanExportController,
    ReportBacksController,
    DashboardController,
  ],
  providers: [
    MilestonesService,
    CostsService,
    ProgressService,
    PlanExportService,
    ReportBacksService,
    DashboardService,
    MilestonesRepository,
    CostsRepository,
    ProgressRepository,
    ReportBacksRepository,
    DashboardRepository,
  ],
})
export class TrackingModule {}
