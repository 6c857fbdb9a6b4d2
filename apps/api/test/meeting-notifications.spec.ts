import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Db } from '../src/database/db.service';
import { renderMail } from '../src/mail/templates/render';
import { sweepDeadlines } from '../src/notifications/reminders';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withOwner } from './harness';

const HOUR = 3600_000;

interface Listed {
  kind: string;
  objectId: string;
  params: Record<string, unknown>;
  path: string;
  text: string;
}

describe('meeting notifications: invitation, change, cancellation, reminder, minutes to review and approved', () => {
  let server: TestApp;
  let convener: Client;
  let secretariat: Client;
  let amina: Client;
  let beatriz: Client;
  let chen: Client;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    secretariat = await new Client(server.url).signUp('Secretariat Sitou');
    amina = await new Client(server.url).signUp('Amina Speaker-Uniquename');
    beatriz = await new Client(server.url).signUp('Beatriz Speaker-Uniquename');
    chen = await new Client(server.url).signUp('Chen Decliner');
    for (const client of [secretariat, amina, beatriz, chen]) await joinWorkspace(convener, client, workspaceId);
    // Amina reads French: her mails are queued in French.
    expect((await amina.request('PUT', '/api/v1/account/locale', { locale: 'fr' })).status).toBe(200);
  });
  afterAll(() => server.close());

  async function setUp(regime?: 'chatham_house' | 'off_the_record') {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    expect((await convener.post(`${base}/members`, { userId: secretariat.user?.id, role: 'secretariat' })).status).toBe(201);
    for (const client of [amina, beatriz, chen])
      expect((await convener.post(`${base}/members`, { userId: client.user?.id, role: 'participant' })).status).toBe(201);
    if (regime) {
      const saved = await convener.request('PUT', `${base}/confidentiality`, {
        defaultMode: regime,
        mediaSpokespeople: 'The co-conveners',
        externalCommunication: 'Agreed statements only',
        version: 0,
      });
      expect(saved.status).toBe(200);
    }
    return { process, base };
  }

  async function schedule(base: string, startsAt: Date, extra: Record<string, unknown> = {}) {
    const created = await secretariat.post(`${base}/meetings`, {
      kind: 'plenary',
      format: 'in_person',
      title: 'Plenary on the market road',
      place: 'Town hall',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      ...extra,
    });
    expect(created.status).toBe(201);
    return { meeting: created.body as { id: string; version: number }, url: `${base}/meetings/${created.body.id}` };
  }

  const mine = async (client: Client, objectId: string, kind?: string): Promise<Listed[]> =>
    ((await client.get('/api/v1/me/notifications?limit=100')).body.items as Listed[]).filter(
      (item) => item.objectId === objectId && (!kind || item.kind === kind),
    );

  const mails = (userId: string | undefined, kind: string, objectId: string) =>
    withOwner(
      async (db) =>
        (
          await db.query('select template, params, locale from outgoing_mails where dedupe_key like $1', [
            `notification:${userId}:${kind}:${objectId}%`,
          ])
        ).rows as { template: string; params: Record<string, unknown>; locale: string }[],
    );

  it('tells new invitees once, in their language by mail, and each invitee of a change and of a cancellation', async () => {
    const { process, base } = await setUp();
    const { meeting, url } = await schedule(base, new Date(Date.now() + 72 * HOUR));
    // Nobody hears of a meeting before being invited.
    expect(await mine(amina, meeting.id)).toEqual([]);

    expect((await secretariat.post(`${url}/invitations`, { memberIds: [amina.user?.id, beatriz.user?.id] })).status).toBe(200);
    const invited = await mine(amina, meeting.id, 'meeting_invited');
    expect(invited).toHaveLength(1);
    expect(invited[0]).toMatchObject({
      path: `/w/${workspaceId}/p/${process.id}/meetings/${meeting.id}`,
      params: { meetingTitle: 'Plenary on the market road', place: 'Town hall', timeZone: expect.any(String) },
    });
    expect(invited[0].text).toContain('You are invited to “Plenary on the market road”');
    // Invited again (with Chen added): the first two hear nothing new, Chen hears once.
    await secretariat.post(`${url}/invitations`, { memberIds: [amina.user?.id, beatriz.user?.id, chen.user?.id] });
    expect(await mine(amina, meeting.id, 'meeting_invited')).toHaveLength(1);
    expect(await mine(chen, meeting.id, 'meeting_invited')).toHaveLength(1);
    // The secretariat who invited hears nothing of their own act.
    expect(await mine(secretariat, meeting.id)).toEqual([]);

    const [mail] = await mails(amina.user?.id, 'meeting_invited', meeting.id);
    expect(mail).toMatchObject({ template: 'meeting-notice', locale: 'fr' });
    const rendered = renderMail('meeting-notice', mail.params as never, mail.locale, 'https://cg.example.org');
    expect(rendered.subject).toBe('Invitation : Plenary on the market road (' + process.title + ')');
    expect(rendered.text).toContain('Lieu : Town hall');
    expect(rendered.text).toContain(`https://cg.example.org/w/${workspaceId}/p/${process.id}/meetings/${meeting.id}`);

    // An agenda edit is read on the page; a new time is news to every invitee, once per version.
    const agenda = await secretariat.patch(url, { agenda: [{ title: 'Welcome', minutes: 10 }], version: meeting.version });
    expect(agenda.status).toBe(200);
    expect(await mine(beatriz, meeting.id, 'meeting_changed')).toEqual([]);
    const later = new Date(Date.now() + 96 * HOUR);
    const moved = await secretariat.patch(url, {
      startsAt: later.toISOString(),
      endsAt: new Date(later.getTime() + HOUR).toISOString(),
      version: agenda.body.version,
    });
    expect(moved.status).toBe(200);
    const changed = await mine(beatriz, meeting.id, 'meeting_changed');
    expect(changed).toHaveLength(1);
    expect(changed[0].params).toMatchObject({ change: 'updated', startsAt: later.toISOString() });

    const cancelled = await secretariat.post(`${url}/cancel`, { version: moved.body.version });
    expect(cancelled.status).toBe(200);
    for (const client of [amina, beatriz, chen]) {
      const items = await mine(client, meeting.id, 'meeting_changed');
      expect(items.map((item) => item.params.change).sort()).toEqual(['cancelled', 'updated']);
    }
    const cancelMail = (await mails(amina.user?.id, 'meeting_changed', meeting.id)).find(
      (row) => (row.params.notice as { params: { change: string } }).params.change === 'cancelled',
    );
    expect(renderMail('meeting-notice', cancelMail?.params as never, 'fr', 'https://cg.example.org').subject).toBe(
      'Réunion annulée : Plenary on the market road',
    );
  });

  it('reminds invitees who have not declined the day before, once however often the sweep runs, and not of a cancelled meeting', async () => {
    const { base } = await setUp();
    // Noon UTC two days ahead is tomorrow in the process's calendar when swept a day earlier.
    const day = new Date(Date.now() + 48 * HOUR);
    day.setUTCHours(12, 0, 0, 0);
    const { meeting, url } = await schedule(base, day);
    await secretariat.post(`${url}/invitations`, { memberIds: [amina.user?.id, beatriz.user?.id, chen.user?.id] });
    expect((await chen.post(`${url}/rsvp`, { response: 'no' })).status).toBe(200);
    const other = await schedule(base, day, { title: 'Called off' });
    await secretariat.post(`${other.url}/invitations`, { memberIds: [amina.user?.id] });
    expect((await secretariat.post(`${other.url}/cancel`, { version: other.meeting.version })).status).toBe(200);

    const db = server.app.get(Db);
    const sweep = (now: Date) => db.transaction({ workspaceId }, (em) => sweepDeadlines(em, workspaceId, now));
    // Two days before: nothing yet.
    expect((await sweep(new Date(day.getTime() - 48 * HOUR))).meetingsTomorrow).toBe(0);
    const dayBefore = new Date(day.getTime() - 24 * HOUR);
    expect((await sweep(dayBefore)).meetingsTomorrow).toBe(2);
    // A redelivered job, a second sweep the same day: nobody hears twice.
    expect((await sweep(dayBefore)).meetingsTomorrow).toBe(0);
    expect((await sweep(new Date(dayBefore.getTime() + 60_000))).meetingsTomorrow).toBe(0);
    expect(await mine(amina, meeting.id, 'meeting_reminder')).toHaveLength(1);
    expect(await mine(beatriz, meeting.id, 'meeting_reminder')).toHaveLength(1);
    expect(await mine(chen, meeting.id, 'meeting_reminder')).toEqual([]);
    expect(await mine(amina, other.meeting.id, 'meeting_reminder')).toEqual([]);
    expect(await mails(amina.user?.id, 'meeting_reminder', meeting.id)).toHaveLength(1);
  });

  it('under the Chatham House Rule tells attendees once that minutes are to review and once that they are approved, naming nobody', async () => {
    const { base } = await setUp('chatham_house');
    const { meeting, url } = await schedule(base, new Date(Date.now() - 3 * HOUR));
    await secretariat.post(`${url}/invitations`, { memberIds: [amina.user?.id, beatriz.user?.id, chen.user?.id] });
    await secretariat.post(`${url}/attendance`, { memberIds: [amina.user?.id, beatriz.user?.id] });
    for (const text of ['Patrols should start on market days.', 'Lighting is the priority.', 'The budget is short.']) {
      expect((await secretariat.post(`${url}/minutes/statements`, { text })).status).toBe(201);
    }
    const draft = (await secretariat.get(`${url}/minutes`)).body;
    expect((await secretariat.post(`${url}/minutes/submit`, { version: draft.version })).status).toBe(200);
    // Amina opts in to be quoted for one statement: still no name in any notification.
    expect((await amina.post(`${url}/minutes/statements/${draft.statements[0].id}/quote-me`)).status).toBe(200);

    expect(await mine(amina, meeting.id, 'minutes_to_review')).toHaveLength(1);
    expect(await mine(beatriz, meeting.id, 'minutes_to_review')).toHaveLength(1);
    // Invited but absent: no minutes to review.
    expect(await mine(chen, meeting.id, 'minutes_to_review')).toEqual([]);

    await Promise.all([
      amina.post(`${url}/minutes/reviews`, { verdict: 'approve' }),
      beatriz.post(`${url}/minutes/reviews`, { verdict: 'approve' }),
    ]);
    expect((await amina.get(`${url}/minutes`)).body.status).toBe('approved');
    for (const client of [amina, beatriz]) {
      const items = await mine(client, meeting.id);
      // One notification for the batch: never one per statement.
      expect(items.filter((item) => item.kind === 'minutes_approved')).toHaveLength(1);
      expect(items.map((item) => item.kind).sort()).toEqual(['meeting_invited', 'minutes_approved', 'minutes_to_review']);
    }

    // Nothing any notification or its mail stored names a speaker or a drafter, or carries what was said.
    const stored = await withOwner(
      async (db) =>
        (
          await db.query(
            `select params::text as text from notifications where object_id = $1
             union all select params::text from outgoing_mails where dedupe_key like $2`,
            [meeting.id, `notification:%:%:${meeting.id}%`],
          )
        ).rows as { text: string }[],
    );
    expect(stored.length).toBeGreaterThanOrEqual(8);
    for (const { text } of stored) {
      for (const forbidden of ['Uniquename', 'Sitou', 'Patrols', 'Lighting', 'budget']) expect(text).not.toContain(forbidden);
    }
  });
});
