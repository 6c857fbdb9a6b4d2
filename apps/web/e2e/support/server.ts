import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const WORKSPACE_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../..');
export const SERVER_ENTRY = 'dist/server/apps/api/src/main.js';
const READY_TIMEOUT_MS = 60_000;

declare global {
  /** Set by the global setup, read by the global teardown (they share this context). */
  var cgE2eServer: RunningServer | undefined;
}

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  dataDir: string;
  /** The embedded PostgreSQL as its owner (no row-level security), for tests that seed in bulk. */
  ownerDatabaseUrl: string;
  output: () => string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not pick a free port.'));
      });
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The API server exited (code ${String(child.exitCode)}, signal ${String(child.signalCode)}) before it was ready.\n--- server output ---\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `HTTP ${String(response.status)}: ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `GET ${baseUrl}/api/health did not answer 200 within ${String(READY_TIMEOUT_MS / 1000)} s (last: ${last}).\n--- server output ---\n${output()}`,
  );
}

/** Starts the built server on a free port with its own embedded PostgreSQL in a fresh folder. */
export async function startServer(): Promise<RunningServer> {
  const entry = path.join(WORKSPACE_ROOT, SERVER_ENTRY);
  if (!fs.existsSync(entry)) {
    throw new Error(`${SERVER_ENTRY} is missing: build the API first (npx nx run api:build), and the web app (npx nx run web:build).`);
  }
  if (!fs.existsSync(path.join(WORKSPACE_ROOT, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: build the web app first (npx nx run web:build).');
  }
  const port = await freePort();
  const pgPort = await freePort();
  // Under /tmp (not TMPDIR, not the home folder): the embedded PostgreSQL runs as the `postgres` user and must reach it.
  const dataDir = fs.mkdtempSync(path.join('/tmp', 'cg-web-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  // Mail is caught by the server's development catcher and read back from /dev/outbox (support/mail.ts).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    CG_DATA_DIR: dataDir,
    CG_PG_PORT: String(pgPort),
    NODE_ENV: 'test',
    MAIL_CATCHER: 'true',
    JOBS_IN_PROCESS: 'true',
    JOBS_POLLING_SECONDS: '1',
  };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  delete env.PUBLIC_URL;
  delete env.SMTP_URL;
  const child = spawn(process.execPath, [SERVER_ENTRY], { cwd: WORKSPACE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  const collect = (chunk: Buffer) => {
    chunks.push(chunk.toString());
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const output = () => chunks.join('');
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    await stopServer(child);
    throw error;
  }
  const { ownerPassword } = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { ownerPassword: string };
  const ownerDatabaseUrl = `postgres://postgres:${ownerPassword}@127.0.0.1:${String(pgPort)}/common_ground`;
  return { child, baseUrl, dataDir, ownerDatabaseUrl, output };
}

/** SIGTERM, then wait for the server (and its PostgreSQL) to exit; SIGKILL after 20 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}
