import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, type Reply, startTestApp, type TestApp, uniqueEmail, withAppRole, withOwner } from './harness';

const PASSWORD = 'a long enough passphrase';
const CHROMIUM_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36';
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0';

/** A browser with a real cookie jar (session and device cookies) and a user agent. */
class Browser extends Client {
  private jar = new Map<string, string>();

  constructor(
    baseUrl: string,
    private readonly agent = CHROMIUM_LINUX,
  ) {
    super(baseUrl);
  }

  override async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    if (method !== 'GET' && this.csrf === null && !path.endsWith('/auth/session')) await this.session();
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        'user-agent': this.agent,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.jar.size ? { cookie: [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ') } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      this.jar.set(name, value.join('='));
    }
    const text = await response.text();
    const parsed = (response.headers.get('content-type') ?? '').includes('json') && text ? (JSON.parse(text) as T) : (text as T);
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrf = (parsed as { csrfToken: string }).csrfToken;
    return { status: response.status, body: parsed, headers: response.headers };
  }

  cookieNamed(name: string): string | undefined {
    return this.jar.get(name);
  }

  async signIn(email: string, password = PASSWORD): Promise<Reply> {
    const reply = await this.post('/api/v1/auth/sign-in', { email, password });
    if (reply.status === 200) this.user = reply.body.user;
    return reply;
  }
}

interface OutboxRow {
  id: string;
  template: string;
  to_address: string;
  recipient_user_id: string | null;
  workspace_id: string | null;
  params: Record<string, string>;
}

/** The outbox rows to an address, read with the owner connection (the mail sender is another branch). */
function mailsTo(address: string, template?: string): Promise<OutboxRow[]> {
  return withOwner(async (db) => {
    const { rows } = await db.query<OutboxRow>(
      `select id, template, to_address, recipient_user_id, workspace_id, params from outgoing_mails
        where lower(to_address) = lower($1) and ($2::text is null or template = $2) order by created_at`,
      [address, template ?? null],
    );
    return rows;
  });
}

