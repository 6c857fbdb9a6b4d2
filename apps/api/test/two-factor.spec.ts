import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Secret, TOTP } from 'otpauth';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withOwner } from './harness';

const PASSWORD = 'a long enough passphrase';
const TWO_FACTOR = '/api/v1/account/two-factor';

/** The code an authenticator app shows for this secret, `steps` 30-second steps from now. */
function codeOf(secret: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}

/** Signs up and turns two-factor on; returns the person, their secret and their recovery codes. */
async function enrolled(url: string, name = 'Enrolled'): Promise<{ client: Client; secret: string; codes: string[]; firstCode: string }> {
  const client = await new Client(url).signUp(name);
  const started = await client.post(`${TWO_FACTOR}/enrolment`);
  expect(started.status).toBe(201);
  const secret = started.body.secret as string;
  const firstCode = codeOf(secret);
  const confirmed = await client.post(`${TWO_FACTOR}/enrolment/confirm`, { code: firstCode });
  expect(confirmed.status).toBe(200);
  return { client, secret, codes: confirmed.body.recoveryCodes as string[], firstCode };
}

/** A fresh browser that got past the password: its session waits for the code. */
async function pendingSignIn(url: string, email: string): Promise<Client> {
  const client = new Client(url);
  const reply = await client.post('/api/v1/auth/sign-in', { email, password: PASSWORD });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ user: null, twoFactorPending: true });
  return client;
}

const accountEvents = (userId: string) =>
  withOwner(
    async (db) =>
      (await db.query('select kind, payload from account_events where user_id = $1 order by occurred_at, kind', [userId])).rows as {
        kind: string;
        payload: Record<string, unknown>;
      }[],
  );

