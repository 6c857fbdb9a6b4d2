/**
 * The baseline for the benchmark: the statements the API runs for the process list and the process
 * page, issued in the same order through a bare node:http server and a pg pool of the same size, with
 * no framework. The ratio API throughput / bare throughput is then the cost of everything around the SQL
 * (Nest, Express, helmet, express-session, passport, TypeORM, validation).
 *
 * Per request, as the API does (copied from the code; run.ts checks the counts match with pg_stat_statements):
 *   1. express-session + connect-pg-simple: SELECT sess FROM "sessions" WHERE sid = $1 AND expire >= to_timestamp($2)
 *   2. access.guard.ts (Db.begin): START TRANSACTION; select set_config(...) x3; the membership query
 *   3. the work: processes.repository.ts list(), or find() for the process page
 *   4. transaction.interceptor.ts: COMMIT
 * (No session touch: app.ts creates the store with disableTouch, so reads write nothing.)
 *
 * Env: DATABASE_URL (the app login), PORT, SESSION_SECRET, DB_POOL_SIZE (default 10).
 * Run by scripts/bench/run.ts; not a server to deploy.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { can, type ProcessRole, seesAllProcesses, type WorkspaceRole } from '../../libs/domain/src';

const SESSION_COOKIE = 'cg.sid';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const secret = process.env.SESSION_SECRET ?? '';
if (!process.env.DATABASE_URL || secret.length < 32) {
  console.error('bare-server needs DATABASE_URL and SESSION_SECRET');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10), application_name: 'common-ground-bare-bench' });

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** express-session's signed cookie: "s:" + sid + "." + base64(HMAC-SHA256(secret, sid)) without padding. */
function sessionId(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    const value = decodeURIComponent(rest.join('='));
    if (!value.startsWith('s:')) return null;
    const dot = value.lastIndexOf('.');
    const sid = value.slice(2, dot);
    const expected = Buffer.from(createHmac('sha256', secret).update(sid).digest('base64').replace(/=+$/, ''));
    const given = Buffer.from(value.slice(dot + 1));
    return expected.length === given.length && timingSafeEqual(expected, given) ? sid : null;
  }
  return null;
}

interface Actor {
  id: string;
}

async function loadSession(sid: string): Promise<Actor> {
  const { rows } = await pool.query<{ sess: { passport?: { user?: Actor } } }>(
    'SELECT sess FROM "sessions" WHERE sid = $1 AND expire >= to_timestamp($2)',
    [sid, Math.ceil(Date.now() / 1000)],
  );
  const actor = rows[0]?.sess.passport?.user;
  if (!actor) throw new HttpError(401, 'Sign in to continue.');
  return actor;
}

interface Grants {
  workspaceRole?: WorkspaceRole;
  processRole?: ProcessRole | null;
}

