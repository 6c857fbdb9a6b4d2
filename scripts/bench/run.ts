/**
 * `npm run bench`: measures the process list, the process page and the stakeholder map against a large data set.
 *
 * 1. Starts a throw-away embedded PostgreSQL in a temp folder, migrates, creates the app login.
 * 2. Seeds with set-based SQL (default: 1,000 workspaces, 1,000,000 processes, one workspace of 10,000, and
 *    one process of it with 500 stakeholders and 2,000 relationships), and
 *    fills it with what the Implement phase tracks (scripts/bench/seed-implement.ts: 1,000 participants,
 *    5,000 actions, 500 milestones, 200 meetings with their invitations and attendance) for the dashboard.
 * 3. Restarts PostgreSQL with durable settings and pg_stat_statements loaded.
 * 4. Starts the API as a child process (so the load generator is a different process from the server),
 *    signs in over HTTP, counts SQL statements per request, then drives autocannon at each endpoint.
 * 5. Does the same against scripts/bench/bare-server.ts (the same SQL, no framework) and prints the ratio.
 * 6. Prints a table with the budgets of design.md §7 and writes .bench/results.json.
 * Everything it started is stopped and the temp folder removed, also on failure or Ctrl-C.
 *
 * Knobs (env): CG_BENCH_WORKSPACES (1000), CG_BENCH_PROCESSES (1000000), CG_BENCH_LARGE_WORKSPACE (10000),
 * CG_BENCH_CONNECTIONS (32), CG_BENCH_SECONDS (10), CG_BENCH_WARMUP (2), CG_BENCH_COUNT_REQUESTS (200).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { ensureAppLogin, runMigrations, urlWithCredentials } from '../../apps/api/src/migrate';
import { findPort } from '../lib/ports';
import { type SeedResult, seedBench } from './seed';
import { MAP_RELATIONSHIPS, MAP_STAKEHOLDERS, seedStakeholderMap } from './seed-stakeholders';
import { seedImplement } from './seed-implement';

const APP_LOGIN = 'common_ground_app';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return value;
}

const SETTINGS = {
  workspaces: intEnv('CG_BENCH_WORKSPACES', 1000),
  processes: intEnv('CG_BENCH_PROCESSES', 1_000_000),
  largeWorkspace: intEnv('CG_BENCH_LARGE_WORKSPACE', 10_000),
  connections: intEnv('CG_BENCH_CONNECTIONS', 32),
  seconds: intEnv('CG_BENCH_SECONDS', 10),
  warmupSeconds: intEnv('CG_BENCH_WARMUP', 2),
  countRequests: intEnv('CG_BENCH_COUNT_REQUESTS', 200),
  poolSize: 10,
};

/** design.md §7, on a 2-core machine. */
const BUDGETS = {
  list: { p95Ms: 30, text: 'paginated lists with 1,000,000 rows across 1,000 workspaces: p95 ≤ 30 ms' },
  process: { p95Ms: 50, text: 'process dashboard API, 32 concurrent clients: p95 ≤ 50 ms, SQL per request independent of size (stand-in: process page)' },
  map: {
    p95Ms: 250,
    text: 'stakeholder map, 500 stakeholders and 2,000 relationships in one answer: design.md §7 sets no budget; ours is p95 ≤ 250 ms at 32 clients, SQL per request independent of size',
  },
  dashboard: {
    p95Ms: 50,
    text: 'process dashboard API for a large process (1,000 participants, 5,000 actions, 500 milestones, 200 meetings), 32 concurrent clients: p95 ≤ 50 ms, SQL per request independent of size',
  },
} as const;
type BudgetKey = keyof typeof BUDGETS;

const log = (line = '') => console.log(line);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- cleanup, also on failure and Ctrl-C

const children = new Set<ChildProcess>();
let tempDir: string | null = null;
let database: EmbeddedDatabase | null = null;

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    children.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!killed) {
    child.kill('SIGKILL');
    await exited;
  }
  children.delete(child);
}

