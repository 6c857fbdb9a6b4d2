import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { Client, startTestApp, type TestApp } from './harness';
import { dialogue, makeTeam, member, planWith, type Team } from './implement-fixture';

describe('exporting an action plan as CSV', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  it('writes RFC 4180 CSV with a BOM, CRLF, quoted commas, quotes and line breaks, and no formula a spreadsheet would run', async () => {
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [
      {
        title: 'Patrols, on "market" days',
        description: 'Two officers\nand one trader',
        owner: member(team.amina),
        dueDate: '2026-01-31',
        wheelArea: 'joint_implementation',
      },
      { title: '=HYPERLINK("http://evil.example","Click")', description: '@SUM(A1)', dueDate: '2099-01-01' },
      { title: 'Radio – émission en français', status: 'dropped', dropReason: 'No airtime' },
    ]);
    await team.amina.post(`${base}/actions/${plan.actions[0].id}/progress`, { text: 'Started', percent: 30 });
    await team.secretariat.post(`${base}/actions/${plan.actions[0].id}/cost-lines`, {
      item: 'Fuel',
      amount: '100',
      currency: 'USD',
      status: 'secured',
    });
    await team.secretariat.post(`${base}/actions/${plan.actions[0].id}/cost-lines`, {
      item: 'Radios',
      amount: '20.50',
      currency: 'EUR',
      status: 'needed',
    });

    const response = await fetch(`${server.url}${base}/plans/${plan.id}/export.csv`, {
      headers: { cookie: team.observer.cookie as string },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="action-plan-safer-market-roads.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('"Patrols, on ""market"" days","Two officers\nand one trader"');
    expect(text.endsWith('\r\n')).toBe(true);

    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual([
      'Plan',
      'Plan status',
      'Action',
      'How',
      'Owner',
      'Owner type',
      'Start',
      'Due',
      'Status',
      'Overdue',
      'Coordination Wheel area',
      'Depends on',
      'Progress %',
      'Costs',
      'Drop reason',
      'Status since',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'Safer market roads',
      'Draft',
      'Patrols, on "market" days',
      'Two officers\nand one trader',
      'Amina Participant',
      'Person',
      '',
      'Jan 31, 2026',
      'Planned',
      'yes',
      'Joint implementation',
      '',
      '30',
      '20.50 EUR; 100.00 USD',
      '',
      expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M GMT\+3$/),
    ]);
    // Days as people write them, and no raw ISO date or time anywhere.
    expect(rows[2][7]).toBe('Jan 1, 2099');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(rows[2].slice(2, 4)).toEqual(['\'=HYPERLINK("http://evil.example","Click")', "'@SUM(A1)"]);
    expect(rows[3]).toEqual(expect.arrayContaining(['Radio – émission en français', 'Dropped', 'no', 'No airtime']));
    expect((await team.observer.get(`${base}/plans/00000000-0000-4000-8000-000000000000/export.csv`)).status).toBe(404);
  });
});

describe('dates in an exported plan', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  it('writes them in the process’s document language, and times in its time zone, named', async () => {
    const base = await dialogue(team, { language: 'fr', timezone: 'America/Bogota' });
    const plan = await planWith(team.secretariat, base, [{ title: 'Patrouilles', dueDate: '2026-12-31' }]);
    const response = await fetch(`${server.url}${base}/plans/${plan.id}/export.csv`, {
      headers: { cookie: team.observer.cookie as string },
    });
    const rows: string[][] = parse(Buffer.from(await response.arrayBuffer()).toString('utf8'), { bom: true });
    expect(rows[1][7]).toBe('31 déc. 2026');
    // Bogotá is five hours behind UTC all year: the time is Bogotá's and says so.
    const since = rows[1][15].replace(/[\u202f\u00a0]/g, ' ');
    expect(since).toMatch(/^\d{1,2} [a-zéû]+\.? \d{4}, \d{2}:\d{2} UTC−5$/);
  });
});

