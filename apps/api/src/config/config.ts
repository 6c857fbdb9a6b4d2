import path from 'node:path';

/** Everything the server reads from its environment, validated once at boot. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** The app's own connection (a role without superuser or BYPASSRLS). Unset: embedded PostgreSQL. */
  databaseUrl: string | null;
  /** The schema owner's connection, used only to run migrations. Defaults to databaseUrl. */
  migrationDatabaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  sessionSecret: string | null;
  /** Encrypts two-factor secrets at rest; unset: a key derived from the session secret. */
  twoFactorKey: string | null;
  publicUrl: string | null;
  trustProxy: boolean;
  webDir: string;
  signIn: { maxPerAccount: number; maxPerAddress: number; windowMinutes: number };
  /** Password-reset requests and failed account-link uses (reset, e-mail confirmation). */
  accountLinks: { maxPerAccount: number; maxPerAddress: number; windowMinutes: number };
  invitationTtlHours: number;
  dbPoolSize: number;
  /** pino's level; `silent` writes nothing. */
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  /** `pretty` for a person at a terminal (development), `json` one object per line (production). */
  logFormat: 'pretty' | 'json';
  jobs: JobsConfig;
  mail: MailConfig;
  pdf: PdfConfig;
}

export interface PdfConfig {
  /** Debian's chromium prints documents (HTML → PDF); missing: PDF routes answer 503, the rest works. */
  chromiumPath: string;
  /** Documents printed at once; more wait in a queue. Each print is a browser page (tens of MB). */
  concurrency: number;
  /** Requests waiting for a print slot beyond this answer 503 instead of piling up. */
  queueLimit: number;
  /** Loading one document into the page may take this long. */
  timeoutSeconds: number;
}

export interface JobsConfig {
  /** Work jobs (and run schedules) inside this process; false: only enqueue (a separate `npm run worker` works them). */
  inProcess: boolean;
  /** How often pg-boss expires stuck jobs and archives finished ones. */
  maintenanceSeconds: number;
  /** How often an idle worker looks for new jobs. */
  pollingSeconds: number;
}

export interface MailConfig {
  /** smtp:// or smtps:// with credentials; null: no delivery (development catches mail locally instead). */
  smtpUrl: string | null;
  from: string;
  /** Run the in-process SMTP catcher and the development outbox page at /dev/outbox (never in production). */
  catcher: boolean;
  /** Delivery attempts before a mail is marked failed. */
  maxAttempts: number;
  /** First retry after this many seconds, doubling each time. */
  retryDelaySeconds: number;
  /** Connection, greeting and socket timeout of one SMTP delivery. */
  timeoutSeconds: number;
}