async function cleanup(): Promise<void> {
  for (const child of [...children]) await stopChild(child).catch(() => undefined);
  if (database) {
    const db = database;
    database = null;
    await db.stop().catch((error: unknown) => console.error('Could not stop PostgreSQL:', error));
  }
  if (tempDir) {
    fs.rmSync(tempDir, { recursive: true, force: true });
    tempDir = null;
  }
}

// Last resort when the process exits without running cleanup (embedded-postgres stops its server itself).
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping servers and removing the temp folder…`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- child servers

interface Child {
  process: ChildProcess;
  output: string[];
  base: string;
}

async function startChild(name: string, script: string, env: Record<string, string>, healthPath: string): Promise<Child> {
  const port = await findPort();
  const child = spawn(process.execPath, [script], {
    cwd: process.cwd(),
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${output.join('')}`);
    try {
      const response = await fetch(base + healthPath);
      if (response.ok) return { process: child, output, base };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${name} did not answer ${healthPath} within 90 s:\n${output.join('')}`);
}

// ---------------------------------------------------------------- HTTP helpers

function sessionCookie(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('cg.sid='));
  return cookie ? cookie.split(';')[0] : null;
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const first = await fetch(`${base}/api/v1/auth/session`);
  const anonymous = sessionCookie(first);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  if (!anonymous) throw new Error('GET /api/v1/auth/session set no cg.sid cookie');
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: anonymous },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  return sessionCookie(response) ?? anonymous;
}

/** One session per load-generator connection. */
async function signInMany(base: string, email: string, password: string, count: number): Promise<string[]> {
  const sessions: string[] = [];
  for (let i = 0; i < count; i += 1) sessions.push(await signIn(base, email, password));
  if (new Set(sessions).size !== count) throw new Error('Sign-in returned the same session twice.');
  return sessions;
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const response = await fetch(url, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

interface ListPage {
  items: { id: string; title: string; myRole: string | null }[];
  nextCursor: string | null;
}

// ---------------------------------------------------------------- SQL statement counting

interface StatementCount {
  perRequest: number;
  /** PostgreSQL execution time per request (planning excluded), measured on the quiet server. */
  executionMsPerRequest: number;
  requests: number;
  breakdown: { perRequest: number; meanMs: number; query: string }[];
}

/**
 * pg_stat_statements (loaded through shared_preload_libraries) counts every statement the server
 * completes, utility statements (START TRANSACTION, COMMIT) included. Only the app login's statements
 * count (the bench's own queries run as the owner); the snapshot is taken before and after a fixed number
 * of sequential requests, so no other traffic is mixed in.
 */
class StatementCounter {
  constructor(
    private readonly owner: pg.Client,
    private readonly roleOid: number,
  ) {}

  private async snapshot(): Promise<Map<string, { query: string; calls: number; ms: number }>> {
    const { rows } = await this.owner.query<{ queryid: string; query: string; calls: string; ms: number }>(
      `select queryid::text as queryid, query, calls::text as calls, total_exec_time as ms from pg_stat_statements
        where userid = $1 and dbid = (select oid from pg_database where datname = current_database())`,
      [this.roleOid],
    );
    return new Map(rows.map((row) => [row.queryid, { query: row.query, calls: Number(row.calls), ms: Number(row.ms) }]));
  }

  /** Waits until the server has finished the requests a load run left in flight. */
  async quiesce(): Promise<void> {
    let last = -1;
    for (let i = 0; i < 50; i += 1) {
      const { rows } = await this.owner.query<{ calls: string }>('select coalesce(sum(calls), 0)::text as calls from pg_stat_statements where userid = $1', [this.roleOid]);
      const calls = Number(rows[0].calls);
      if (calls === last) return;
      last = calls;
      await sleep(300);
    }
  }

  async count(url: string, cookie: string, requests: number): Promise<StatementCount> {
    await this.quiesce();
    const before = await this.snapshot();
    for (let i = 0; i < requests; i += 1) {
      const response = await fetch(url, { headers: { cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status} while counting statements`);
    }
    await sleep(300);
    const after = await this.snapshot();
    let total = 0;
    let totalMs = 0;
    const breakdown: StatementCount['breakdown'] = [];
    for (const [id, { query, calls, ms }] of after) {
      const delta = calls - (before.get(id)?.calls ?? 0);
      if (delta <= 0) continue;
      const deltaMs = ms - (before.get(id)?.ms ?? 0);
      total += delta;
      totalMs += deltaMs;
      breakdown.push({ perRequest: delta / requests, meanMs: deltaMs / delta, query: query.replace(/\s+/g, ' ').trim() });
    }
    breakdown.sort((a, b) => b.perRequest - a.perRequest || b.meanMs - a.meanMs);
    return { perRequest: total / requests, executionMsPerRequest: totalMs / requests, requests, breakdown };
  }
}

