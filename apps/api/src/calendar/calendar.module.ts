import { Module } from '@nestjs/common';
import { CalendarFeedController, CalendarFeedPublicController } from './calendar-feeds.controller';
import { CalendarFeedsRepository } from './calendar-feeds.repository';
import { CalendarFeedsService } from './calendar-feeds.service';

/** Per-person secret iCalendar feeds of a process. */
@Module({
  controllers: [CalendarFeedController, CalendarFeedPublicController],
  providers: [CalendarFeedsService, CalendarFeedsRepository],
})
export class CalendarModule {}
