import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { appDatabaseUrl, Client, createProcess, createWorkspace, startTestApp, type TestApp } from './harness';

describe('HTTP conventions', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  it('reports the database in GET /api/health', async () => {
    const reply = await new Client(server.url).get('/api/health');
    expect(reply.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('sends security headers and no-store on API responses', async () => {
    const response = await fetch(`${server.url}/api/v1/auth/session`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers an oversized body with 413 and malformed JSON with 400, both problem+json', async () => {
    const client = await new Client(server.url).signUp('Sizes');
    const big = await client.request('POST', '/api/v1/workspaces', JSON.stringify({ name: 'x'.repeat(200_000) }));
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('application/problem+json');
    const malformed = await client.request('POST', '/api/v1/workspaces', '{"name":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_BODY');
  });

  it('answers unknown API routes with 404 problem+json and requires sign-in on guarded routes', async () => {
    const anonymous = new Client(server.url);
    const unknown = await anonymous.get('/api/v1/nowhere');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const guarded = await anonymous.get('/api/v1/workspaces');
    expect(guarded.status).toBe(401);
    expect(guarded.body.code).toBe('UNAUTHENTICATED');
  });

  it('answers 404 for malformed ids instead of a database error', async () => {
    const client = await new Client(server.url).signUp('Ids');
    expect((await client.get('/api/v1/workspaces/not-a-uuid/processes')).status).toBe(404);
  });

  it('answers a null where the contract does not allow one with 400 naming the field, not a database error', async () => {
    const client = await new Client(server.url).signUp('Nulls');
    const workspaceId = await createWorkspace(client);
    const process = await createProcess(client, workspaceId);
    const url = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    for (const field of ['title', 'level']) {
      const reply = await client.patch(url, { [field]: null, version: process.version });
      expect(reply.status).toBe(400);
      expect(reply.body.errors).toEqual([{ field, code: 'notNullable', params: {}, message: expect.stringContaining('must not be null') }]);
    }
    const stakeholder = await client.post(`${url}/stakeholders`, {
      kind: 'organisation',
      name: 'Police',
      influence: 4,
      interest: 3,
      stance: 'neutral',
      contactPoints: [null],
    });
    expect(stakeholder.status).toBe(400);
    expect((await client.get(url)).body).toMatchObject({ title: process.title, version: process.version });
  });

  it('serves the OpenAPI document and the interactive docs', async () => {
    const json = await new Client(server.url).get('/api/openapi.json');
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toContain('/api/v1/workspaces/{workspaceId}/processes');
    const docs = await fetch(`${server.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });
});

describe('production settings', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({
      NODE_ENV: 'production',
      TRUST_PROXY: 'true',
      DATABASE_URL: appDatabaseUrl(),
      SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
      // Production requires a mail server; this app works no jobs, so nothing is sent to it.
      SMTP_URL: 'smtp://127.0.0.1:9',
      MAIL_FROM: 'Common Ground <no-reply@example.org>',
      JOBS_IN_PROCESS: 'false',
    });
  });
  afterAll(() => server.close());

  it('sends HSTS and marks the session cookie Secure (behind a TLS-terminating proxy)', async () => {
    const response = await fetch(`${server.url}/api/v1/auth/session`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(response.headers.get('set-cookie') ?? '').toMatch(/Secure/);
  });
});
