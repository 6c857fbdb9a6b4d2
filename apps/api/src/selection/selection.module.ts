import { Module } from '@nestjs/common';
import { StakeholdersModule } from '../stakeholders/stakeholders.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ConceptNoteService } from './concept-note.service';
import { InclusionService } from './inclusion.service';
import { ProcessInvitationsService } from './process-invitations.service';
import { ConceptNoteController, InclusionController, ProcessInvitationsController, SelectionController } from './selection.controller';
import { SelectionRepository } from './selection.repository';
import { SelectionService } from './selection.service';

/** Designing the process: selection criteria and targets, Do-No-Harm, concept note, process invitations, demographics and inclusion. */
@Module({
  imports: [WorkspacesModule, StakeholdersModule],
  controllers: [SelectionController, ConceptNoteController, ProcessInvitationsController, InclusionController],
  providers: [SelectionService, ConceptNoteService, ProcessInvitationsService, InclusionService, SelectionRepository],
})
export class SelectionModule {}
