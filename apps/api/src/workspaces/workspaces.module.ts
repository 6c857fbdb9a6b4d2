import { Module } from '@nestjs/common';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';
import { InvitationsController, WorkspacesController } from './workspaces.controller';
import { WorkspacesRepository } from './workspaces.repository';
import { WorkspacesService } from './workspaces.service';

@Module({
  controllers: [WorkspacesController, MembersController, InvitationsController],
  providers: [WorkspacesService, WorkspacesRepository, MembersService, MembersRepository],
  exports: [WorkspacesRepository, WorkspacesService],
})
export class WorkspacesModule {}
