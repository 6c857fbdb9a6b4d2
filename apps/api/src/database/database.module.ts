import { type DynamicModule, Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Db } from './db.service';

/** Provides the app's DataSource (connected as the non-owner app role) and the tenant transaction helper. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** The DataSource comes from the composition root (`data-source.ts`, beside app.module.ts), which knows the entities. */
  static forDataSource(create: () => DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => create().initialize(),
        },
        Db,
      ],
      exports: [DataSource, Db],
    };
  }
}