// ---------------------------------------------------------------- load

interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * autocannon from this process; percentiles from every 2xx response's time as autocannon measured it.
 * Each connection carries its own session, as 32 people would.
 */
function load(url: string, sessions: string[], seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let non2xx = 0;
    const started = process.hrtime.bigint();
    let next = 0;
    const setupClient = (client: autocannon.Client) => {
      client.setHeaders({ cookie: sessions[next % sessions.length] });
      next += 1;
    };
    const instance = autocannon({ url, connections: SETTINGS.connections, duration: seconds, setupClient, timeout: 30 }, (error: unknown, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(`autocannon failed: ${JSON.stringify(error)}`));
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      times.sort((a, b) => a - b);
      resolve({
        p50: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        p99: percentile(times, 0.99),
        mean: times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length),
        max: times[times.length - 1] ?? Number.NaN,
        requestsPerSecond: times.length / elapsed,
        requests: times.length + non2xx,
        non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        seconds: elapsed,
      });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
      else non2xx += 1;
    });
  });
}

// ---------------------------------------------------------------- the run

/**
 * The measured process gets the dashboard's large data: design.md §7's 1,000 participants, 5,000 actions, 500 milestones,
 * and issue 12's 200 meetings with their invitations and attendance.
 */
async function seedImplementProcess(ownerUrl: string, seed: SeedResult): Promise<Record<string, number>> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ id: string }>('select id from users where email_key = $1', [seed.ownerEmail]);
    return await seedImplement(owner, {
      workspaceId: seed.workspaceId,
      processId: seed.processId,
      userId: rows[0].id,
      plans: 20,
      actionsPerPlan: 250,
      milestonesPerPlan: 25,
      participants: 1000,
      meetings: 200,
    });
  } finally {
    await owner.end();
  }
}

interface Endpoint {
  name: string;
  path: string;
  cookie: 'owner' | 'member';
  budget: BudgetKey;
  bare: boolean;
}

interface Measurement {
  endpoint: string;
  server: 'api' | 'bare';
  path: string;
  budget: BudgetKey;
  load: LoadResult;
  statements: StatementCount | null;
  /** Size of one response body, uncompressed. */
  bytes: number;
  /** 1-minute load average right after the run: other work on the machine shows here. */
  loadAverage1m: number;
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

async function main(): Promise<void> {
  const runStarted = Date.now();
  const distScripts = __dirname;
  const apiMain = path.resolve(distScripts, '../../apps/api/src/main.js');
  const bareMain = path.join(distScripts, 'bare-server.js');
  for (const file of [apiMain, bareMain]) if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run bench\` (it builds first).`);

