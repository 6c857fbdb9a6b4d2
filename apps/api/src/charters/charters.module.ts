import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { DocumentsModule } from '../documents/documents.module';
import { ProcessesModule } from '../processes/processes.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { CharterBoardService } from './charter-board.service';
import { CharterFeedbackRepository } from './charter-feedback.repository';
import { CharterFeedbackService } from './charter-feedback.service';
import { CharterFeedbackController, ChartersController } from './charters.controller';
import { ChartersRepository } from './charters.repository';
import { ChartersService } from './charters.service';

@Module({
  imports: [ProcessesModule, AgreementsModule, WorkspacesModule, DocumentsModule],
  controllers: [ChartersController, CharterFeedbackController],
  providers: [ChartersService, ChartersRepository, CharterFeedbackService, CharterFeedbackRepository, CharterBoardService],
  exports: [ChartersRepository],
})
export class ChartersModule {}
