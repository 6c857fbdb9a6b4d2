import { Module } from '@nestjs/common';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AcquaintFactsRepository } from './acquaint-facts.repository';
import { DesignFactsRepository } from './design-facts.repository';
import { LifecycleService } from './lifecycle.service';
import { PlanFactsRepository } from './plan-facts.repository';
import { ProcessMembersRepository } from './process-members.repository';
import { ProcessMembersService } from './process-members.service';
import { LifecycleController, ProcessesController, ProcessMembersController } from './processes.controller';
import { ProcessesRepository } from './processes.repository';
import { ProcessesService } from './processes.service';

@Module({
  imports: [WorkspacesModule],
  controllers: [ProcessesController, LifecycleController, ProcessMembersController],
  providers: [
    AcquaintFactsRepository,
    PlanFactsRepository,
    DesignFactsRepository,
    ProcessesService,
    LifecycleService,
    ProcessMembersService,
    ProcessesRepository,
    ProcessMembersRepository,
  ],
  exports: [ProcessesService, ProcessesRepository],
})
export class ProcessesModule {}