  const loadAtStart = os.loadavg();
  log(
    `Common Ground benchmark — ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ` +
      `load average ${loadAtStart.map((n) => n.toFixed(2)).join(' ')}`,
  );
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-bench-'));
  const pgPort = await findPort();
  log(`Embedded PostgreSQL in ${tempDir} on port ${pgPort}`);
  database = await startEmbeddedPostgres({ dataDir: tempDir, port: pgPort, fast: true });
  await runMigrations(database.ownerUrl);
  await ensureAppLogin(database.ownerUrl, APP_LOGIN, database.secrets.appPassword);

  log(`Seeding (${SETTINGS.workspaces} workspaces, ${SETTINGS.processes} processes, large workspace ${SETTINGS.largeWorkspace})…`);
  const seed: SeedResult = await seedBench(
    database.ownerUrl,
    { workspaces: SETTINGS.workspaces, processes: SETTINGS.processes, largeWorkspace: SETTINGS.largeWorkspace, password: randomBytes(12).toString('hex') },
    log,
  );
  Object.assign(seed.counts, await seedStakeholderMap(database.ownerUrl, seed.workspaceId, seed.processId));
  log(`Seeded in ${fmt(seed.seconds.total)} s: ${Object.entries(seed.counts).map(([table, count]) => `${table} ${count.toLocaleString('en')}`).join(', ')}`);
  const implementStarted = Date.now();
  const implementCounts = await seedImplementProcess(database.ownerUrl, seed);
  log(`Seeded the measured process's Implement data in ${fmt((Date.now() - implementStarted) / 1000)} s: ${Object.entries(implementCounts).map(([table, count]) => `${table} ${count.toLocaleString('en')}`).join(', ')}`);

  // Measure with durable settings (the seed ran with fsync off) and with pg_stat_statements loaded.
  let counting = 'pg_stat_statements';
  {
    const owner = new pg.Client({ connectionString: database.ownerUrl });
    await owner.connect();
    await owner.query("alter system set shared_preload_libraries = 'pg_stat_statements'");
    await owner.end();
    await database.stop();
    database = null;
    try {
      database = await startEmbeddedPostgres({ dataDir: tempDir, port: pgPort });
      const check = new pg.Client({ connectionString: database.ownerUrl });
      await check.connect();
      try {
        await check.query('create extension if not exists pg_stat_statements');
        await check.query('select pg_stat_statements_reset()');
      } finally {
        await check.end();
      }
    } catch (error) {
      // Without the library PostgreSQL would not start with that setting: drop it and measure without counts.
      counting = `unavailable (${error instanceof Error ? error.message : String(error)})`;
      if (database) await database.stop();
      const autoConf = path.join(tempDir, 'postgres', 'postgresql.auto.conf');
      fs.writeFileSync(autoConf, fs.readFileSync(autoConf, 'utf8').replace(/^shared_preload_libraries.*$/m, ''));
      database = await startEmbeddedPostgres({ dataDir: tempDir, port: pgPort });
    }
  }
  const ownerUrl = database.ownerUrl;
  const appUrl = urlWithCredentials(ownerUrl, APP_LOGIN, database.secrets.appPassword);
  const owner = new pg.Client({ connectionString: ownerUrl });
  // On Ctrl-C embedded-postgres stops the server under this connection: that is not an error to crash on.
  owner.on('error', (error) => console.error(`PostgreSQL connection closed: ${error.message}`));
  await owner.connect();
  const pgVersion = (await owner.query<{ server_version: string }>('show server_version')).rows[0].server_version;
  const roleOid = Number((await owner.query<{ oid: number }>('select oid from pg_roles where rolname = $1', [APP_LOGIN])).rows[0].oid);
  const counter = counting === 'pg_stat_statements' ? new StatementCounter(owner, roleOid) : null;

