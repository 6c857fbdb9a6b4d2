import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { ChartersModule } from '../charters/charters.module';
import { DecisionsController } from './decisions.controller';
import { DecisionsRepository } from './decisions.repository';
import { DecisionsService } from './decisions.service';

@Module({
  imports: [AgreementsModule, ChartersModule],
  controllers: [DecisionsController],
  providers: [DecisionsService, DecisionsRepository],
  exports: [DecisionsRepository],
})
export class DecisionsModule {}
