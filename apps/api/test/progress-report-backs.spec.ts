import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp, withOwner } from './harness';
import { dialogue, makeTeam, member, planWith, type Team } from './implement-fixture';

describe('progress updates through the API', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  it('lets the holder report progress with a percent, links and an indicator value that joins the milestone’s series', async () => {
    const base = await dialogue(team);
    const plan = await planWith(
      team.secretariat,
      base,
      [{ title: 'Map hotspots', owner: member(team.amina), dueDate: '2026-12-31' }],
      true,
      team.convener,
    );
    const actionId = plan.actions[0].id as string;
    const milestone = (
      await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, {
        title: 'Hotspots mapped',
        dueDate: '2026-12-31',
        unit: 'districts',
        baseline: 0,
        target: 8,
        direction: 'increase',
        actionId,
      })
    ).body;

    const first = await team.amina.post(`${base}/actions/${actionId}/progress`, { text: 'Two districts walked with traders', percent: 25 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      text: 'Two districts walked with traders',
      percent: 25,
      links: [],
      author: { displayName: 'Amina Participant' },
    });
    const second = await team.amina.post(`${base}/actions/${actionId}/progress`, {
      text: 'Four districts mapped',
      percent: 50,
      milestoneId: milestone.id,
      indicatorValue: 4,
      links: ['https://example.org/map.pdf', 'http://example.org/photos'],
    });
    expect(second.body).toMatchObject({
      milestoneTitle: 'Hotspots mapped',
      indicatorValue: 4,
      links: ['https://example.org/map.pdf', 'http://example.org/photos'],
    });

    const series = (await team.observer.get(`${base}/milestones/${milestone.id}`)).body;
    expect(series).toMatchObject({ currentValue: 4, progress: 0.5 });
    expect(series.values).toEqual([
      expect.objectContaining({
        value: 4,
        progressUpdateId: second.body.id,
        recordedBy: expect.objectContaining({ displayName: 'Amina Participant' }),
      }),
    ]);
    const action = (await team.observer.get(`${base}/actions/${actionId}`)).body;
    expect(action).toMatchObject({ progressPercent: 50, mayReportProgress: false, version: plan.actions[0].version });
    expect((await team.amina.get(`${base}/actions/${actionId}`)).body.mayReportProgress).toBe(true);

    const timeline = (await team.observer.get(`${base}/actions/${actionId}/progress`)).body;
    expect(timeline.items.map((item: { percent: number }) => item.percent)).toEqual([50, 25]);
    const paged = (await team.observer.get(`${base}/actions/${actionId}/progress?limit=1`)).body;
    expect(paged.items).toHaveLength(1);
    expect((await team.observer.get(`${base}/actions/${actionId}/progress?limit=1&cursor=${paged.nextCursor}`)).body.items[0].percent).toBe(
      25,
    );
  });

  it('refuses updates from participants who do not hold the action, and bad updates with 400s naming the field', async () => {
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [
      { title: 'Map hotspots', owner: member(team.amina), dueDate: '2026-12-31' },
      { title: 'Radio' },
    ]);
    const [mapping, radio] = plan.actions;
    const path = `${base}/actions/${mapping.id}/progress`;
    expect((await team.bilal.post(path, { text: 'Not mine' })).status).toBe(403);
    expect((await team.observer.post(path, { text: 'Watching' })).status).toBe(403);
    expect((await team.secretariat.post(path, { text: 'Secretariat follows up' })).status).toBe(201);

    const empty = await team.amina.post(path, { text: '  ' });
    expect(empty.body.errors[0]).toEqual({
      field: 'text',
      code: 'progressEmpty',
      params: {},
      message: 'Say what progress was made, or give a percentage or an indicator value.',
    });
    expect((await team.amina.post(path, { percent: 101 })).body.errors[0].field).toBe('percent');
    expect((await team.amina.post(path, { percent: 12.5 })).body.errors[0].field).toBe('percent');
    const script = await team.amina.post(path, { text: 'x', links: ['javascript:alert(1)'] });
    expect(script.body.errors[0]).toMatchObject({ field: 'links' });
    expect(
      (await team.amina.post(path, { text: 'x', links: Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`) })).body.errors[0]
        .field,
    ).toBe('links');
    expect((await team.amina.post(path, { indicatorValue: 3 })).body.errors[0].field).toBe('milestoneId');

    const milestone = (
      await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, {
        title: 'Radio shows',
        dueDate: '2026-12-31',
        unit: 'shows',
        baseline: 0,
        target: 10,
        direction: 'increase',
        actionId: radio.id,
      })
    ).body;
    const elsewhere = await team.amina.post(path, { milestoneId: milestone.id, indicatorValue: 3 });
    expect(elsewhere.body.errors[0]).toEqual({
      field: 'milestoneId',
      code: 'progressMilestoneNotLinked',
      params: {},
      message: 'The indicator value must be for a milestone linked to this action.',
    });
    expect((await team.amina.post(path, { text: 'Three shows', milestoneId: milestone.id })).body.errors[0].field).toBe('indicatorValue');
    expect((await team.observer.get(`${base}/actions/${mapping.id}/progress`)).body.items).toHaveLength(1);
  });

  it('lists overdue and blocked actions for the dashboard’s “see all”', async () => {
    const base = await dialogue(team);
    await planWith(team.secretariat, base, [
      { title: 'Late one', dueDate: '2026-01-10', owner: member(team.amina) },
      { title: 'Later one', dueDate: '2026-02-10' },
      { title: 'Future', dueDate: '2099-01-01' },
      { title: 'Stuck', status: 'blocked' },
      { title: 'Finished late', dueDate: '2026-01-01', status: 'done' },
    ]);
    const overdue = (await team.observer.get(`${base}/actions?filter=overdue`)).body;
    expect(overdue.items.map((item: { title: string }) => item.title)).toEqual(['Late one', 'Later one']);
    expect((await team.observer.get(`${base}/actions?filter=blocked`)).body.items.map((item: { title: string }) => item.title)).toEqual([
      'Stuck',
    ]);
    expect((await team.observer.get(`${base}/actions?filter=late`)).status).toBe(400);
  });
});

describe('report-backs through the API', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  async function entry(base: string, userId: string, frequency: string) {
    const saved = await team.secretariat.request('PUT', `${base}/accountability/${userId}`, {
      accountableTo: 'Traders’ association',
      constituency: 'Market traders',
      channel: 'Monthly market meeting',
      frequency,
      lastReportedAt: '2026-01-31T09:00:00.000Z',
    });
    expect(saved.status).toBe(200);
    return saved.body;
  }

  it('shows who owes a report-back to whom and when, and moves the due date when one is recorded', async () => {
    const base = await dialogue(team, { timezone: 'UTC' });
    await entry(base, team.amina.user?.id as string, 'monthly');
    const schedule = (await team.observer.get(`${base}/report-backs`)).body;
    expect(schedule.items.map((item: { displayName: string; scheduled: boolean }) => `${item.displayName}:${item.scheduled}`)).toEqual([
      'Amina Participant:true',
      'Bilal Participant:false',
    ]);
    expect(schedule.items[0]).toMatchObject({
      accountableTo: 'Traders’ association',
      channel: 'Monthly market meeting',
      frequency: 'monthly',
      lastReportedOn: '2026-01-31',
      dueOn: '2026-02-28',
      overdue: true,
      mayRecord: false,
    });
    expect(schedule.overdue).toBe(1);

    const recorded = await team.amina.post(`${base}/report-backs/${team.amina.user?.id}`, {
      reportedOn: '2026-03-31',
      note: 'Spoke at the market meeting',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      lastReportedOn: '2026-03-31',
      lastNote: 'Spoke at the market meeting',
      dueOn: '2026-04-30',
      mayRecord: true,
    });
    // An older report-back is kept in the record but does not move the due date back.
    await team.secretariat.post(`${base}/report-backs/${team.amina.user?.id}`, { reportedOn: '2026-03-01' });
    const after = (await team.amina.get(`${base}/report-backs`)).body.items[0];
    expect(after).toMatchObject({ lastReportedOn: '2026-03-31', dueOn: '2026-04-30' });
    const map = (await team.observer.get(`${base}/accountability`)).body.items[0];
    expect(map.lastReportedAt).toBe('2026-03-31T00:00:00.000Z');
  });

  it('lets participants record only their own, refuses future dates and people without an entry, and bumps the entry’s version', async () => {
    const base = await dialogue(team, { timezone: 'Africa/Nairobi' });
    const saved = await entry(base, team.amina.user?.id as string, 'weekly');
    expect((await team.bilal.post(`${base}/report-backs/${team.amina.user?.id}`, { reportedOn: '2026-02-02' })).status).toBe(403);
    expect((await team.observer.post(`${base}/report-backs/${team.amina.user?.id}`, { reportedOn: '2026-02-02' })).status).toBe(403);
    const future = await team.amina.post(`${base}/report-backs/${team.amina.user?.id}`, { reportedOn: '2099-01-01' });
    expect(future.body.errors[0].field).toBe('reportedOn');
    expect((await team.amina.post(`${base}/report-backs/${team.amina.user?.id}`, { reportedOn: 'yesterday' })).body.errors[0].field).toBe(
      'reportedOn',
    );
    expect((await team.bilal.post(`${base}/report-backs/${team.bilal.user?.id}`, { reportedOn: '2026-02-02' })).status).toBe(400);
    expect((await team.secretariat.post(`${base}/report-backs/${team.observer.user?.id}`, { reportedOn: '2026-02-02' })).status).toBe(404);

    const recorded = await team.secretariat.post(`${base}/report-backs/${team.amina.user?.id}`, { reportedOn: '2026-02-02' });
    expect(recorded.body).toMatchObject({ lastReportedOn: '2026-02-02', dueOn: '2026-02-09' });
    // Midnight in Nairobi is 21:00 UTC the day before.
    expect((await team.observer.get(`${base}/accountability`)).body.items[0].lastReportedAt).toBe('2026-02-01T21:00:00.000Z');
    const stale = await team.secretariat.request('PUT', `${base}/accountability/${team.amina.user?.id}`, {
      accountableTo: 'Traders',
      constituency: 'Traders',
      channel: 'Meeting',
      frequency: 'weekly',
      version: saved.version,
    });
    expect(stale.status).toBe(409);
    const rows = await withOwner(
      async (db) => (await db.query('select count(*)::int as n from report_backs where user_id = $1', [team.amina.user?.id])).rows,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });
});
