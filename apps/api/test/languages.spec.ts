import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, startTestApp, type TestApp, uniqueEmail, withOwner } from './harness';

const PASSWORD = 'a long enough passphrase';

async function eventsOf(client: Client): Promise<{ kind: string }[]> {
  return (await client.get('/api/v1/account/events')).body.items;
}

describe('a person’s language', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  it('is null until chosen, then is on the account and in every session of the person', async () => {
    const email = uniqueEmail('Amina');
    const laptop = await new Client(server.url).signUp('Amina', email);
    expect((await laptop.session()).body.user.locale).toBeNull();
    expect((await laptop.get('/api/v1/account')).body.locale).toBeNull();
    const phone = new Client(server.url);
    expect((await phone.post('/api/v1/auth/sign-in', { email, password: PASSWORD })).status).toBe(200);

    const set = await laptop.request('PUT', '/api/v1/account/locale', { locale: 'ar' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ email, locale: 'ar' });
    expect((await laptop.session()).body.user.locale).toBe('ar');
    expect((await phone.session()).body.user.locale).toBe('ar');

    // A new sign-in reads it from the account.
    const tablet = new Client(server.url);
    const signedIn = await tablet.post('/api/v1/auth/sign-in', { email, password: PASSWORD });
    expect(signedIn.body.user.locale).toBe('ar');
  });

  it('keeps the language the person signed up in', async () => {
    const client = new Client(server.url);
    const reply = await client.post('/api/v1/auth/sign-up', {
      email: uniqueEmail('Sofia'),
      password: PASSWORD,
      displayName: 'Sofía',
      locale: 'es',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.user.locale).toBe('es');
    expect((await client.get('/api/v1/account')).body.locale).toBe('es');
  });

  it('records each change in the person’s security log, with the language and no address', async () => {
    const client = await new Client(server.url).signUp('Karim');
    expect((await client.request('PUT', '/api/v1/account/locale', { locale: 'fr' })).status).toBe(200);
    expect((await client.request('PUT', '/api/v1/account/locale', { locale: 'en' })).status).toBe(200);
    expect((await eventsOf(client)).filter((event) => event.kind === 'locale_changed')).toHaveLength(2);
    const payloads = await withOwner(
      async (db) =>
        (
          await db.query(`select payload from account_events where user_id = $1 and kind = 'locale_changed' order by occurred_at`, [
            client.user?.id,
          ])
        ).rows,
    );
    expect(payloads).toEqual([{ payload: { locale: 'fr' } }, { payload: { locale: 'en' } }]);
  });

  it('refuses a language the app does not speak, and a missing or malformed one, with 400', async () => {
    const client = await new Client(server.url).signUp('Lea');
    for (const body of [{ locale: 'de' }, { locale: 'fr-FR' }, { locale: '' }, { locale: 42 }, { locale: null }, {}]) {
      const reply = await client.request('PUT', '/api/v1/account/locale', body);
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('VALIDATION');
      expect(reply.body.errors).toEqual([expect.objectContaining({ field: 'locale' })]);
    }
    const signUp = await new Client(server.url).post('/api/v1/auth/sign-up', {
      email: uniqueEmail('Lea'),
      password: PASSWORD,
      displayName: 'Léa',
      locale: 'klingon',
    });
    expect(signUp.status).toBe(400);
    expect((await client.session()).body.user.locale).toBeNull();
  });

  it('needs a signed-in person', async () => {
    const anonymous = new Client(server.url);
    await anonymous.session();
    expect((await anonymous.request('PUT', '/api/v1/account/locale', { locale: 'fr' })).status).toBe(401);
  });
});

describe('a person’s own time zone', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  it('is null until chosen, then is on the account and in every session; null goes back to the device’s zone', async () => {
    const email = uniqueEmail('Nadia');
    const laptop = await new Client(server.url).signUp('Nadia', email);
    expect((await laptop.session()).body.user.timeZone).toBeNull();
    expect((await laptop.get('/api/v1/account')).body.timeZone).toBeNull();
    const phone = new Client(server.url);
    expect((await phone.post('/api/v1/auth/sign-in', { email, password: PASSWORD })).status).toBe(200);
    const set = await laptop.request('PUT', '/api/v1/account/time-zone', { timeZone: 'Asia/Manila' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ email, timeZone: 'Asia/Manila' });
    expect((await laptop.session()).body.user.timeZone).toBe('Asia/Manila');
    expect((await phone.session()).body.user.timeZone).toBe('Asia/Manila');
    const cleared = await phone.request('PUT', '/api/v1/account/time-zone', { timeZone: null });
    expect(cleared.body.timeZone).toBeNull();
    expect((await laptop.session()).body.user.timeZone).toBeNull();
    expect((await laptop.session()).body.user.email).toBe(email);
    await laptop.request('PUT', '/api/v1/account/time-zone', { timeZone: 'Asia/Manila' });
    // A new sign-in reads it from the account.
    const signedIn = await new Client(server.url).post('/api/v1/auth/sign-in', { email, password: PASSWORD });
    expect(signedIn.body.user.timeZone).toBe('Asia/Manila');
  });

  it('stores a zone as the runtime spells it, under its current name', async () => {
    const client = await new Client(server.url).signUp('Ravi');
    expect((await client.request('PUT', '/api/v1/account/time-zone', { timeZone: 'asia/calcutta' })).body.timeZone).toBe('Asia/Kolkata');
  });

  it('records each change in the person’s security log with the zone', async () => {
    const client = await new Client(server.url).signUp('Tomas');
    await client.request('PUT', '/api/v1/account/time-zone', { timeZone: 'America/Bogota' });
    await client.request('PUT', '/api/v1/account/time-zone', { timeZone: null });
    expect((await eventsOf(client)).filter((event) => event.kind === 'time_zone_changed')).toHaveLength(2);
    const payloads = await withOwner(
      async (db) =>
        (
          await db.query(`select payload from account_events where user_id = $1 and kind = 'time_zone_changed' order by occurred_at`, [
            client.user?.id,
          ])
        ).rows,
    );
    expect(payloads).toEqual([{ payload: { timeZone: 'America/Bogota' } }, { payload: { timeZone: null } }]);
  });

  it('refuses a zone that is not an IANA name, and a missing one, with 400', async () => {
    const client = await new Client(server.url).signUp('Ines');
    for (const body of [
      { timeZone: 'Mars/Olympus_Mons' },
      { timeZone: '+03:00' },
      { timeZone: '' },
      { timeZone: 42 },
      {},
      { timeZone: 'x'.repeat(65) },
    ]) {
      const reply = await client.request('PUT', '/api/v1/account/time-zone', body);
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('VALIDATION');
      expect(reply.body.errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);
    }
    expect((await client.session()).body.user.timeZone).toBeNull();
  });

  it('keeps anything but a zone name out of the column, whatever writes it', async () => {
    const client = await new Client(server.url).signUp('Omar');
    await expect(withOwner((db) => db.query(`update users set time_zone = '+03:00' where id = $1`, [client.user?.id]))).rejects.toThrow(
      /users_time_zone_check/,
    );
  });

  it('needs a signed-in person', async () => {
    const anonymous = new Client(server.url);
    await anonymous.session();
    expect((await anonymous.request('PUT', '/api/v1/account/time-zone', { timeZone: 'UTC' })).status).toBe(401);
  });
});
