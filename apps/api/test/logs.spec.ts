import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/app';
import { createLogger } from '../src/common/logging';
import { loadConfig } from '../src/config/config';
import { appDatabaseUrl, Client, createWorkspace, uniqueEmail, invitationToken } from './harness';

/** A pino destination (a real stream, as pino-pretty needs one) that keeps every line written to it. */
class Capture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.lines.push(
      ...String(chunk)
        .split('\n')
        .filter((line) => line.length > 0),
    );
    done();
  }
  get records(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
  since(mark: number): Record<string, unknown>[] {
    return this.records.slice(mark);
  }
}

/** Lets pino-http write the line of a request that just ended (it logs on the response's 'finish'). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const SECRET = 'log-test-session-secret-that-is-long-enough-0123';

describe('request logs (nestjs-pino)', () => {
  const capture = new Capture();
  let app: NestExpressApplication;
  let url: string;
  let startupLines: string[];

  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', LOG_FORMAT: 'json', DB_POOL_SIZE: '2' });
    app = await createApp(config, appDatabaseUrl(), SECRET, { logDestination: capture });
    await app.listen(0, '127.0.0.1');
    startupLines = [...capture.lines];
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(() => app.close());

  it('starts without listing every module and route', () => {
    expect(startupLines.length).toBeLessThanOrEqual(5);
    expect(startupLines.join('\n')).not.toMatch(/Mapped \{|RouterExplorer|RoutesResolver|InstanceLoader/);
  });

  it('writes one JSON line per request, with the id the caller sent, echoed back', async () => {
    const mark = capture.lines.length;
    const response = await fetch(`${url}/api/health`, { headers: { 'X-Request-Id': 'trace-2026.12:abc-1' } });
    expect(response.headers.get('x-request-id')).toBe('trace-2026.12:abc-1');
    await settle();
    const lines = capture.since(mark);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      reqId: 'trace-2026.12:abc-1',
      req: { method: 'GET', url: '/api/health' },
      res: { statusCode: 200 },
    });
    expect(lines[0].msg).toMatch(/^GET \/api\/health 200 \d+ ms$/);
  });

  it('replaces an unsafe or oversized request id with a fresh uuid', async () => {
    for (const hostile of ['x'.repeat(200), 'a b', '<script>', 'amina@example.org']) {
      const mark = capture.lines.length;
      const response = await fetch(`${url}/api/health`, { headers: { 'X-Request-Id': hostile } });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      await settle();
      expect(capture.since(mark).map((line) => line.reqId)).toEqual([id]);
    }
  });

  it('never writes a password, a cookie, a CSRF token, an invitation token or an e-mail address', async () => {
    const mark = capture.lines.length;
    const email = uniqueEmail('Secretive');
    const password = 'correct horse battery staple 42';
    const client = new Client(url);
    const signUp = await client.post('/api/v1/auth/sign-up', { email, password, displayName: 'Secretive' });
    expect(signUp.status).toBe(201);
    const signIn = await new Client(url).post('/api/v1/auth/sign-in', { email, password: `${password} wrong` });
    expect(signIn.status).toBe(401);
    const workspaceId = await createWorkspace(client);
    const guest = uniqueEmail('Guest');
    const invitation = await client.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email: guest, role: 'member' });
    expect(invitation.status).toBe(201);
    const token = await invitationToken(invitation.body.id);
    expect((await new Client(url).get(`/api/v1/invitations/${token}`)).status).toBe(200);
    await client.get(`/api/v1/workspaces/${workspaceId}/processes?q=${encodeURIComponent(guest)}`);
    await settle();

    const written = capture.lines.slice(mark).join('\n');
    const cookie = String(client.cookie).split('=')[1];
    for (const secret of [password, email, guest, encodeURIComponent(guest), cookie, String(client.csrf), token]) {
      expect(secret.length).toBeGreaterThan(10);
      expect(written).not.toContain(secret);
    }
    expect(written).not.toMatch(/cookie|authorization|x-csrf-token/i);
    expect(written).toContain('/api/v1/invitations/[token]');
  });

  it('gives a log line made inside a request (the queued invitation mail) the id of that request', async () => {
    const client = await new Client(url).signUp('Inviter');
    const workspaceId = await createWorkspace(client);
    const mark = capture.lines.length;
    const reply = await client.request(
      'POST',
      `/api/v1/workspaces/${workspaceId}/invitations`,
      { email: uniqueEmail('Invitee'), role: 'member' },
      { 'X-Request-Id': 'invite-trace-1' },
    );
    expect(reply.status).toBe(201);
    await settle();
    const lines = capture.since(mark).filter((line) => line.reqId === 'invite-trace-1');
    expect(lines.map((line) => line.context ?? 'request')).toEqual(['Mail', 'request']);
    expect(lines[0].msg).toMatch(/^Queued mail [0-9a-f-]{36} \(workspace-invitation\)$/);
  });
});

describe('the logger itself', () => {
  it('redacts secret keys and masks e-mail addresses at any depth', async () => {
    const capture = new Capture();
    const logger = await createLogger({ level: 'info', format: 'json' }, capture);
    logger.info(
      {
        user: { email: 'amina@example.org', password: 'hunter2hunter2' },
        headers: { cookie: 'cg.sid=abc', authorization: 'Bearer xyz' },
        note: 'write to bilal@example.org',
      },
      'Signed in amina@example.org',
    );
    logger.error(new Error('duplicate key: (email)=(omar@example.org)'));
    const written = capture.lines.join('\n');
    for (const secret of ['amina@', 'bilal@', 'omar@', 'hunter2', 'cg.sid', 'Bearer']) expect(written).not.toContain(secret);
    expect(capture.records[0]).toMatchObject({
      user: { email: '[email]', password: '[redacted]' },
      headers: { cookie: '[redacted]', authorization: '[redacted]' },
      note: 'write to [email]',
      msg: 'Signed in [email]',
    });
  });

  it('writes lines for people with LOG_FORMAT=pretty and JSON otherwise', async () => {
    const pretty = new Capture();
    await createLogger({ level: 'info', format: 'pretty' }, pretty).then((logger) => logger.info('Common Ground is ready'));
    await settle();
    expect(pretty.lines.join('\n')).toMatch(/INFO.*Common Ground is ready/);
    expect(() => JSON.parse(pretty.lines[0])).toThrow();
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ logFormat: 'pretty', logLevel: 'info' });
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x@y/z',
        SESSION_SECRET: SECRET,
        SMTP_URL: 'smtp://mail.example.org',
        MAIL_FROM: 'cg@example.org',
      }),
    ).toMatchObject({
      logFormat: 'json',
      logLevel: 'info',
    });
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });
});
