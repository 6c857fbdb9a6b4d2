import { Module } from '@nestjs/common';
import { ProcessesModule } from '../processes/processes.module';
import { ChartersController } from './charters.controller';
import { ChartersRepository } from './charters.repository';
import { ChartersService } from './charters.service';

@Module({
  imports: [ProcessesModule],
  controllers: [ChartersController],
  providers: [ChartersService, ChartersRepository],
})
export class ChartersModule {}
