import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, startTestApp, type TestApp, uniqueEmail, withOwner } from './harness';

describe('accounts and sessions', () => {
  let server: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    server = await startTestApp({ SIGNIN_MAX_PER_ACCOUNT: '3', SIGNIN_MAX_PER_ADDRESS: '100000' });
    second = await startTestApp();
  });
  afterAll(async () => {
    await server.close();
    await second.close();
  });

  it('signs up, stores an argon2id hash with at least 19 MiB and t=2, and answers the current user', async () => {
    const client = new Client(server.url);
    const email = uniqueEmail('amina');
    const reply = await client.post('/api/v1/auth/sign-up', { email, password: 'a long enough passphrase', displayName: 'Amina' });
    expect(reply.status).toBe(201);
    expect(reply.body.user).toMatchObject({ email, displayName: 'Amina' });
    const session = await client.session();
    expect(session.body.user.email).toBe(email);
    const hash = await withOwner(
      async (db) => (await db.query('select password_hash from users where email_key = $1', [email])).rows[0].password_hash as string,
    );
    const params = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=\d+\$/.exec(hash);
    expect(params).not.toBeNull();
    expect(Number(params?.[1])).toBeGreaterThanOrEqual(19 * 1024);
    expect(Number(params?.[2])).toBeGreaterThanOrEqual(2);
  });

  it('rejects an existing e-mail, whatever its capitals, naming the field', async () => {
    const email = uniqueEmail('dup');
    await new Client(server.url).signUp('First', email);
    const reply = await new Client(server.url).post('/api/v1/auth/sign-up', {
      email: email.toUpperCase(),
      password: 'a long enough passphrase',
      displayName: 'Second',
    });
    expect(reply.status).toBe(409);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
  });

  it('rejects a weak password with a clear message on the password field', async () => {
    const short = await new Client(server.url).post('/api/v1/auth/sign-up', { email: uniqueEmail(), password: 'short', displayName: 'X' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0]).toMatchObject({
      field: 'password',
      // The DTO refuses it first: the validation layer's code and limit, which screens translate.
      code: 'minLength',
      params: { min: 12 },
      message: expect.stringContaining('12 characters'),
    });
    const common = await new Client(server.url).post('/api/v1/auth/sign-up', {
      email: uniqueEmail(),
      password: 'password1234',
      displayName: 'X',
    });
    expect(common.status).toBe(400);
    expect(common.body.errors[0]).toMatchObject({
      field: 'password',
      params: { weakness: 'tooCommon' },
      message: 'This password is too common.',
    });
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const known = await new Client(server.url).signUp('Known');
    const wrong = await new Client(server.url).post('/api/v1/auth/sign-in', {
      email: known.user?.email,
      password: 'not the right passphrase',
    });
    const unknown = await new Client(server.url).post('/api/v1/auth/sign-in', {
      email: uniqueEmail('nobody'),
      password: 'not the right passphrase',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.body.title).toBe(unknown.body.title);
  });

  it('issues a new session id at sign-in and revokes the session server-side at sign-out', async () => {
    const account = await new Client(server.url).signUp('Rotating');
    const client = new Client(server.url);
    await client.session();
    const before = client.cookie;
    const signIn = await client.post('/api/v1/auth/sign-in', { email: account.user?.email, password: 'a long enough passphrase' });
    expect(signIn.status).toBe(200);
    expect(client.cookie).not.toBe(before);
    const stolen = new Client(server.url);
    stolen.cookie = client.cookie;
    expect((await stolen.session()).body.user?.id).toBe(account.user?.id);

    expect((await client.post('/api/v1/auth/sign-out')).status).toBe(204);
    const replay = new Client(server.url);
    replay.cookie = stolen.cookie;
    expect((await replay.session()).body.user).toBeNull();
    expect((await replay.get('/api/v1/workspaces')).status).toBe(401);
  });

  it('sets the session cookie httpOnly and SameSite', async () => {
    const response = await fetch(`${server.url}/api/v1/auth/session`);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const client = await new Client(server.url).signUp('Csrf');
    const reply = await client.request('POST', '/api/v1/workspaces', { name: 'X' }, { 'x-csrf-token': 'forged' });
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('CSRF_INVALID');
    const bare = await fetch(`${server.url}/api/v1/workspaces`, {
      method: 'POST',
      headers: { cookie: client.cookie ?? '', 'content-type': 'application/json' },
      body: '{"name":"X"}',
    });
    expect(bare.status).toBe(403);
  });

  it('throttles sign-in per account: after the limit even the right password waits', async () => {
    const victim = await new Client(server.url).signUp('Victim');
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await new Client(server.url).post('/api/v1/auth/sign-in', { email: victim.user?.email, password: 'guess number ' + i })).status,
      ).toBe(401);
    }
    const blocked = await new Client(server.url).post('/api/v1/auth/sign-in', {
      email: victim.user?.email,
      password: 'a long enough passphrase',
    });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe(String(15 * 60));
  });

  it('serves a session signed in on one API instance from another instance', async () => {
    const client = await new Client(server.url).signUp('Roaming');
    const elsewhere = new Client(second.url);
    elsewhere.cookie = client.cookie;
    elsewhere.csrf = client.csrf;
    expect((await elsewhere.session()).body.user?.id).toBe(client.user?.id);
    expect((await elsewhere.post('/api/v1/workspaces', { name: 'Made on instance two' })).status).toBe(201);
  });
});

describe('sign-in throttling per address', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ SIGNIN_MAX_PER_ADDRESS: '4', SIGNIN_MAX_PER_ACCOUNT: '100' });
  });
  afterAll(() => server.close());

  it('blocks an address that guesses across many accounts', async () => {
    // Other files sign in from 127.0.0.1 too, so count only from the first 429 on.
    let blocked = false;
    for (let i = 0; i < 10 && !blocked; i += 1) {
      const reply = await new Client(server.url).post('/api/v1/auth/sign-in', {
        email: uniqueEmail('spray'),
        password: 'wrong passphrase',
      });
      blocked = reply.status === 429;
    }
    expect(blocked).toBe(true);
  });
});
