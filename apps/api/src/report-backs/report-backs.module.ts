import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { ReportBacksController } from './report-backs.controller';
import { ReportBacksRepository } from './report-backs.repository';
import { ReportBacksService } from './report-backs.service';

/** The report-back schedule drawn from the accountability map, and the record of report-backs that happened. */
@Module({
  imports: [AgreementsModule],
  controllers: [ReportBacksController],
  providers: [ReportBacksService, ReportBacksRepository],
})
export class ReportBacksModule {}