/** A reset mail is queued after the 202 is sent, so the test waits (bounded) for its row. */
async function waitForMail(address: string, template: string, count = 1): Promise<OutboxRow[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const rows = await mailsTo(address, template);
    if (rows.length >= count) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${template} mail to ${address}`);
}

const tokenOf = (row: OutboxRow) => row.params.path.split('/').pop() as string;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function newAccount(url: string, name = 'Amina', agent = CHROMIUM_LINUX): Promise<{ browser: Browser; email: string }> {
  const email = uniqueEmail(name);
  const browser = new Browser(url, agent);
  await browser.signUp(name, email);
  return { browser, email };
}

async function eventsOf(browser: Browser): Promise<string[]> {
  const reply = await browser.get('/api/v1/account/events');
  return (reply.body.items as { kind: string }[]).map((event) => event.kind);
}

describe('self-service accounts', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  describe('forgot password', () => {
    it('answers an unknown address exactly as a known one, and mails only the known one a single-use link', async () => {
      const { email, browser } = await newAccount(server.url);
      const unknown = uniqueEmail('nobody');
      const stranger = new Browser(server.url);
      const forUnknown = await stranger.post('/api/v1/account/password-reset', { email: unknown });
      const forKnown = await stranger.post('/api/v1/account/password-reset', { email: email.toUpperCase() });
      expect(forKnown.status).toBe(202);
      expect(forUnknown.status).toBe(202);
      expect(forUnknown.body).toEqual(forKnown.body);

      const [mail] = await waitForMail(email, 'password-reset');
      expect(mail).toMatchObject({ workspace_id: null, recipient_user_id: browser.user?.id });
      expect(mail.params.path).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
      expect(new Date(mail.params.expiresAt).getTime() - Date.now()).toBeGreaterThan(50 * 60_000);
      expect(new Date(mail.params.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
      expect(await mailsTo(unknown)).toEqual([]);

      // Only the hash is stored.
      const token = tokenOf(mail);
      const stored = await withOwner(
        async (db) => (await db.query('select * from account_tokens where user_id = $1', [browser.user?.id])).rows,
      );
      expect(stored).toHaveLength(1);
      expect(stored[0].token_hash).toBe(sha256(token));
      expect(JSON.stringify(stored)).not.toContain(token);
    });

    it('sets the new password once, ends every session, and records it in the person’s security log', async () => {
      const { email, browser } = await newAccount(server.url);
      const laptop = new Browser(server.url, FIREFOX_WINDOWS);
      expect((await laptop.signIn(email)).status).toBe(200);
      await new Browser(server.url).post('/api/v1/account/password-reset', { email });
      const token = tokenOf((await waitForMail(email, 'password-reset'))[0]);

      const anonymous = new Browser(server.url);
      const weak = await anonymous.post('/api/v1/account/password-reset/confirm', { token, password: 'password1' });
      expect(weak.status).toBe(400);
      const done = await anonymous.post('/api/v1/account/password-reset/confirm', { token, password: 'a brand new passphrase' });
      expect(done.status).toBe(204);

      expect((await browser.get('/api/v1/account')).status).toBe(401);
      expect((await laptop.get('/api/v1/account')).status).toBe(401);
      expect((await new Browser(server.url).signIn(email, PASSWORD)).status).toBe(401);
      const again = new Browser(server.url);
      expect((await again.signIn(email, 'a brand new passphrase')).status).toBe(200);

      const reused = await anonymous.post('/api/v1/account/password-reset/confirm', { token, password: 'yet another passphrase' });
      expect(reused.status).toBe(410);
      expect(reused.body.code).toBe('ACCOUNT_LINK_INVALID');
      const kinds = await eventsOf(again);
      expect(kinds).toEqual(expect.arrayContaining(['password_reset_requested', 'password_reset']));
      const payloads = await withOwner(
        async (db) => (await db.query('select payload from account_events where user_id = $1', [again.user?.id])).rows,
      );
      expect(JSON.stringify(payloads)).not.toMatch(/@|passphrase/);
      expect(payloads).toContainEqual({ payload: { sessionsEnded: 2 } });
    });

    it('cancels a pending e-mail change, so a borrowed session cannot keep the account after the reset', async () => {
      const { email, browser } = await newAccount(server.url);
      const intruder = uniqueEmail('intruder');
      expect((await browser.post('/api/v1/account/email', { newEmail: intruder, currentPassword: PASSWORD })).status).toBe(202);
      await new Browser(server.url).post('/api/v1/account/password-reset', { email });
      const token = tokenOf((await waitForMail(email, 'password-reset'))[0]);
      expect(
        (await new Browser(server.url).post('/api/v1/account/password-reset/confirm', { token, password: 'a brand new passphrase' }))
          .status,
      ).toBe(204);
      const [mail] = await mailsTo(intruder, 'email-change');
      expect((await new Browser(server.url).post('/api/v1/account/email/confirm', { token: tokenOf(mail) })).status).toBe(410);
      expect((await new Browser(server.url).signIn(email, 'a brand new passphrase')).status).toBe(200);
    });

    it('refuses expired, forged, malformed and superseded links with one answer', async () => {
      const { email } = await newAccount(server.url);
      const anonymous = new Browser(server.url);
      await anonymous.post('/api/v1/account/password-reset', { email });
      const first = tokenOf((await waitForMail(email, 'password-reset'))[0]);
      await anonymous.post('/api/v1/account/password-reset', { email });
      const second = tokenOf((await waitForMail(email, 'password-reset', 2))[1]);

      const attempt = (token: string) =>
        anonymous.post('/api/v1/account/password-reset/confirm', { token, password: 'a brand new passphrase' });
      expect((await attempt(first)).status).toBe(410); // superseded by the second mail
      expect((await attempt(randomBytes(32).toString('base64url'))).status).toBe(410);
      expect((await attempt('../../etc/passwd')).status).toBe(410);
      expect(
        (await anonymous.post('/api/v1/account/password-reset/confirm', { token: 42, password: 'a brand new passphrase' })).status,
      ).toBe(400);

      await withOwner((db) =>
        db.query(`update account_tokens set expires_at = now() - interval '1 minute' where token_hash = $1`, [sha256(second)]),
      );
      const expired = await attempt(second);
      expect(expired.status).toBe(410);
      expect(expired.body.detail).toBe((await attempt(first)).body.detail);
    });

    it('throttles reset requests per account whether or not the account exists', async () => {
      const anonymous = new Browser(server.url);
      for (const email of [(await newAccount(server.url)).email, uniqueEmail('ghost')]) {
        for (let i = 0; i < 3; i++) expect((await anonymous.post('/api/v1/account/password-reset', { email })).status).toBe(202);
        const refused = await anonymous.post('/api/v1/account/password-reset', { email });
        expect(refused.status).toBe(429);
        expect(refused.headers.get('retry-after')).toBe('3600');
      }
    });

    it('keeps no IP address: attempts are stored hashed', async () => {
      const rows = await withOwner(
        async (db) => (await db.query<{ address_hash: string }>('select address_hash from account_attempts')).rows,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.address_hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('per-address throttles', () => {
    let strict: TestApp;
    beforeAll(async () => {
      await withOwner((db) => db.query('delete from account_attempts'));
      strict = await startTestApp({ ACCOUNT_MAX_PER_ADDRESS: '3' });
    });
    afterAll(() => strict.close());

    it('stops one address asking for many accounts’ resets, and guessing links', async () => {
      const anonymous = new Browser(strict.url);
      for (let i = 0; i < 3; i++)
        expect((await anonymous.post('/api/v1/account/password-reset', { email: uniqueEmail('spray') })).status).toBe(202);
      expect((await anonymous.post('/api/v1/account/password-reset', { email: uniqueEmail('spray') })).status).toBe(429);

      const guess = () =>
        anonymous.post('/api/v1/account/password-reset/confirm', { token: randomBytes(32).toString('base64url'), password: PASSWORD });
      for (let i = 0; i < 3; i++) expect((await guess()).status).toBe(410);
      expect((await guess()).status).toBe(429);
      expect((await anonymous.post('/api/v1/account/email/confirm', { token: randomBytes(32).toString('base64url') })).status).toBe(429);
    });
  });

  describe('profile, password and e-mail', () => {
    it('needs a session', async () => {
      const anonymous = new Browser(server.url);
      expect((await anonymous.get('/api/v1/account')).status).toBe(401);
      expect((await anonymous.patch('/api/v1/account/profile', { displayName: 'X' })).status).toBe(401);
      expect((await anonymous.get('/api/v1/account/sessions')).status).toBe(401);
    });

    it('changes the display name everywhere the person is signed in', async () => {
      const { email, browser } = await newAccount(server.url, 'Amina');
      const phone = new Browser(server.url);
      await phone.signIn(email);
      const renamed = await browser.patch('/api/v1/account/profile', { displayName: '  Amina Yusuf ' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ displayName: 'Amina Yusuf', email, pendingEmail: null });
      expect((await browser.session()).body.user.displayName).toBe('Amina Yusuf');
      expect((await phone.session()).body.user.displayName).toBe('Amina Yusuf');
      expect((await browser.patch('/api/v1/account/profile', { displayName: '' })).status).toBe(400);
      expect(await eventsOf(browser)).toContain('name_changed');
    });

    it('changes the password with the current one and ends the other sessions only', async () => {
      const { email, browser } = await newAccount(server.url);
      const phone = new Browser(server.url);
      await phone.signIn(email);
      const wrong = await browser.post('/api/v1/account/password', {
        currentPassword: 'not my password at all',
        newPassword: 'a brand new passphrase',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.field ?? wrong.body.errors?.[0]?.field).toBe('currentPassword');
      expect((await browser.post('/api/v1/account/password', { currentPassword: PASSWORD, newPassword: 'short' })).status).toBe(400);
      const changed = await browser.post('/api/v1/account/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
      expect(changed.status).toBe(204);
      expect((await browser.get('/api/v1/account')).status).toBe(200);
      expect((await phone.get('/api/v1/account')).status).toBe(401);
      expect((await new Browser(server.url).signIn(email, 'a brand new passphrase')).status).toBe(200);
      expect(await eventsOf(browser)).toContain('password_changed');
    });

    it('changes the e-mail only when the link sent to the new address is opened', async () => {
      const { email, browser } = await newAccount(server.url);
      const newEmail = uniqueEmail('moved');
      const requested = await browser.post('/api/v1/account/email', { newEmail, currentPassword: PASSWORD });
      expect(requested.status).toBe(202);
      expect(requested.body.pendingEmail).toBe(newEmail);
      const [mail] = await mailsTo(newEmail, 'email-change');
      expect(mail).toMatchObject({ recipient_user_id: browser.user?.id, workspace_id: null });
      expect(mail.params.newAddress).toBe(newEmail);
      expect(await mailsTo(email, 'email-change')).toEqual([]);
      expect((await browser.get('/api/v1/account')).body).toMatchObject({ email, pendingEmail: newEmail });

      const confirmed = await new Browser(server.url).post('/api/v1/account/email/confirm', { token: tokenOf(mail) });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.email).toBe(newEmail);
      expect((await browser.session()).body.user.email).toBe(newEmail);
      expect((await new Browser(server.url).signIn(newEmail)).status).toBe(200);
      expect((await new Browser(server.url).signIn(email)).status).toBe(401);
      expect((await new Browser(server.url).post('/api/v1/account/email/confirm', { token: tokenOf(mail) })).status).toBe(410);
      expect(await eventsOf(browser)).toEqual(expect.arrayContaining(['email_change_requested', 'email_changed']));
    });

    it('answers 409 when the new address belongs to another account, asked or confirmed', async () => {
      const { email: taken } = await newAccount(server.url, 'Ben');
      const { email, browser } = await newAccount(server.url);
      const conflict = await browser.post('/api/v1/account/email', { newEmail: taken.toUpperCase(), currentPassword: PASSWORD });
      expect(conflict.status).toBe(409);
      expect(conflict.body.code).toBe('EMAIL_TAKEN');
      expect((await browser.post('/api/v1/account/email', { newEmail: email, currentPassword: PASSWORD })).status).toBe(400);
      expect(
        (await browser.post('/api/v1/account/email', { newEmail: uniqueEmail('x'), currentPassword: 'wrong password here' })).status,
      ).toBe(400);

      const later = uniqueEmail('race');
      expect((await browser.post('/api/v1/account/email', { newEmail: later, currentPassword: PASSWORD })).status).toBe(202);
      await new Browser(server.url).signUp('Squatter', later);
      const [mail] = await mailsTo(later, 'email-change');
      const confirm = await new Browser(server.url).post('/api/v1/account/email/confirm', { token: tokenOf(mail) });
      expect(confirm.status).toBe(409);
      expect((await browser.get('/api/v1/account')).body.email).toBe(email);
    });

    it('throttles guesses of the current password per account, like sign-ins', async () => {
      const { browser } = await newAccount(server.url);
      const guess = () =>
        browser.post('/api/v1/account/password', { currentPassword: 'guessing the password', newPassword: 'a brand new passphrase' });
      for (let i = 0; i < 5; i++) expect((await guess()).status).toBe(400); // SIGNIN_MAX_PER_ACCOUNT
      expect((await guess()).status).toBe(429);
      expect(
        (await browser.post('/api/v1/account/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' })).status,
      ).toBe(429);
    });
  });

  describe('sessions and devices', () => {
    it('lists my sessions with a device description and no address, and ends another one', async () => {
      const { email, browser } = await newAccount(server.url);
      const laptop = new Browser(server.url, FIREFOX_WINDOWS);
      await laptop.signIn(email);
      const listed = await browser.get('/api/v1/account/sessions');
      expect(listed.status).toBe(200);
      const items = listed.body.items as { id: string; device: string; current: boolean; createdAt: string; lastActiveAt: string }[];
      expect(items.map((item) => [item.device, item.current]).sort()).toEqual([
        ['Chromium on Linux', true],
        ['Firefox on Windows', false],
      ]);
      expect(JSON.stringify(listed.body)).not.toMatch(/127\.0\.0\.1|::1|sid/);
      const columns = await withOwner(
        async (db) =>
          (await db.query<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'user_sessions'`))
            .rows,
      );
      expect(columns.map((column) => column.column_name).sort()).toEqual([
        'created_at',
        'device',
        'id',
        'last_active_at',
        'sid',
        'user_id',
      ]);

      const mine = items.find((item) => item.current) as { id: string };
      const other = items.find((item) => !item.current) as { id: string };
      expect((await browser.delete(`/api/v1/account/sessions/${mine.id}`)).status).toBe(400);
      expect((await browser.delete(`/api/v1/account/sessions/${other.id}`)).status).toBe(204);
      expect((await laptop.get('/api/v1/account')).status).toBe(401);
      expect((await browser.delete(`/api/v1/account/sessions/${other.id}`)).status).toBe(404);
      expect((await browser.get('/api/v1/account/sessions')).body.items).toHaveLength(1);
      expect(await eventsOf(browser)).toContain('session_revoked');
    });

    it('never lets one person end or see another person’s session', async () => {
      const { browser: amina } = await newAccount(server.url, 'Amina');
      const { browser: ben } = await newAccount(server.url, 'Ben');
      const bensSession = (await ben.get('/api/v1/account/sessions')).body.items[0].id as string;
      expect((await amina.delete(`/api/v1/account/sessions/${bensSession}`)).status).toBe(404);
      expect((await amina.delete('/api/v1/account/sessions/not-a-uuid')).status).toBe(400);
      expect((await ben.get('/api/v1/account')).status).toBe(200);
      expect((await amina.get('/api/v1/account/sessions')).body.items.map((item: { id: string }) => item.id)).not.toContain(bensSession);
    });

    it('signs out every other session at once', async () => {
      const { email, browser } = await newAccount(server.url);
      const others = [new Browser(server.url), new Browser(server.url, FIREFOX_WINDOWS)];
      for (const other of others) await other.signIn(email);
      const ended = await browser.post('/api/v1/account/sessions/revoke-others');
      expect(ended.status).toBe(200);
      expect(ended.body.ended).toBe(2);
      for (const other of others) expect((await other.get('/api/v1/account')).status).toBe(401);
      expect((await browser.get('/api/v1/account')).status).toBe(200);
    });

    it('mails a security notice for a sign-in from a new browser, once per browser, and none at sign-up', async () => {
      const { email, browser } = await newAccount(server.url);
      expect(browser.cookieNamed('cg.device')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await mailsTo(email, 'new-device')).toEqual([]);
      await browser.post('/api/v1/auth/sign-out');
      browser.csrf = null;
      expect((await browser.signIn(email)).status).toBe(200);
      expect(await mailsTo(email, 'new-device')).toEqual([]);

      const elsewhere = new Browser(server.url, FIREFOX_WINDOWS);
      await elsewhere.signIn(email);
      const [mail] = await mailsTo(email, 'new-device');
      expect(mail).toMatchObject({ workspace_id: null, recipient_user_id: browser.user?.id });
      expect(mail.params).toMatchObject({ device: 'Firefox on Windows', path: '/account' });
      expect(JSON.stringify(mail.params)).not.toMatch(/127\.0\.0\.1|::1/);
      await elsewhere.post('/api/v1/auth/sign-out');
      elsewhere.csrf = null;
      expect((await elsewhere.signIn(email)).status).toBe(200);
      expect(await mailsTo(email, 'new-device')).toHaveLength(1);
      expect(await eventsOf(browser)).toContain('new_device_signed_in');
    });
  });

  describe('row-level security', () => {
    it('forces row-level security on every per-person account table', async () => {
      const rows = await withOwner(
        async (db) =>
          (
            await db.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
              `select relname, relrowsecurity, relforcerowsecurity from pg_class
                where relname in ('account_tokens', 'user_sessions', 'known_devices', 'account_events') order by relname`,
            )
          ).rows,
      );
      expect(rows).toEqual(
        ['account_events', 'account_tokens', 'known_devices', 'user_sessions'].map((relname) => ({
          relname,
          relrowsecurity: true,
          relforcerowsecurity: true,
        })),
      );
    });

    it('shows my reset links, sessions, devices, security log and account mails to nobody else', async () => {
      const { email, browser: amina } = await newAccount(server.url, 'Amina');
      const { browser: ben } = await newAccount(server.url, 'Ben');
      await amina.post('/api/v1/account/password-reset', { email });
      await waitForMail(email, 'password-reset');
      const count = (userId: string | null | undefined) =>
        withAppRole(async (db) => {
          await db.query('begin');
          await db.query("select set_config('app.user_id', $1, true)", [userId ?? '']);
          const counts: Record<string, number> = {};
          for (const table of ['account_tokens', 'user_sessions', 'known_devices', 'account_events', 'outgoing_mails']) {
            const { rows } = await db.query<{ n: number }>(
              `select count(*)::int as n from ${table} where ${table === 'outgoing_mails' ? 'recipient_user_id' : 'user_id'} = $1`,
              [amina.user?.id],
            );
            counts[table] = rows[0].n;
          }
          await db.query('rollback');
          return counts;
        });
      const asBen = await count(ben.user?.id);
      const asNobody = await count(null);
      const asAmina = await count(amina.user?.id);
      expect(asBen).toEqual({ account_tokens: 0, user_sessions: 0, known_devices: 0, account_events: 0, outgoing_mails: 0 });
      expect(asNobody).toEqual(asBen);
      expect(asAmina.account_tokens).toBe(1);
      expect(asAmina.user_sessions).toBeGreaterThan(0);
      expect(asAmina.outgoing_mails).toBe(1);

      const tamper = await withAppRole(async (db) => {
        await db.query('begin');
        await db.query("select set_config('app.user_id', $1, true)", [amina.user?.id]);
        try {
          await db.query('delete from account_events where user_id = $1', [amina.user?.id]);
          return 'deleted';
        } catch (error) {
          return (error as { code?: string }).code;
        } finally {
          await db.query('rollback');
        }
      });
      expect(tamper).toBe('42501'); // the security log is append-only for the app
    });
  });
});
