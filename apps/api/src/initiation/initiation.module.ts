import { Module } from '@nestjs/common';
import { ChecklistsController } from './checklists.controller';
import { ChecklistsRepository } from './checklists.repository';
import { ChecklistsService } from './checklists.service';
import {
  ChampionsController,
  CoreGroupController,
  CostLinesController,
  FacilitationResourcesController,
  FundingSourcesController,
} from './initiation-lists.controller';
import { InitiationListsRepository } from './initiation-lists.repository';
import { InitiationListsService } from './initiation-lists.service';
import { InitiationController } from './initiation.controller';
import { InitiationRepository } from './initiation.repository';
import { InitiationService } from './initiation.service';

/** Issue 3, Initiate: deciding to use an MSP and getting it started (Lesson 11 §1-2). */
@Module({
  controllers: [
    InitiationController,
    ChampionsController,
    CoreGroupController,
    FacilitationResourcesController,
    CostLinesController,
    FundingSourcesController,
    ChecklistsController,
  ],
  providers: [
    InitiationService,
    InitiationRepository,
    InitiationListsService,
    InitiationListsRepository,
    ChecklistsService,
    ChecklistsRepository,
  ],
})
export class InitiationModule {}
