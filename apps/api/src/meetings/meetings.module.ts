import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { MeetingsController } from './meetings.controller';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [AgreementsModule],
  controllers: [MeetingsController],
  providers: [MeetingsService, MeetingsRepository],
  exports: [MeetingsRepository],
})
export class MeetingsModule {}
