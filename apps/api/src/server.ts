import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import type { Logger } from 'pino';
import { createApp } from './app';
import { createLogger } from './common/logging';
import type { AppConfig } from './config/config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { MailLinks } from './mail/mail-links';
import { ensureAppLogin, runMigrations, urlWithCredentials } from './migrate';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  ownerUrl: string;
  embedded: EmbeddedDatabase | null;
  logger: Logger;
  close(): Promise<void>;
}

const APP_LOGIN = 'common_ground_app';

/** Row-level security does not apply to superusers or BYPASSRLS roles: refuse to serve through one. */
async function assertRestrictedRole(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean; rolname: string }>(
      'select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
    const role = rows[0];
    if (role.rolsuper || role.rolbypassrls) {
      throw new Error(
        `The app connects as ${role.rolname}, which is ${role.rolsuper ? 'a superuser' : 'BYPASSRLS'}: tenant isolation would not apply. ` +
          'Connect DATABASE_URL as a role that is a member of cg_app, and put the owner in MIGRATION_DATABASE_URL (see docs/operations.md).',
      );
    }
  } finally {
    await client.end();
  }
}

/** Starts the database (embedded unless DATABASE_URL is set), migrates, and serves API and web on one port. */
export async function startServer(config: AppConfig, options: { fastDatabase?: boolean } = {}): Promise<RunningServer> {
  const logger = await createLogger({ level: config.logLevel, format: config.logFormat });
  let embedded: EmbeddedDatabase | null = null;
  let ownerUrl: string;
  let databaseUrl: string;
  let sessionSecret = config.sessionSecret;

  if (config.databaseUrl) {
    databaseUrl = config.databaseUrl;
    ownerUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      fast: options.fastDatabase,
    });
    ownerUrl = embedded.ownerUrl;
    databaseUrl = urlWithCredentials(ownerUrl, APP_LOGIN, embedded.secrets.appPassword);
    sessionSecret ??= embedded.secrets.sessionSecret;
  }
  try {
    const applied = await runMigrations(ownerUrl);
    if (applied.length > 0) logger.info(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}: ${applied.join(', ')}`);
    if (embedded) await ensureAppLogin(ownerUrl, APP_LOGIN, embedded.secrets.appPassword);
    await assertRestrictedRole(databaseUrl);
    if (!sessionSecret) throw new Error('SESSION_SECRET is not set.');

    const app = await createApp(config, databaseUrl, sessionSecret, { logger });
    app.enableShutdownHooks();
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address() as { port: number };
    const url = `http://localhost:${address.port}`;
    app.get(MailLinks).setServerUrl(url);
    const db = embedded;
    return {
      app,
      url,
      databaseUrl,
      ownerUrl,
      embedded,
      logger,
      close: async () => {
        await app.close();
        await db?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
