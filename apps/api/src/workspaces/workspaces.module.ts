import { Module } from '@nestjs/common';
import { InvitationsController, WorkspacesController } from './workspaces.controller';
import { WorkspacesRepository } from './workspaces.repository';
import { WorkspacesService } from './workspaces.service';

@Module({
  controllers: [WorkspacesController, InvitationsController],
  providers: [WorkspacesService, WorkspacesRepository],
  exports: [WorkspacesRepository, WorkspacesService],
})
export class WorkspacesModule {}
