import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, type Reply, startTestApp, type TestApp } from './harness';

/** A 400 problem+json whose errors name `field` (or a path starting with it). */
function expectFieldProblem(reply: Reply, field: string): void {
  expect(reply.status).toBe(400);
  expect(reply.headers.get('content-type')).toContain('application/problem+json');
  const fields = ((reply.body as { errors?: { field: string }[] }).errors ?? []).map((error) => error.field);
  expect(fields.some((name) => name === field || name.startsWith(`${field}.`))).toBe(true);
}

const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('hostile input answers 400 naming the field, never 500', () => {
  let server: TestApp;
  let client: Client;
  let workspaceId: string;
  let process: { id: string; version: number };
  let processUrl: string;

  beforeAll(async () => {
    server = await startTestApp();
    client = await new Client(server.url).signUp('Hostile');
    workspaceId = await createWorkspace(client);
    process = await createProcess(client, workspaceId);
    processUrl = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
  });
  afterAll(() => server.close());

  describe('deeply nested JSON', () => {
    it('rejects thousands of nested arrays inside a field', async () => {
      const body = `{"name":${nestedArrays(5000)}}`;
      expect(body.length).toBeLessThan(100_000);
      expectFieldProblem(await client.request('POST', '/api/v1/workspaces', body), 'name');
    });

    it('rejects thousands of nested objects inside a field, on an update and on sign-in', async () => {
      expectFieldProblem(await client.request('PATCH', processUrl, `{"version":1,"title":${nestedObjects(4000)}}`), 'title');
      expectFieldProblem(
        await new Client(server.url).request('POST', '/api/v1/auth/sign-in', `{"email":${nestedObjects(4000)},"password":"x"}`),
        'email',
      );
    });

    it('rejects a body that is itself nested thousands of levels deep', async () => {
      const reply = await client.request('POST', `${processUrl}/concept-note/versions`, nestedArrays(20000));
      expect(reply.status).toBe(400);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
    });
  });

  describe('NUL characters', () => {
    it('rejects a NUL in a body string', async () => {
      expectFieldProblem(await client.post('/api/v1/workspaces', { name: 'Centre\u0000for Dialogue' }), 'name');
      expectFieldProblem(await client.patch(processUrl, { title: 'A\u0000B', version: process.version }), 'title');
      expectFieldProblem(await client.post(`${processUrl}/concept-note/versions`, { body: 'note\u0000', baseVersion: 0 }), 'body');
    });

    it('rejects a NUL in a nested body string and names its path', async () => {
      const reply = await client.post(`${processUrl}/stakeholders`, {
        kind: 'organisation',
        name: 'Police',
        influence: 4,
        interest: 3,
        stance: 'neutral',
        contactPoints: ['ok', 'bad\u0000'],
      });
      expectFieldProblem(reply, 'contactPoints');
    });

    it('rejects a NUL in a query string and in an e-mail', async () => {
      expectFieldProblem(await client.get(`/api/v1/workspaces/${workspaceId}/processes?q=a%00b`), 'q');
      expectFieldProblem(
        await new Client(server.url).post('/api/v1/auth/sign-in', { email: 'a\u0000@example.org', password: 'whatever it is' }),
        'email',
      );
      expectFieldProblem(
        await new Client(server.url).post('/api/v1/auth/sign-up', {
          email: 'a\u0000b@example.org',
          password: 'a long enough passphrase',
          displayName: 'N',
        }),
        'email',
      );
    });

    it('rejects a NUL in a path parameter', async () => {
      const reply = await client.get(`/api/v1/invitations/abc%00def`);
      expectFieldProblem(reply, 'token');
    });
  });

  describe('lone UTF-16 surrogates', () => {
    it('rejects a lone surrogate in a body string', async () => {
      expectFieldProblem(await client.request('POST', '/api/v1/workspaces', '{"name":"Centre \\ud800 for Dialogue"}'), 'name');
      expectFieldProblem(await client.request('PATCH', processUrl, `{"title":"A \\udc00","version":${process.version}}`), 'title');
    });

    it('rejects a lone surrogate in e-mail fields', async () => {
      const anonymous = new Client(server.url);
      expectFieldProblem(
        await anonymous.request('POST', '/api/v1/auth/sign-in', '{"email":"a\\ud800@example.org","password":"whatever it is"}'),
        'email',
      );
      expectFieldProblem(
        await anonymous.request(
          'POST',
          '/api/v1/auth/sign-up',
          '{"email":"a\\ud800@example.org","password":"a long enough passphrase","displayName":"S"}',
        ),
        'email',
      );
      expectFieldProblem(
        await client.request('POST', `/api/v1/workspaces/${workspaceId}/invitations`, '{"email":"x\\udfff@example.org","role":"member"}'),
        'email',
      );
    });

    it('accepts a proper surrogate pair', async () => {
      const reply = await client.request('POST', '/api/v1/workspaces', '{"name":"Centre \\ud83c\\udf0d"}');
      expect(reply.status).toBe(201);
      expect(reply.body.name).toBe('Centre 🌍');
    });
  });

  describe('malformed ids in the path', () => {
    it('answers 400 naming the parameter when a sub-resource id is not a UUID', async () => {
      expectFieldProblem(await client.get(`${processUrl}/plans/not-a-uuid`), 'planId');
      expectFieldProblem(await client.delete(`${processUrl}/stakeholder-groups/1%27%20or%201=1`), 'groupId');
    });
  });

  describe('integers beyond the column', () => {
    it('rejects a version beyond int4, and 1e308', async () => {
      expectFieldProblem(await client.patch(processUrl, { title: 'Bigger', version: 2 ** 31 }), 'version');
      expectFieldProblem(await client.request('PATCH', processUrl, '{"title":"Bigger","version":1e308}'), 'version');
      expectFieldProblem(await client.post(`${processUrl}/archive`, { version: 2 ** 53 }), 'version');
      expectFieldProblem(
        await client.post(`${processUrl}/concept-note/versions`, { body: 'note', baseVersion: 2 ** 31 - 1 }),
        'baseVersion',
      );
    });

    it('rejects 1e309 (Infinity once parsed)', async () => {
      expectFieldProblem(await client.request('PATCH', processUrl, '{"title":"Bigger","version":1e309}'), 'version');
    });

    it('rejects a page number beyond int4 in the query and the path', async () => {
      expectFieldProblem(await client.get(`${processUrl}/concept-note/versions?before=${2 ** 31}`), 'before');
      expectFieldProblem(await client.get(`${processUrl}/concept-note/versions?before=1e308`), 'before');
      expectFieldProblem(await client.get(`${processUrl}/concept-note/versions/${2 ** 31}`), 'number');
      expectFieldProblem(await client.get(`${processUrl}/concept-note/versions/1e308`), 'number');
      expectFieldProblem(await client.get(`${processUrl}/problem-statement/versions/99999999999999999999`), 'number');
    });

    it('still accepts the largest int4 where the rules allow it', async () => {
      const reply = await client.patch(processUrl, { title: 'Still here', version: 2 ** 31 - 1 });
      expect(reply.status).toBe(409);
    });
  });

  describe('a request that changes nothing', () => {
    it('answers an empty PATCH of a stakeholder group with the group unchanged', async () => {
      const group = await client.post(`${processUrl}/stakeholder-groups`, { name: 'Traders' });
      expect(group.status).toBe(201);
      const reply = await client.patch(`${processUrl}/stakeholder-groups/${group.body.id}`, {});
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ id: group.body.id, name: 'Traders' });
    });
  });

  describe('a race on a versioned append-only document', () => {
    it('answers 409, never 500, to concurrent creations of the one charter draft a process may have', async () => {
      const raced = await createProcess(client, workspaceId, { title: 'Charter race' });
      const url = `/api/v1/workspaces/${workspaceId}/processes/${raced.id}/charter/versions`;
      const replies = await Promise.all(Array.from({ length: 6 }, () => client.post(url, {})));
      const statuses = replies.map((reply) => reply.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    });

    it('answers 409 to the loser of two concurrent concept-note saves, never 500', async () => {
      const raced = await createProcess(client, workspaceId, { title: 'Race' });
      const url = `/api/v1/workspaces/${workspaceId}/processes/${raced.id}/concept-note/versions`;
      for (let round = 0; round < 5; round++) {
        const replies = await Promise.all(
          Array.from({ length: 6 }, (_, i) => client.post(url, { body: `round ${round} writer ${i}`, baseVersion: round })),
        );
        const statuses = replies.map((reply) => reply.status).sort();
        expect(statuses.filter((status) => status === 201)).toHaveLength(1);
        expect(statuses.filter((status) => status === 409)).toHaveLength(5);
        for (const reply of replies.filter((r) => r.status === 409)) expect(reply.body.code).toBe('VERSION_CONFLICT');
      }
    });
  });
  describe('meetings', () => {
    const at = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
    const meeting = (agenda: unknown) => ({
      kind: 'plenary',
      format: 'online',
      title: 'Plenary',
      startsAt: at(24),
      endsAt: at(25),
      agenda,
    });

    it('refuses an agenda nested thousands of levels deep, one too deep for an agenda, and one too long', async () => {
      const deep = `{"kind":"plenary","format":"online","title":"P","startsAt":"${at(24)}","endsAt":"${at(25)}","agenda":${nestedArrays(5000)}}`;
      expectFieldProblem(await client.request('POST', `${processUrl}/meetings`, deep), 'agenda');
      const nest = (depth: number): unknown => ({ title: 'Item', minutes: 5, items: depth > 1 ? [nest(depth - 1)] : [] });
      expectFieldProblem(await client.post(`${processUrl}/meetings`, meeting([nest(20)])), 'agenda');
      expectFieldProblem(await client.post(`${processUrl}/meetings`, meeting([nest(4)])), 'agenda');
      const huge = Array.from({ length: 1000 }, (_, i) => ({ title: `Item ${i}`, minutes: 1 }));
      expectFieldProblem(await client.post(`${processUrl}/meetings`, meeting(huge)), 'agenda');
    });

    it('refuses NUL and lone surrogates in a meeting and in a statement', async () => {
      expectFieldProblem(await client.post(`${processUrl}/meetings`, { ...meeting([]), title: 'Plenary\u0000' }), 'title');
      expectFieldProblem(await client.post(`${processUrl}/meetings`, meeting([{ title: '\ud83d', minutes: 5 }])), 'agenda');
      const created = await client.post(`${processUrl}/meetings`, meeting([]));
      expect(created.status).toBe(201);
      // The founder convenes; a statement is the secretariat's, so the guard refuses before the body matters —
      // the input check runs first and names the field.
      expectFieldProblem(await client.post(`${processUrl}/meetings/${created.body.id}/minutes/statements`, { text: 'said\u0000' }), 'text');
      expectFieldProblem(await client.post(`${processUrl}/meetings/${created.body.id}/check-in`, { code: '\udc00' }), 'code');
    });
  });
});