/** Db.begin + AccessGuard.grantsOf, then the work, then COMMIT (or ROLLBACK on any error). */
async function inTransaction<T>(actor: Actor, workspaceId: string, processId: string | null, work: (client: pg.PoolClient, grants: Grants) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    await client.query(
      "select set_config('app.workspace_id', $1, true), set_config('app.user_id', $2, true), set_config('app.invitation_token_hash', $3, true)",
      [workspaceId, actor.id, ''],
    );
    const { rows } = await client.query<{ workspace_role: WorkspaceRole; process_role: ProcessRole | null }>(
      `select wm.role as workspace_role, pm.role as process_role
         from workspace_members wm
         left join process_members pm on pm.process_id = $3 and pm.user_id = wm.user_id
        where wm.workspace_id = $1 and wm.user_id = $2`,
      [workspaceId, actor.id, processId],
    );
    const grants: Grants = rows[0] ? { workspaceRole: rows[0].workspace_role, processRole: rows[0].process_role } : {};
    if (!grants.workspaceRole) throw new HttpError(404, 'No such workspace.');
    if (processId && !can(grants, 'process.view')) throw new HttpError(404, 'No such process.');
    const result = await work(client, grants);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

interface ListRow {
  id: string;
  title: string;
  level: string;
  phase: string;
  status: string;
  updatedAt: Date;
  createdAt: string;
  myRole: ProcessRole | null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

async function list(actor: Actor, workspaceId: string, query: URLSearchParams): Promise<unknown> {
  const limit = query.has('limit') ? Number(query.get('limit')) : 25;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new HttpError(400, 'limit must be 1-100');
  const status = query.get('status') ?? 'active';
  if (status !== 'active' && status !== 'archived') throw new HttpError(400, 'bad status');
  const search = query.get('q') || null;
  if (search && search.length > 200) throw new HttpError(400, 'q too long');
  let after: { createdAt: string; id: string } | null = null;
  const cursor = query.get('cursor');
  if (cursor) {
    const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) throw new HttpError(404, 'bad cursor');
    after = { createdAt, id };
  }
  return inTransaction(actor, workspaceId, null, async (client, grants) => {
    const admin = grants.workspaceRole ? seesAllProcesses(grants.workspaceRole) : false;
    const params: unknown[] = [workspaceId, status, actor.id, limit + 1];
    const where = ['p.workspace_id = $1', 'p.status = $2'];
    if (!admin) where.push('exists (select 1 from process_members m where m.process_id = p.id and m.user_id = $3 offset 0)');
    if (search) {
      params.push(`%${escapeLike(search)}%`);
      where.push(`exists (select 1 where p.title ilike $${params.length} offset 0)`);
    }
    if (after) {
      params.push(after.createdAt, after.id);
      where.push(`(p.created_at, p.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const { rows } = await client.query<ListRow>(
      `select p.id, p.title, p.level, p.phase, p.status, p.updated_at as "updatedAt",
              to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAt",
              (select m.role from process_members m where m.process_id = p.id and m.user_id = $3) as "myRole"
         from processes p
        where ${where.join(' and ')}
        order by p.created_at desc, p.id desc
        limit $4`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(({ createdAt: _createdAt, updatedAt, ...row }) => ({ ...row, updatedAt: updatedAt.toISOString() })),
      nextCursor: rows.length > limit && last ? Buffer.from(`${last.createdAt}|${last.id}`).toString('base64url') : null,
    };
  });
}

interface ProcessRow {
  id: string;
  workspace_id: string;
  title: string;
  purpose: string | null;
  level: string;
  wheel_areas: string[];
  ownership_target: string;
  timezone: string;
  phase: string;
  status: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
}

async function processPage(actor: Actor, workspaceId: string, processId: string): Promise<unknown> {
  return inTransaction(actor, workspaceId, processId, async (client, grants) => {
    const { rows } = await client.query<ProcessRow>(
      `select id, workspace_id, title, purpose, level, wheel_areas, ownership_target, timezone, phase, status, version,
              created_by, created_at, updated_at, archived_at
         from processes where workspace_id = $1 and id = $2 limit 1`,
      [workspaceId, processId],
    );
    const p = rows[0];
    if (!p) throw new HttpError(404, 'No such process.');
    return {
      id: p.id,
      workspaceId: p.workspace_id,
      title: p.title,
      purpose: p.purpose,
      level: p.level,
      wheelAreas: p.wheel_areas,
      ownershipTarget: p.ownership_target,
      timezone: p.timezone,
      phase: p.phase,
      status: p.status,
      version: p.version,
      createdAt: p.created_at.toISOString(),
      updatedAt: p.updated_at.toISOString(),
      archivedAt: p.archived_at?.toISOString() ?? null,
      myRole: grants.processRole ?? null,
      workspaceRole: grants.workspaceRole ?? 'member',
    };
  });
}

const ROUTE = /^\/api\/v1\/workspaces\/([^/]+)\/processes(?:\/([^/]+))?$/;

const server = http.createServer((request, response) => {
  const send = (status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
    response.end(text);
  };
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return send(200, { status: 'ok' });
  const match = ROUTE.exec(url.pathname);
  if (request.method !== 'GET' || !match) return send(404, { title: 'Not found' });
  const [, workspaceId, processId] = match;
  const sid = sessionId(request.headers.cookie);
  (async () => {
    if (!sid) throw new HttpError(401, 'Sign in to continue.');
    const actor = await loadSession(sid);
    if (!UUID.test(workspaceId) || (processId !== undefined && !UUID.test(processId))) throw new HttpError(404, 'Not found.');
    const body = processId ? await processPage(actor, workspaceId.toLowerCase(), processId.toLowerCase()) : await list(actor, workspaceId.toLowerCase(), url.searchParams);
    send(200, body);
  })().catch((error: unknown) => {
    if (error instanceof HttpError) send(error.status, { title: error.message, status: error.status });
    else {
      console.error(error);
      send(500, { title: 'Internal error', status: 500 });
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`bare server listening on ${address.port}`);
});
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
