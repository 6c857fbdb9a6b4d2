import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { AlreadyRunningError } from './database/embedded-postgres';
import { DEV_OUTBOX_PATH } from './mail/dev-outbox';
import type { MailCatcher } from './mail/mail-catcher';
import { DEV_MAIL_CATCHER } from './mail/mail.module';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const server = await startServer(config);
  const { logger } = server;
  logger.info(`Common Ground is ready at ${config.publicUrl ?? server.url} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  logger.info(`API docs: ${server.url}/api/docs`);
  if (server.app.get<MailCatcher | null>(DEV_MAIL_CATCHER))
    logger.info(`Development outbox (mail is caught here, not sent): ${server.url}${DEV_OUTBOX_PATH}`);
  if (!config.jobs.inProcess) logger.info('JOBS_IN_PROCESS=false: jobs are only enqueued here; run `npm run worker` to work them.');
  if (server.embedded) logger.info(`Embedded PostgreSQL data: ${config.dataDir}`);
  logger.info('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping…`);
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error(error);
        process.exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof AlreadyRunningError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${process.env.PORT ?? 3000} is in use: is Common Ground already running? Set PORT to use another port.`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