describe('two-factor sign-in', () => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp({ SIGNIN_MAX_PER_ACCOUNT: '4' });
  });
  afterAll(() => server.close());

  it('enrols with a QR code and a first code, shows ten recovery codes once and never the secret again', async () => {
    const client = await new Client(server.url).signUp('Amina');
    expect((await client.get(TWO_FACTOR)).body).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });
    const started = await client.post(`${TWO_FACTOR}/enrolment`);
    expect(started.body.otpauthUri).toContain(`secret=${started.body.secret as string}`);
    expect(started.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const wrong = await client.post(`${TWO_FACTOR}/enrolment/confirm`, {
      code: '000000' === codeOf(started.body.secret) ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'INVALID_TWO_FACTOR_CODE', errors: [expect.objectContaining({ field: 'code' })] });
    const confirmed = await client.post(`${TWO_FACTOR}/enrolment/confirm`, { code: codeOf(started.body.secret) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
    const status = await client.get(TWO_FACTOR);
    expect(status.body).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect(JSON.stringify(status.body)).not.toContain(started.body.secret);
    expect((await client.post(`${TWO_FACTOR}/enrolment`)).body.code).toBe('TWO_FACTOR_ALREADY_ENABLED');

    const stored = await withOwner(async (db) => ({
      secret: (await db.query('select secret_ciphertext from user_two_factor where user_id = $1', [client.user?.id])).rows[0]
        .secret_ciphertext as string,
      codes: (await db.query('select code_hash from two_factor_recovery_codes where user_id = $1', [client.user?.id])).rows as {
        code_hash: string;
      }[],
    }));
    expect(stored.secret).not.toContain(started.body.secret);
    expect(stored.codes).toHaveLength(10);
    for (const code of confirmed.body.recoveryCodes as string[]) expect(JSON.stringify(stored.codes)).not.toContain(code.replace(/-/g, ''));
    const events = await accountEvents(client.user?.id as string);
    expect(events.map((event) => event.kind)).toEqual(['two_factor_enrolment_started', 'two_factor_enabled']);
    expect(events[1].payload).toEqual({ recoveryCodes: 10 });
  });

  it('asks for a code after the password, signs in with it, and refuses the same code twice', async () => {
    const { client, secret, firstCode } = await enrolled(server.url, 'Coded');
    const email = client.user?.email as string;
    const browser = await pendingSignIn(server.url, email);
    expect((await browser.get('/api/v1/workspaces')).status).toBe(401);
    expect((await browser.session()).body).toMatchObject({ user: null, twoFactorPending: true });
    // The code that confirmed the enrolment is spent.
    const replayedFirst = await browser.post('/api/v1/auth/two-factor', { code: firstCode });
    expect(replayedFirst.status).toBe(400);
    const next = codeOf(secret, 1);
    const signedIn = await browser.post('/api/v1/auth/two-factor', { code: next });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ user: { email }, twoFactorPending: false });
    expect((await browser.get('/api/v1/workspaces')).status).toBe(200);

    const thief = await pendingSignIn(server.url, email);
    const replayed = await thief.post('/api/v1/auth/two-factor', { code: next });
    expect(replayed.status).toBe(400);
    expect(replayed.body.code).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await thief.session()).body.user).toBeNull();
  });

  it('signs in with a recovery code once, and records its use', async () => {
    const { client, codes } = await enrolled(server.url, 'Recovering');
    const browser = await pendingSignIn(server.url, client.user?.email as string);
    const signedIn = await browser.post('/api/v1/auth/two-factor', { code: codes[3].toLowerCase() });
    expect(signedIn.status).toBe(200);
    expect((await browser.get(TWO_FACTOR)).body.recoveryCodesLeft).toBe(9);
    const again = await pendingSignIn(server.url, client.user?.email as string);
    expect((await again.post('/api/v1/auth/two-factor', { code: codes[3] })).status).toBe(400);
    const events = await accountEvents(client.user?.id as string);
    expect(events.map((event) => event.kind)).toContain('two_factor_recovery_code_used');
    expect(events.find((event) => event.kind === 'two_factor_recovery_code_used')?.payload).toEqual({ recoveryCodesLeft: 9 });
  });

  it('throttles wrong codes per person, even when the password is typed again in between', async () => {
    const { client, secret } = await enrolled(server.url, 'Guessed');
    const email = client.user?.email as string;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const browser = await pendingSignIn(server.url, email);
      expect((await browser.post('/api/v1/auth/two-factor', { code: '12345' })).status).toBe(400);
    }
    const browser = await pendingSignIn(server.url, email);
    const refused = await browser.post('/api/v1/auth/two-factor', { code: codeOf(secret, 1) });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(15 * 60));
    expect((await browser.session()).body.user).toBeNull();
  });

  it('refuses a code without a password first', async () => {
    const reply = await new Client(server.url).post('/api/v1/auth/two-factor', { code: '123456' });
    expect(reply.status).toBe(401);
  });

  it('renews recovery codes and turns two-factor off with the password, not with a wrong one', async () => {
    const { client, codes } = await enrolled(server.url, 'Leaving');
    const wrong = await client.post(`${TWO_FACTOR}/disable`, { password: 'not my passphrase at all' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('password');
    const renewed = await client.post(`${TWO_FACTOR}/recovery-codes`, { password: PASSWORD });
    expect(renewed.status).toBe(200);
    expect(renewed.body.recoveryCodes).toHaveLength(10);
    const browser = await pendingSignIn(server.url, client.user?.email as string);
    expect((await browser.post('/api/v1/auth/two-factor', { code: codes[0] })).status).toBe(400);
    expect((await browser.post('/api/v1/auth/two-factor', { code: renewed.body.recoveryCodes[0] })).status).toBe(200);

    expect((await client.post(`${TWO_FACTOR}/disable`, { code: renewed.body.recoveryCodes[1] })).status).toBe(204);
    expect((await client.get(TWO_FACTOR)).body.enabled).toBe(false);
    const direct = await new Client(server.url).post('/api/v1/auth/sign-in', { email: client.user?.email, password: PASSWORD });
    expect(direct.body).toMatchObject({ user: { id: client.user?.id }, twoFactorPending: false });
    const kinds = (await accountEvents(client.user?.id as string)).map((event) => event.kind);
    expect(kinds).toEqual(expect.arrayContaining(['two_factor_recovery_codes_renewed', 'two_factor_disabled']));
    expect((await client.post(`${TWO_FACTOR}/disable`, { password: PASSWORD })).body.code).toBe('TWO_FACTOR_NOT_ENABLED');
  });

  it('keeps account security events append-only for the app', async () => {
    const { client } = await enrolled(server.url, 'Appended');
    await expect(
      withOwner((db) => db.query('update account_events set kind = $2 where user_id = $1', [client.user?.id, 'x'])),
    ).rejects.toThrow(/append-only/);
  });

  describe('required of conveners and facilitators', () => {
    it('refuses a lead without two-factor everywhere in the workspace but lets them enrol, and spares plain members', async () => {
      const { client: owner } = await enrolled(server.url, 'Owner');
      const workspaceId = await createWorkspace(owner, 'Strict');
      const process = await createProcess(owner, workspaceId);
      const facilitator = await new Client(server.url).signUp('Facilitator');
      await joinWorkspace(owner, facilitator, workspaceId);
      const base = `/api/v1/workspaces/${workspaceId}`;
      expect(
        (await owner.post(`${base}/processes/${process.id}/members`, { userId: facilitator.user?.id, role: 'facilitator' })).status,
      ).toBe(201);
      const member = await new Client(server.url).signUp('Member');
      await joinWorkspace(owner, member, workspaceId);

      const notYet = await facilitator.request('PUT', `${base}/security`, { requireTwoFactorForLeads: true });
      expect(notYet.status).toBe(403);
      const unenrolledOwner = await new Client(server.url).signUp('Unenrolled owner');
      const theirs = await createWorkspace(unenrolledOwner, 'Lax');
      const refused = await unenrolledOwner.request('PUT', `/api/v1/workspaces/${theirs}/security`, { requireTwoFactorForLeads: true });
      expect(refused.body.code).toBe('TWO_FACTOR_REQUIRED');

      const set = await owner.request('PUT', `${base}/security`, { requireTwoFactorForLeads: true });
      expect(set.status).toBe(200);
      expect(set.body.requireTwoFactorForLeads).toBe(true);

      for (const path of [base, `${base}/processes/${process.id}`, `${base}/members`]) {
        const reply = await facilitator.get(path);
        expect(reply.status).toBe(403);
        expect(reply.body.code).toBe('TWO_FACTOR_REQUIRED');
        expect(reply.body.enrolPath).toBe('/account/two-factor');
      }
      expect((await facilitator.get('/api/v1/workspaces')).status).toBe(200);
      expect((await member.get(base)).status).toBe(200);
      expect((await owner.get(base)).status).toBe(200);

      const started = await facilitator.post(`${TWO_FACTOR}/enrolment`);
      expect((await facilitator.post(`${TWO_FACTOR}/enrolment/confirm`, { code: codeOf(started.body.secret) })).status).toBe(200);
      expect((await facilitator.get(`${base}/processes/${process.id}`)).status).toBe(200);

      const trail = await owner.get(`${base}/audit/events?objectType=workspace`);
      expect(trail.body.items[0]).toMatchObject({ action: 'security_changed', payload: { requireTwoFactorForLeads: true } });
    });
  });
});
