import { Module } from '@nestjs/common';
import { FramingController } from './framing.controller';
import { FramingRepository } from './framing.repository';
import { FramingService } from './framing.service';

@Module({
  controllers: [FramingController],
  providers: [FramingService, FramingRepository],
})
export class FramingModule {}
