import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Jobs } from './jobs.service';
import { JOBS_DATABASE_URL } from './jobs.tokens';

/** Background jobs on PostgreSQL (pg-boss): one `Jobs` service for every module that enqueues or works jobs. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_DATABASE_URL, useValue: databaseUrl }, Jobs],
      exports: [Jobs],
    };
  }
}
