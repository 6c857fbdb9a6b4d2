import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';

export interface TestApp {
  url: string;
  app: NestExpressApplication;
  close(): Promise<void>;
}

export function appDatabaseUrl(): string {
  const url = process.env.CG_TEST_APP_URL;
  if (!url) throw new Error('CG_TEST_APP_URL is not set: the jest globalSetup did not run');
  return url;
}

export function ownerDatabaseUrl(): string {
  const url = process.env.CG_TEST_OWNER_URL;
  if (!url) throw new Error('CG_TEST_OWNER_URL is not set: the jest globalSetup did not run');
  return url;
}

export const TEST_SESSION_SECRET = 'test-session-secret-that-is-long-enough-1234567890';
const SECRET = TEST_SESSION_SECRET;

/** A real HTTP server on a random port, connected as the restricted app role (to the shared test database unless told). */
export async function startTestApp(env: Record<string, string> = {}, databaseUrl = appDatabaseUrl()): Promise<TestApp> {
  // Quiet unless the run asks for lines (LOG_LEVEL=info npm test), whatever NODE_ENV a test sets.
  const logs = { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', LOG_FORMAT: process.env.LOG_FORMAT ?? 'json' };
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    SIGNIN_MAX_PER_ADDRESS: '100000',
    ACCOUNT_MAX_PER_ADDRESS: '100000',
    DB_POOL_SIZE: '4',
    ...logs,
    ...env,
  });
  const app = await createApp(config, databaseUrl, SECRET);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  user: { id: string; email: string; displayName: string } | null = null;

  constructor(public baseUrl: string) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    if (method !== 'GET' && this.csrf === null && !path.endsWith('/auth/session')) await this.session();
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // Only the session cookie: this client is a browser that keeps no device cookie (each sign-in is a new device).
    const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('cg.sid='));
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('json') && text ? (JSON.parse(text) as T) : (text as T);
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrf = (parsed as { csrfToken: string }).csrfToken;
    return { status: response.status, body: parsed, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async session(): Promise<Reply> {
    return this.get('/api/v1/auth/session');
  }

  async signUp(name = 'Tester', email = uniqueEmail(name)): Promise<this> {
    const reply = await this.post('/api/v1/auth/sign-up', { email, password: 'a long enough passphrase', displayName: name });
    if (reply.status !== 201) throw new Error(`sign-up failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    this.user = reply.body.user;
    return this;
  }
}

export function uniqueEmail(name = 'user'): string {
  return `${name.toLowerCase().replace(/[^a-z]/g, '')}-${randomUUID().slice(0, 8)}@example.org`;
}

export const PROCESS_INPUT = {
  title: 'National Security Dialogue',
  purpose: 'Agree a shared view of national security among civil society, police, military and government.',
  level: 'national',
  wheelAreas: ['joint_assessment', 'joint_planning'],
  ownershipTarget: 'dialogue_consultation',
  timezone: 'Africa/Nairobi',
};

export async function createWorkspace(client: Client, name = 'Centre for Dialogue'): Promise<string> {
  const reply = await client.post('/api/v1/workspaces', { name });
  if (reply.status !== 201) throw new Error(`workspace: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.id as string;
}

export async function createProcess(client: Client, workspaceId: string, input: Record<string, unknown> = {}): Promise<any> {
  const reply = await client.post(`/api/v1/workspaces/${workspaceId}/processes`, { ...PROCESS_INPUT, ...input });
  if (reply.status !== 201) throw new Error(`process: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/**
 * The token of an invitation, read from its mail in the outbox as the database owner: this is how an API test
 * "opens the mail" (no process works the shared database's mail queue, so the link stays in the outbox row;
 * mail.spec.ts delivers mail for real, in a database of its own).
 */
export async function invitationToken(invitationId: string): Promise<string> {
  const path = await withOwner(
    async (db) =>
      (
        await db.query<{ path: string | null }>(`select params->>'path' as path from outgoing_mails where dedupe_key = any($1)`, [
          [`workspace-invitation:${invitationId}`, `process-invitation:${invitationId}`],
        ])
      ).rows[0]?.path ?? null,
  );
  if (!path) throw new Error(`No mail for invitation ${invitationId} in the outbox`);
  return path.split('/invitations/')[1];
}

/** Invites the client's person into the workspace and has them accept; returns their user id. */
export async function joinWorkspace(owner: Client, member: Client, workspaceId: string, role = 'member'): Promise<string> {
  const invite = await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email: member.user?.email, role });
  if (invite.status !== 201) throw new Error(`invite: ${invite.status} ${JSON.stringify(invite.body)}`);
  const token = await invitationToken(String(invite.body.id));
  const accept = await member.post(`/api/v1/invitations/${token}/accept`);
  if (accept.status !== 200) throw new Error(`accept: ${accept.status} ${JSON.stringify(accept.body)}`);
  return member.user?.id as string;
}

export async function withOwner<T>(work: (client: pg.Client) => Promise<T>, connectionString = ownerDatabaseUrl()): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function withAppRole<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: appDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
