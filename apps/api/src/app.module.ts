import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccountModule } from './account/account.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { StakeholdersModule } from './stakeholders/stakeholders.module';
import { AgreementsModule } from './agreements/agreements.module';
import { ChartersModule } from './charters/charters.module';
import { AccessGuard } from './common/access.guard';
import { ProblemFilter } from './common/problem.filter';
import { TransactionInterceptor } from './common/transaction.interceptor';
import { APP_CONFIG, type AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { createDataSource } from './data-source';
import { FramingModule } from './framing/framing.module';
import { MeetingsModule } from './meetings/meetings.module';
import { HomeModule } from './home/home.module';
import { HealthController } from './health/health.controller';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { PlansModule } from './plans/plans.module';
import { InitiationModule } from './initiation/initiation.module';
import { CalendarModule } from './calendar/calendar.module';
import { ProcessesModule } from './processes/processes.module';
import { SelectionModule } from './selection/selection.module';
import { TrackingModule } from './tracking/tracking.module';
import { WorkspacesModule } from './workspaces/workspaces.module';
import { NotificationsModule } from './notifications/notifications.module';
import { DecisionsModule } from './decisions/decisions.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule.forDataSource(() => createDataSource(databaseUrl, config.dbPoolSize)),
        JobsModule.forRoot(databaseUrl),
        MailModule.forRoot(),
        AuditModule,
        AuthModule,
        AccountModule,
        WorkspacesModule,
        ProcessesModule,
        ChartersModule,
        AgreementsModule,
        StakeholdersModule,
        FramingModule,
        PlansModule,
        SelectionModule,
        InitiationModule,
        CalendarModule,
        TrackingModule,
        NotificationsModule,
        HomeModule,
        MeetingsModule,
        DecisionsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