  const sessionSecret = randomBytes(32).toString('hex');
  const measurements: Measurement[] = [];
  try {
    log('Starting the API (child process)…');
    const api = await startChild(
      'API',
      apiMain,
      {
        NODE_ENV: 'development',
        DATABASE_URL: appUrl,
        MIGRATION_DATABASE_URL: ownerUrl,
        SESSION_SECRET: sessionSecret,
        DB_POOL_SIZE: String(SETTINGS.poolSize),
        CG_DATA_DIR: path.join(tempDir, 'unused'),
      },
      '/api/health',
    );
    log(`Signing in ${SETTINGS.connections} sessions for each of two users…`);
    const sessions = {
      owner: await signInMany(api.base, seed.ownerEmail, seed.password, SETTINGS.connections),
      member: await signInMany(api.base, seed.memberEmail, seed.password, SETTINGS.connections),
    };
    const cookies = { owner: sessions.owner[0], member: sessions.member[0] };
    const w = seed.workspaceId;
    const listPath = `/api/v1/workspaces/${w}/processes`;

    // Correctness checks, and the cursors for the later pages.
    const first = await getJson<ListPage>(`${api.base}${listPath}?limit=25`, cookies.owner);
    if (first.items.length !== 25 || !first.nextCursor) throw new Error('The first page does not hold 25 processes and a next cursor.');
    let deepCursor = first.nextCursor;
    let walked = 25;
    const deepTarget = Math.floor(seed.counts.largeWorkspaceProcesses * 0.8);
    while (walked < deepTarget) {
      const page = await getJson<ListPage>(`${api.base}${listPath}?limit=100&cursor=${deepCursor}`, cookies.owner);
      if (!page.nextCursor) break;
      walked += page.items.length;
      deepCursor = page.nextCursor;
    }
    const search = await getJson<ListPage>(`${api.base}${listPath}?limit=25&q=${seed.searchTerm}`, cookies.owner);
    if (search.items.length === 0 || search.items.some((item) => !item.title.toLowerCase().includes(seed.searchTerm))) throw new Error('The search answered wrong items.');
    const mine = await getJson<ListPage>(`${api.base}${listPath}?limit=25`, cookies.member);
    if (mine.items.length === 0 || mine.items.some((item) => item.myRole !== 'participant')) throw new Error("The member's list holds processes they do not take part in.");
    const processPath = `${listPath}/${seed.processId}`;
    const transitions = await getJson<{ items: unknown[] }>(`${api.base}${processPath}/transitions`, cookies.owner);
    if (transitions.items.length !== 5) throw new Error(`Expected 5 transitions, got ${transitions.items.length}.`);
    const stakeholderMap = await getJson<{ stakeholders: unknown[]; relationships: unknown[] }>(`${api.base}${processPath}/stakeholder-map`, cookies.owner);
    if (stakeholderMap.stakeholders.length !== MAP_STAKEHOLDERS || stakeholderMap.relationships.length !== MAP_RELATIONSHIPS) {
      throw new Error(`Expected a map of ${MAP_STAKEHOLDERS} / ${MAP_RELATIONSHIPS}, got ${stakeholderMap.stakeholders.length} / ${stakeholderMap.relationships.length}.`);
    }
    const dashboard = await getJson<{ overdueActions: { total: number; items: unknown[] }; plans: { total: number }; upcomingMeetings: { total: number } }>(`${api.base}${processPath}/dashboard`, cookies.owner);
    if (dashboard.overdueActions.items.length !== 10 || dashboard.plans.total !== 20) throw new Error('The dashboard does not show the seeded plans and actions.');
    if (dashboard.upcomingMeetings.total === 0) throw new Error('The dashboard does not show the seeded meetings.');

    const endpoints: Endpoint[] = [
      { name: 'list, first page', path: `${listPath}?limit=25`, cookie: 'owner', budget: 'list', bare: true },
      { name: 'list, page 2 (cursor)', path: `${listPath}?limit=25&cursor=${first.nextCursor}`, cookie: 'owner', budget: 'list', bare: true },
      { name: `list, deep page (after ${walked.toLocaleString('en')} rows)`, path: `${listPath}?limit=25&cursor=${deepCursor}`, cookie: 'owner', budget: 'list', bare: false },
      { name: `list, search q=${seed.searchTerm}`, path: `${listPath}?limit=25&q=${seed.searchTerm}`, cookie: 'owner', budget: 'list', bare: true },
      { name: "list, a member's view", path: `${listPath}?limit=25`, cookie: 'member', budget: 'list', bare: false },
      { name: 'process page', path: processPath, cookie: 'owner', budget: 'process', bare: true },
      { name: 'process readiness', path: `${processPath}/readiness`, cookie: 'owner', budget: 'process', bare: false },
      { name: 'process transitions (5)', path: `${processPath}/transitions`, cookie: 'owner', budget: 'process', bare: false },
      { name: `stakeholder map (${MAP_STAKEHOLDERS} / ${MAP_RELATIONSHIPS.toLocaleString('en')})`, path: `${processPath}/stakeholder-map`, cookie: 'owner', budget: 'map', bare: false },
      { name: 'process dashboard (5,000 actions)', path: `${processPath}/dashboard`, cookie: 'owner', budget: 'dashboard', bare: false },
    ];

    /** Statements first, on a quiet server; then a warm-up and the measured run for each endpoint. */
    const measureAll = async (server: 'api' | 'bare', base: string, list: Endpoint[]) => {
      const statements = new Map<string, StatementCount | null>();
      for (const endpoint of list) statements.set(endpoint.name, counter ? await counter.count(base + endpoint.path, cookies[endpoint.cookie], SETTINGS.countRequests) : null);
      for (const endpoint of list) {
        const url = base + endpoint.path;
        const bytes = (await (await fetch(url, { headers: { cookie: cookies[endpoint.cookie] } })).arrayBuffer()).byteLength;
        await load(url, sessions[endpoint.cookie], SETTINGS.warmupSeconds);
        const result = await load(url, sessions[endpoint.cookie], SETTINGS.seconds);
        const count = statements.get(endpoint.name) ?? null;
        measurements.push({ endpoint: endpoint.name, server, path: endpoint.path, budget: endpoint.budget, load: result, statements: count, bytes, loadAverage1m: os.loadavg()[0] });
        log(
          `  ${server.padEnd(4)} ${endpoint.name.padEnd(36)} p95 ${fmt(result.p95).padStart(6)} ms  ${fmt(result.requestsPerSecond, 0).padStart(6)} req/s` +
            (count ? `  ${fmt(count.perRequest, 2)} SQL/req` : ''),
        );
        if (counter) await counter.quiesce();
        else await sleep(1000);
      }
    };

    log(`Load: ${SETTINGS.connections} connections, ${SETTINGS.warmupSeconds} s warm-up + ${SETTINGS.seconds} s per endpoint`);
    await measureAll('api', api.base, endpoints);
    const apiAnswers = new Map<string, unknown>();
    for (const endpoint of endpoints.filter((e) => e.bare)) apiAnswers.set(endpoint.name, await getJson<unknown>(api.base + endpoint.path, cookies[endpoint.cookie]));
    await stopChild(api.process);

    log('Starting the bare node:http + pg server (child process)…');
    const bare = await startChild('bare server', bareMain, { DATABASE_URL: appUrl, SESSION_SECRET: sessionSecret, DB_POOL_SIZE: String(SETTINGS.poolSize) }, '/health');
    // The bare server must answer what the API answered, or the comparison means nothing.
    const sameAnswers: Record<string, boolean> = {};
    for (const endpoint of endpoints.filter((e) => e.bare)) {
      const bareBody = await getJson<unknown>(bare.base + endpoint.path, cookies[endpoint.cookie]);
      sameAnswers[endpoint.name] = JSON.stringify(bareBody) === JSON.stringify(apiAnswers.get(endpoint.name));
    }
    await measureAll('bare', bare.base, endpoints.filter((e) => e.bare));
    await stopChild(bare.process);

    // ------------------------------------------------------------ report
    const api_ = (name: string) => measurements.find((m) => m.endpoint === name && m.server === 'api');
    const bare_ = (name: string) => measurements.find((m) => m.endpoint === name && m.server === 'bare');
    const ratios = endpoints
      .filter((e) => e.bare)
      .map((e) => {
        const a = api_(e.name);
        const b = bare_(e.name);
        return {
          endpoint: e.name,
          apiRequestsPerSecond: a?.load.requestsPerSecond ?? Number.NaN,
          bareRequestsPerSecond: b?.load.requestsPerSecond ?? Number.NaN,
          ratio: a && b ? a.load.requestsPerSecond / b.load.requestsPerSecond : Number.NaN,
          apiStatementsPerRequest: a?.statements?.perRequest ?? null,
          bareStatementsPerRequest: b?.statements?.perRequest ?? null,
          sameAnswer: sameAnswers[e.name] ?? false,
        };
      });

    const header = ['endpoint', 'server', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'non-2xx', 'errors', 'SQL/req', 'DB ms/req', 'bytes', 'budget p95', 'within'];
    const rows = measurements.map((m) => {
      const budget = BUDGETS[m.budget].p95Ms;
      const failed = m.load.non2xx > 0 || m.load.errors > 0 || m.load.timeouts > 0;
      return [
        m.endpoint,
        m.server,
        fmt(m.load.p50),
        fmt(m.load.p95),
        fmt(m.load.p99),
        fmt(m.load.requestsPerSecond, 0),
        String(m.load.non2xx),
        String(m.load.errors + m.load.timeouts),
        m.statements ? fmt(m.statements.perRequest, 2) : 'n/a',
        m.statements ? fmt(m.statements.executionMsPerRequest, 2) : 'n/a',
        m.bytes.toLocaleString('en'),
        m.server === 'api' ? `≤ ${budget}${m.budget === 'process' ? '*' : m.budget === 'map' ? '†' : m.budget === 'dashboard' ? '‡' : ''}` : '',
        m.server === 'api' ? (failed ? 'FAILED' : m.load.p95 <= budget ? 'yes' : 'NO') : '',
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    log('');
    log(`Results — ${SETTINGS.connections} connections, ${SETTINGS.seconds} s each, API and bare server each with a pool of ${SETTINGS.poolSize}`);
    log(line(header));
    log(widths.map((n) => '-'.repeat(n)).join('  '));
    for (const row of rows) log(line(row));
    log('');
    log('Budgets (design.md §7, 2-core machine):');
    log(`  list endpoints: ${BUDGETS.list.text}`);
    log(`  * ${BUDGETS.process.text}`);
    log(`  † ${BUDGETS.map.text}`);
    log(`  ‡ ${BUDGETS.dashboard.text}`);
    log(
      `  With ${SETTINGS.connections} closed-loop connections the mean latency is ${SETTINGS.connections} / throughput (Little's law): ` +
        `p95 ≤ ${BUDGETS.list.p95Ms} ms needs at least ${fmt(SETTINGS.connections / (BUDGETS.list.p95Ms / 1000), 0)} req/s, p95 ≤ ${BUDGETS.process.p95Ms} ms at least ${fmt(SETTINGS.connections / (BUDGETS.process.p95Ms / 1000), 0)} req/s.`,
    );
    log('');
    log('Throughput of the API relative to the same SQL through a bare node:http + pg server:');
    for (const r of ratios) {
      log(
        `  ${r.endpoint.padEnd(30)} ${fmt(r.apiRequestsPerSecond, 0).padStart(6)} / ${fmt(r.bareRequestsPerSecond, 0).padStart(6)} req/s = ${fmt(r.ratio, 2)}` +
          `  (SQL/req ${r.apiStatementsPerRequest === null ? 'n/a' : fmt(r.apiStatementsPerRequest, 2)} vs ${r.bareStatementsPerRequest === null ? 'n/a' : fmt(r.bareStatementsPerRequest, 2)}` +
          `${r.sameAnswer ? ', same JSON' : ', DIFFERENT JSON'})`,
      );
    }
    const mismatched = ratios.filter((r) => r.apiStatementsPerRequest !== null && r.bareStatementsPerRequest !== null && Math.abs(r.apiStatementsPerRequest - r.bareStatementsPerRequest) > 0.05);
    if (mismatched.length > 0 || ratios.some((r) => !r.sameAnswer)) {
      log('  WARNING: the bare server no longer runs the same SQL or answers the same JSON as the API; update scripts/bench/bare-server.ts.');
    }
    for (const [title, name] of [
      ['the process list', 'list, first page'],
      ['the stakeholder map', endpoints.find((endpoint) => endpoint.budget === 'map')?.name ?? ''],
      ['the process dashboard', endpoints.find((endpoint) => endpoint.budget === 'dashboard')?.name ?? ''],
    ] as const) {
      const statements = api_(name)?.statements;
      if (!statements) continue;
      log('');
      log(`SQL per request of ${title} (API), from pg_stat_statements over ${statements.requests} sequential requests:`);
      for (const s of statements.breakdown) log(`  ${fmt(s.perRequest, 2)} × ${fmt(s.meanMs, 3).padStart(7)} ms  ${s.query.length > 100 ? `${s.query.slice(0, 97)}…` : s.query}`);
    }
    log('');
    log(
      `Statements counted with ${counting === 'pg_stat_statements' ? `pg_stat_statements (track=top, utility statements included): calls by the app login, before/after ${SETTINGS.countRequests} sequential requests per endpoint, divided by ${SETTINGS.countRequests}` : counting}.`,
    );
    if (counter) log('DB ms/req: PostgreSQL execution time (total_exec_time, planning excluded) per request over the same sequential requests, i.e. without load.');
    log(
      `Data: ${Object.entries(seed.counts).map(([table, count]) => `${table} ${count.toLocaleString('en')}`).join(', ')}; seeded in ${fmt(seed.seconds.total)} s (fsync off while seeding; measured with PostgreSQL ${pgVersion} defaults, fsync on).`,
    );
    const loads = measurements.map((m) => m.loadAverage1m);
    log(
      `Load generator (autocannon), server and PostgreSQL share this machine's ${os.cpus().length} CPU(s); 1-minute load average ` +
        `${fmt(loadAtStart[0], 2)} at start, ${fmt(Math.min(...loads), 2)}-${fmt(Math.max(...loads), 2)} after the runs (other work on the machine skews the figures).`,
    );

    const results = {
      generatedAt: new Date().toISOString(),
      machine: { loadAverageAtStart: loadAtStart, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGiB: os.totalmem() / 2 ** 30, node: process.version, platform: `${os.platform()} ${os.release()}`, postgres: pgVersion },
      settings: SETTINGS,
      data: { counts: seed.counts, implementCounts, seedSeconds: seed.seconds, searchTerm: seed.searchTerm },
      statementCounting: counting,
      budgets: BUDGETS,
      measurements: measurements.map((m) => ({
        ...m,
        withinBudget: m.server === 'api' ? m.load.p95 <= BUDGETS[m.budget].p95Ms && m.load.non2xx === 0 && m.load.errors === 0 : null,
      })),
      ratios,
      totalSeconds: (Date.now() - runStarted) / 1000,
    };
    const outDir = path.join(process.cwd(), '.bench');
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    log(`Wrote ${path.join(outDir, 'results.json')} (whole run ${fmt(results.totalSeconds, 0)} s).`);
  } finally {
    await owner.end().catch(() => undefined);
  }
}

main()
  .then(() => cleanup())
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanup();
    process.exitCode = 1;
  });
