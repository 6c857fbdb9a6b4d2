import { Module } from '@nestjs/common';
import { ProcessesModule } from '../processes/processes.module';
import { CalendarFeedController, CalendarFeedPublicController } from './calendar-feeds.controller';
import { CalendarFeedsRepository } from './calendar-feeds.repository';
import { CalendarFeedsService } from './calendar-feeds.service';

/** Per-person secret iCalendar feeds of a process. */
@Module({
  imports: [ProcessesModule],
  controllers: [CalendarFeedController, CalendarFeedPublicController],
  providers: [CalendarFeedsService, CalendarFeedsRepository],
})
export class CalendarModule {}
