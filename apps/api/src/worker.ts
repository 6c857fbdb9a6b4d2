import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger, LoggerModule } from 'nestjs-pino';
import { AppModule } from './app.module';
import { createLogger } from './common/logging';
import { ConfigError, loadConfig } from './config/config';

/**
 * `npm run worker`: works background jobs (mail, sweeps, the nightly audit check) without serving HTTP, for an
 * operator who scales out. It connects to the same database as the API (DATABASE_URL, required here: the
 * embedded PostgreSQL belongs to the `npm start` process) and never migrates: start the API first.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, JOBS_IN_PROCESS: 'true' });
  if (!config.databaseUrl)
    throw new ConfigError(['DATABASE_URL is required for `npm run worker` (the app role’s connection, as for the API)']);
  if (!config.sessionSecret && !config.twoFactorKey)
    throw new ConfigError(['SESSION_SECRET (or TWO_FACTOR_KEY) is required for `npm run worker`: the same value as the API’s']);
  const logger = await createLogger({ level: config.logLevel, format: config.logFormat });
  const app = await NestFactory.createApplicationContext(
    {
      module: class WorkerModule {},
      imports: [AppModule.forRoot(config, config.databaseUrl), LoggerModule.forRoot({ pinoHttp: { logger } })],
    },
    { bufferLogs: true },
  );
  app.useLogger(app.get(PinoNestLogger));
  app.enableShutdownHooks();
  await app.init();
  logger.info('Common Ground worker is working jobs. Press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
