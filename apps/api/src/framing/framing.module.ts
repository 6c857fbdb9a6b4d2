import { Module } from '@nestjs/common';
import { ProcessesModule } from '../processes/processes.module';
import { FramingController } from './framing.controller';
import { FramingRepository } from './framing.repository';
import { FramingService } from './framing.service';

@Module({
  imports: [ProcessesModule],
  controllers: [FramingController],
  providers: [FramingService, FramingRepository],
})
export class FramingModule {}
