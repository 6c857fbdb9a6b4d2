import { Module } from '@nestjs/common';
import { ProcessesModule } from '../processes/processes.module';
import { AgreementsController } from './agreements.controller';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';

@Module({
  imports: [ProcessesModule],
  controllers: [AgreementsController],
  providers: [AgreementsService, AgreementsRepository],
  exports: [AgreementsRepository],
})
export class AgreementsModule {}