describe('the calendar feed', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  const fetchFeed = (url: string) => fetch(url);

  it('answers the secret URL with an iCalendar of milestones and due dates, and 404 once rotated or revoked', async () => {
    const base = await dialogue(team, { title: 'Logone; valley, dialogue' });
    const plan = await planWith(team.secretariat, base, [
      { title: 'Map hotspots, with traders', owner: member(team.amina), dueDate: '2026-12-15' },
      { title: 'Finished', dueDate: '2026-12-16', status: 'done' },
    ]);
    const milestone = (
      await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, {
        title: 'Hotspots mapped',
        dueDate: '2026-12-31',
        unit: 'districts',
        baseline: 0,
        target: 8,
        direction: 'increase',
        quickWin: true,
      })
    ).body;
    await team.secretariat.request('PUT', `${base}/accountability/${team.amina.user?.id}`, {
      accountableTo: 'Traders’ association',
      constituency: 'Traders',
      channel: 'Market meeting',
      frequency: 'monthly',
      lastReportedAt: '2026-11-01T09:00:00.000Z',
    });

    expect((await team.amina.get(`${base}/calendar-feed`)).body).toEqual({ active: false, createdAt: null, url: null });
    const created = await team.amina.post(`${base}/calendar-feed`);
    expect(created.status).toBe(201);
    const url = created.body.url as string;
    expect(url).toMatch(/\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}$/);
    expect((await team.amina.get(`${base}/calendar-feed`)).body).toMatchObject({ active: true, url: null });

    // The feed needs no session: the token alone opens it.
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await feed.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const lines = body.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'NAME:Logone\\; valley\\, dialogue',
        `UID:milestone-${milestone.id}@common-ground`,
        'SUMMARY:Quick win: Hotspots mapped',
        'DTSTART;VALUE=DATE:20261231',
        `UID:action-${plan.actions[0].id}@common-ground`,
        'SUMMARY:Due: Map hotspots\\, with traders',
        'DTSTART;VALUE=DATE:20261215',
        'SUMMARY:Report back to Traders’ association',
        'DTSTART;VALUE=DATE:20261201',
      ]),
    );
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(body).not.toContain('Finished');
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // What people read (titles, descriptions) carries no raw ISO date; dates are the calendar's own fields.
    expect(lines.filter((line) => /^(SUMMARY|DESCRIPTION|NAME)/.test(line)).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const rotated = await team.amina.post(`${base}/calendar-feed/rotate`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.url).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(rotated.body.url)).status).toBe(200);

    expect((await team.amina.delete(`${base}/calendar-feed`)).status).toBe(204);
    const revoked = await fetchFeed(rotated.body.url);
    expect(revoked.status).toBe(404);
    expect(revoked.headers.get('content-type')).toContain('application/problem+json');
    expect((await team.amina.post(`${base}/calendar-feed/rotate`)).status).toBe(404);
    expect((await fetchFeed(`${server.url}/api/v1/calendar-feeds/not-a-token`)).status).toBe(404);
  });

  it('stops answering once the person may no longer see the process, and keeps each person’s feed their own', async () => {
    const base = await dialogue(team);
    const amina = (await team.amina.post(`${base}/calendar-feed`)).body.url as string;
    const bilal = (await team.bilal.post(`${base}/calendar-feed`)).body.url as string;
    expect(amina).not.toBe(bilal);
    await team.bilal.delete(`${base}/calendar-feed`);
    expect((await fetchFeed(amina)).status).toBe(200);
    expect((await team.convener.delete(`${base}/members/${team.amina.user?.id}`)).status).toBe(204);
    expect((await fetchFeed(amina)).status).toBe(404);
    const stranger = await new Client(server.url).signUp('Stranger');
    expect((await stranger.post(`${base}/calendar-feed`)).status).toBe(404);
  });

  it('stops answering once the process is archived, since a read-only process can no longer revoke a feed', async () => {
    const base = await dialogue(team);
    const url = (await team.amina.post(`${base}/calendar-feed`)).body.url as string;
    expect((await fetchFeed(url)).status).toBe(200);
    const { version } = (await team.convener.get(base)).body as { version: number };
    expect((await team.convener.post(`${base}/archive`, { version })).status).toBeLessThan(300);
    expect((await fetchFeed(url)).status).toBe(404);
  });

  it('lists the meetings the person is invited to, timed, with their place or link, and a cancelled one as cancelled', async () => {
    const base = await dialogue(team);
    const schedule = async (title: string, extra: Record<string, unknown>) => {
      const created = await team.secretariat.post(`${base}/meetings`, {
        kind: 'plenary',
        format: 'in_person',
        title,
        startsAt: '2027-03-10T08:00:00.000Z',
        endsAt: '2027-03-10T10:30:00.000Z',
        ...extra,
      });
      expect(created.status).toBe(201);
      return created.body as { id: string; version: number };
    };
    const plenary = await schedule('Plenary, second round', { place: 'Town hall; room 2' });
    const online = await schedule('Online check-in', { format: 'online', link: 'https://meet.example.org/abc' });
    const notMine = await schedule('Bilateral without Amina', { kind: 'bilateral' });
    for (const meeting of [plenary, online]) {
      expect((await team.secretariat.post(`${base}/meetings/${meeting.id}/invitations`, { memberIds: [team.amina.user?.id] })).status).toBe(
        200,
      );
    }
    await team.secretariat.post(`${base}/meetings/${notMine.id}/invitations`, { memberIds: [team.bilal.user?.id] });
    expect((await team.secretariat.post(`${base}/meetings/${online.id}/cancel`, { version: online.version })).status).toBe(200);

    const url = (await team.amina.post(`${base}/calendar-feed`)).body.url as string;
    const body = await (await fetchFeed(url)).text();
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = body
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((block) => block.split('\r\n'));
    const find = (id: string) => events.find((event) => event.includes(`UID:meeting-${id}@common-ground`));
    expect(find(plenary.id)).toEqual(
      expect.arrayContaining([
        'DTSTART:20270310T080000Z',
        'DTEND:20270310T103000Z',
        'SUMMARY:Plenary\\, second round',
        'LOCATION:Town hall\\; room 2',
        'STATUS:CONFIRMED',
        expect.stringMatching(new RegExp(`^URL:.*/meetings/${plenary.id}$`)),
      ]),
    );
    expect(find(online.id)).toEqual(
      expect.arrayContaining(['SUMMARY:Online check-in', 'LOCATION:https://meet.example.org/abc', 'STATUS:CANCELLED']),
    );
    expect(find(notMine.id)).toBeUndefined();
    expect(body).not.toContain('Bilateral without Amina');
  });
});
