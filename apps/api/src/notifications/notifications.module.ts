import { Module } from '@nestjs/common';
import { NotificationJobs } from './notification-jobs';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** The notification centre: a person's inbox and choices. Producers call `notify()` (notify.ts) in their own transaction. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsRepository, NotificationJobs],
})
export class NotificationsModule {}
