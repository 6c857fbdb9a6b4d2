import fs from 'node:fs';
import path from 'node:path';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import connectPgSimple from 'connect-pg-simple';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { Logger as PinoNestLogger, LoggerModule } from 'nestjs-pino';
import passport from 'passport';
import type { Pool } from 'pg';
import type { DestinationStream, Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AccountSessionsService } from './account/account-sessions.service';
import { AppModule } from './app.module';
import { rejectUnsafeInput } from './common/input-safety';
import { createHttpLogger, createLogger, quietStartup } from './common/logging';
import { sendProblem, toProblem } from './common/problem.filter';
import type { Actor } from './common/request-context';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { DEV_OUTBOX_PATH, devOutboxRouter } from './mail/dev-outbox';
import type { MailCatcher } from './mail/mail-catcher';
import { DEV_MAIL_CATCHER } from './mail/mail.module';

export const SESSION_COOKIE = 'cg.sid';
const SESSION_DAYS = 14;

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Common Ground API')
    .setDescription(
      'Run multi-stakeholder processes from initiation to exit. Errors are application/problem+json; writes need X-CSRF-Token.',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }, 'csrf')
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
}

export interface AppOptions {
  /** The server's logger (startServer makes one for its own start-up lines); by default a new one. */
  logger?: Logger;
  /** Where a new logger writes (tests capture lines here); by default stdout. */
  logDestination?: DestinationStream;
}

/** The application module with nestjs-pino on top, bound to the request logger our own middleware makes. */
@Module({})
class LoggedAppModule {}

/** Writes whose time must not be noted next to the person making them: statements of minutes. */
const UNATTRIBUTED_WRITE = /\/meetings\/[^/]+\/minutes\/statements(\/|$)/;

/** Builds the whole HTTP application: security headers, sessions, API, OpenAPI and the web app. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  sessionSecret: string,
  options: AppOptions = {},
): Promise<NestExpressApplication> {
  const logger = options.logger ?? (await createLogger({ level: config.logLevel, format: config.logFormat }, options.logDestination));
  const httpLogger = createHttpLogger(logger);
  const app = await NestFactory.create<NestExpressApplication>(
    // useExisting: the request logger is made by httpLogger below, first of all middleware, so even a
    // request refused before Nest's router (malformed JSON, unsafe input) has its id and its line.
    {
      module: LoggedAppModule,
      imports: [
        AppModule.forRoot({ ...config, sessionSecret }, databaseUrl),
        LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true }),
      ],
    },
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(quietStartup(app.get(PinoNestLogger)));
  app.use(httpLogger);
  const production = config.env === 'production';
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'"],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
          ...(production ? { 'upgrade-insecure-requests': [] } : {}),
        },
      },
      // Invitation links carry a secret token: never leak the URL to another site.
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
    }),
  );
  app.use('/api', (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', express.json({ limit: '100kb' }));
  app.use('/api', rejectUnsafeInput);

  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  const PgStore = connectPgSimple(session);
  // No touch: the session ends 14 days after sign-in, like its cookie, and reads cost no write.
  const store = new PgStore({
    pool,
    tableName: 'sessions',
    createTableIfMissing: false,
    pruneSessionInterval: 15 * 60,
    disableTouch: true,
  });
  app.use(
    '/api',
    session({
      name: SESSION_COOKIE,
      secret: sessionSecret,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: false,
      cookie: { httpOnly: true, secure: production, sameSite: 'lax', maxAge: SESSION_DAYS * 24 * 3600_000, path: '/' },
    }),
  );
  passport.serializeUser<Actor>((user, done) =>
    done(null, { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale ?? null }),
  );
  passport.deserializeUser<Actor>((user, done) => done(null, user));
  app.use('/api', passport.initialize());
  app.use('/api', passport.session());
  const accountSessions = app.get(AccountSessionsService);
  app.use('/api', (request: Request, _response: Response, next: NextFunction) => {
    // A write of minutes' statements notes no activity: a person's "last active" falling inside the request
    // would date, and so attribute, a Chatham House statement (docs/meetings-and-decisions.md).
    if (request.method === 'GET' || !UNATTRIBUTED_WRITE.test(request.path)) accountSessions.touch(request);
    next();
  });

  app.useGlobalPipes(createValidationPipe());
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', useGlobalPrefix: false });
  // Before the web app's fallback, which would otherwise answer these paths with index.html.
  const catcher = app.get<MailCatcher | null>(DEV_MAIL_CATCHER);
  if (catcher) app.use(DEV_OUTBOX_PATH, devOutboxRouter(catcher));
  serveWebApp(app, config.webDir);
  // Errors raised before Nest's router (malformed JSON, oversized body) still answer problem+json.
  app.use('/api', (error: unknown, request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) return next(error);
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error, context: 'Http' }, 'Unhandled error before the router');
    sendProblem(response, problem);
  });
  return app;
}

/** The built React app: hashed assets cached for a year, every other non-API GET answers index.html. */
function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = path.join(webDir, 'index.html');
  app.use('/assets', express.static(path.join(webDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(webDir, { index: false }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    if (!fs.existsSync(index)) {
      response
        .status(503)
        .type('text/plain')
        .send('The web app is not built. Run `npm start` (it builds first) or `npx nx run web:build`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