const LOG_LEVELS: readonly AppConfig['logLevel'][] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
const LOG_FORMATS: readonly AppConfig['logFormat'][] = ['pretty', 'json'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** npm scripts run from the project root; paths default relative to it. */
export const PROJECT_ROOT = process.cwd();

type Env = Record<string, string | undefined>;

/** Reads and checks every variable, then reports all problems at once. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const url = (name: string): string | null => {
    const raw = env[name];
    if (raw === undefined || raw === '') return null;
    try {
      const parsed = new URL(raw);
      if (name.includes('DATABASE') && !['postgres:', 'postgresql:'].includes(parsed.protocol)) {
        problems.push(`${name} must be a postgres:// URL`);
      }
      return raw;
    } catch {
      problems.push(`${name} is not a valid URL`);
      return null;
    }
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const envName = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(envName)) {
    problems.push(`NODE_ENV must be development, production or test (got "${envName}")`);
  }
  const production = envName === 'production';
  const databaseUrl = url('DATABASE_URL');
  const sessionSecret = env.SESSION_SECRET || null;
  if (sessionSecret !== null && sessionSecret.length < 32) problems.push('SESSION_SECRET must be at least 32 characters');
  if (production && sessionSecret === null) problems.push('SESSION_SECRET is required when NODE_ENV=production');
  if (production && databaseUrl === null) problems.push('DATABASE_URL is required when NODE_ENV=production');
  const twoFactorKey = env.TWO_FACTOR_KEY || null;
  if (twoFactorKey !== null && twoFactorKey.length < 32) problems.push('TWO_FACTOR_KEY must be at least 32 characters');
  const publicUrl = url('PUBLIC_URL');
  const smtpUrl = url('SMTP_URL');
  if (smtpUrl !== null && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  if (production && smtpUrl === null)
    problems.push('SMTP_URL is required when NODE_ENV=production (invitations and password resets are sent by e-mail)');
  const mailFrom = env.MAIL_FROM || null;
  if (production && mailFrom === null)
    problems.push('MAIL_FROM is required when NODE_ENV=production (e.g. "Common Ground <no-reply@example.org>")');
  // Development without SMTP_URL catches mail locally so a fresh clone shows its invitation mails; tests opt in.
  const catcher = boolean('MAIL_CATCHER', envName === 'development' && smtpUrl === null);
  if (catcher && production) problems.push('MAIL_CATCHER cannot be used when NODE_ENV=production');
  if (catcher && smtpUrl !== null) problems.push('MAIL_CATCHER and SMTP_URL exclude each other: unset one');
  if (env.CHROMIUM_PATH && !path.isAbsolute(env.CHROMIUM_PATH)) problems.push('CHROMIUM_PATH must be an absolute path');
  const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((values as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name} must be one of ${values.join(', ')} (got "${raw}")`);
    return fallback;
  };

  const config: AppConfig = {
    env: envName as AppConfig['env'],
    host: env.HOST || '0.0.0.0',
    port: integer('PORT', 3000, 0, 65535),
    databaseUrl,
    migrationDatabaseUrl: url('MIGRATION_DATABASE_URL') ?? databaseUrl,
    dataDir: path.resolve(env.CG_DATA_DIR || path.join(PROJECT_ROOT, '.data')),
    embeddedPgPort: integer('CG_PG_PORT', 54329, 1024, 65535),
    sessionSecret,
    twoFactorKey,
    publicUrl: publicUrl?.replace(/\/$/, '') ?? null,
    trustProxy: boolean('TRUST_PROXY', false),
    webDir: path.resolve(env.CG_WEB_DIR || path.join(PROJECT_ROOT, 'dist/web')),
    signIn: {
      maxPerAccount: integer('SIGNIN_MAX_PER_ACCOUNT', 5, 1, 1000),
      maxPerAddress: integer('SIGNIN_MAX_PER_ADDRESS', 30, 1, 100000),
      windowMinutes: integer('SIGNIN_WINDOW_MINUTES', 15, 1, 1440),
    },
    accountLinks: {
      maxPerAccount: integer('ACCOUNT_MAX_PER_ACCOUNT', 3, 1, 1000),
      maxPerAddress: integer('ACCOUNT_MAX_PER_ADDRESS', 20, 1, 100000),
      windowMinutes: integer('ACCOUNT_WINDOW_MINUTES', 60, 1, 1440),
    },
    invitationTtlHours: integer('INVITATION_TTL_HOURS', 168, 1, 24 * 90),
    dbPoolSize: integer('DB_POOL_SIZE', 10, 1, 200),
    // Tests stay quiet (warnings and errors only) unless LOG_LEVEL asks for more.
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, envName === 'test' ? 'warn' : 'info'),
    logFormat: oneOf('LOG_FORMAT', LOG_FORMATS, envName === 'development' ? 'pretty' : 'json'),
    jobs: {
      // Tests start many servers; only those that exercise jobs ask for a worker.
      inProcess: boolean('JOBS_IN_PROCESS', envName !== 'test'),
      maintenanceSeconds: integer('JOBS_MAINTENANCE_SECONDS', 60, 1, 3600),
      pollingSeconds: integer('JOBS_POLLING_SECONDS', 2, 1, 60),
    },
    mail: {
      smtpUrl,
      from: mailFrom ?? 'Common Ground <no-reply@localhost>',
      catcher,
      maxAttempts: integer('MAIL_MAX_ATTEMPTS', 5, 1, 20),
      retryDelaySeconds: integer('MAIL_RETRY_DELAY_SECONDS', 60, 1, 3600),
      timeoutSeconds: integer('MAIL_TIMEOUT_SECONDS', 60, 1, 600),
    },
    pdf: {
      chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
      concurrency: integer('PDF_CONCURRENCY', 2, 1, 16),
      queueLimit: integer('PDF_QUEUE_LIMIT', 20, 0, 1000),
      timeoutSeconds: integer('PDF_TIMEOUT_SECONDS', 30, 1, 300),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
