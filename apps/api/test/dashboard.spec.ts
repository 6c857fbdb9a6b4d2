import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, localDate, summarizeProgress } from '@common-ground/domain';
import pg from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark's seed: the test counts statements on the data the bench measures
import { seedImplement } from '../../../scripts/bench/seed-implement';
import { createProcess, startTestApp, type TestApp, withOwner } from './harness';
import { dialogue, makeTeam, member, planWith, type Team } from './implement-fixture';

/**
 * Counts the SQL statements sent to PostgreSQL while `work` runs, by wrapping the pg driver's query (every
 * statement of the app, the session store and TypeORM's transaction control goes through it).
 */
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return count;
}

describe('the secretariat’s dashboard', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  it('shows overdue and blocked actions, milestones and report-backs due, the funding gap and progress per plan and area', async () => {
    const base = await dialogue(team, { timezone: 'UTC' });
    const today = localDate(new Date(), 'UTC');
    const plan = await planWith(team.secretariat, base, [
      { title: 'Map hotspots', owner: member(team.amina), dueDate: addDays(today, -3), wheelArea: 'joint_assessment' },
      { title: 'Patrol plan', owner: member(team.bilal), dueDate: addDays(today, 20), status: 'blocked', wheelArea: 'joint_planning' },
      {
        title: 'Radio programme',
        owner: member(team.secretariat),
        dueDate: addDays(today, -10),
        status: 'done',
        wheelArea: 'joint_planning',
      },
      { title: 'Dropped idea', status: 'dropped', dropReason: 'No partner' },
    ]);
    const [mapping, patrols] = plan.actions;
    await team.amina.post(`${base}/actions/${mapping.id}/progress`, { text: 'Half done', percent: 40 });
    const milestone = { unit: 'districts', baseline: 0, target: 8, direction: 'increase' };
    await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, {
      ...milestone,
      title: 'Hotspots mapped',
      dueDate: addDays(today, 10),
      quickWin: true,
    });
    const reached = (
      await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, {
        ...milestone,
        title: 'Already there',
        dueDate: addDays(today, 5),
      })
    ).body;
    await team.secretariat.post(`${base}/milestones/${reached.id}/values`, { value: 8 });
    await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, { ...milestone, title: 'Far away', dueDate: addDays(today, 90) });
    await team.secretariat.post(`${base}/actions/${mapping.id}/cost-lines`, {
      item: 'Fuel',
      amount: '100.00',
      currency: 'USD',
      fundingSource: 'EU',
      status: 'secured',
    });
    await team.secretariat.post(`${base}/actions/${mapping.id}/cost-lines`, {
      item: 'Maps',
      amount: '50.25',
      currency: 'USD',
      status: 'needed',
    });
    await team.secretariat.post(`${base}/actions/${patrols.id}/cost-lines`, {
      item: 'Radios',
      amount: '70',
      currency: 'EUR',
      status: 'pledged',
    });
    await team.secretariat.request('PUT', `${base}/accountability/${team.amina.user?.id}`, {
      accountableTo: 'Traders’ association',
      constituency: 'Traders',
      channel: 'Market meeting',
      frequency: 'monthly',
      lastReportedAt: `${addDays(today, -40)}T12:00:00.000Z`,
    });

    const reply = await team.secretariat.get(`${base}/dashboard`);
    expect(reply.status).toBe(200);
    const dashboard = reply.body;
    expect(dashboard).toMatchObject({ today, horizon: addDays(today, 30), listSize: 10 });
    expect(dashboard.overdueActions).toMatchObject({
      total: 1,
      items: [{ id: mapping.id, title: 'Map hotspots', planTitle: 'Safer market roads', ownerName: 'Amina Participant' }],
    });
    expect(dashboard.blockedActions).toMatchObject({
      total: 1,
      items: [{ id: patrols.id, ownerName: 'Bilal Participant', status: 'blocked' }],
    });
    expect(dashboard.milestonesDue).toMatchObject({
      total: 1,
      items: [{ title: 'Hotspots mapped', quickWin: true, state: 'due_soon', progress: null }],
    });
    expect(dashboard.funding).toEqual([
      { currency: 'EUR', total: '70.00', secured: '0.00', pledged: '70.00', needed: '0.00', gap: '0.00', notSecured: '70.00' },
      { currency: 'USD', total: '150.25', secured: '100.00', pledged: '0.00', needed: '50.25', gap: '50.25', notSecured: '50.25' },
    ]);

    // The report-back due date computed in SQL is the one the schedule computes with the domain rule.
    const schedule = (await team.secretariat.get(`${base}/report-backs`)).body;
    const amina = schedule.items.find((item: { userId: string }) => item.userId === team.amina.user?.id);
    expect(dashboard.reportBacks).toEqual({
      total: 1,
      overdue: 1,
      items: [
        {
          userId: team.amina.user?.id,
          displayName: 'Amina Participant',
          accountableTo: 'Traders’ association',
          channel: 'Market meeting',
          dueOn: amina.dueOn,
          overdue: true,
        },
      ],
    });

    // Progress: done counts 100, the mapping its reported 40, the blocked one 0; the dropped one not at all.
    const expected = summarizeProgress([
      { status: 'in_progress', percent: 40 },
      { status: 'blocked', percent: null },
      { status: 'done', percent: null },
      { status: 'dropped', percent: null },
    ]);
    expect(dashboard.plans).toEqual({ total: 1, items: [{ id: plan.id, title: 'Safer market roads', status: 'draft', ...expected }] });
    expect(expected).toMatchObject({ actions: 3, done: 1, meanPercent: (100 + 40 + 0) / 3 });
    const areas = Object.fromEntries(dashboard.wheelAreas.map((area: { area: string | null }) => [String(area.area), area]));
    expect(areas.joint_planning).toMatchObject({ actions: 2, done: 1, doneShare: 0.5, meanPercent: 50 });
    expect(areas.joint_capacity_building).toMatchObject({ actions: 0, doneShare: null });
    expect(areas.null).toMatchObject({ actions: 0, done: 0 });

    expect((await team.amina.get(`${base}/dashboard`)).status).toBe(403);
    expect((await team.observer.get(`${base}/dashboard`)).status).toBe(403);
    expect((await team.convener.get(`${base}/dashboard`)).status).toBe(200);
  });

  it('lists the upcoming meetings with their answers, and the held meetings whose minutes are not yet approved', async () => {
    const base = await dialogue(team, { timezone: 'UTC' });
    const schedule = async (title: string, startsInHours: number) => {
      const startsAt = new Date(Date.now() + startsInHours * 3600_000);
      const created = await team.secretariat.post(`${base}/meetings`, {
        kind: 'plenary',
        format: 'hybrid',
        title,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      });
      expect(created.status).toBe(201);
      const url = `${base}/meetings/${created.body.id}`;
      await team.secretariat.post(`${url}/invitations`, { memberIds: [team.amina.user?.id, team.bilal.user?.id] });
      return { id: created.body.id as string, version: created.body.version as number, url };
    };
    const later = await schedule('Later plenary', 72);
    const sooner = await schedule('Sooner plenary', 24);
    const cancelled = await schedule('Cancelled plenary', 30);
    await team.secretariat.post(`${cancelled.url}/cancel`, { version: cancelled.version });
    await team.amina.post(`${sooner.url}/rsvp`, { response: 'yes' });
    const held = await schedule('Held plenary', -5);
    const approvedToo = await schedule('Approved plenary', -30);
    for (const meeting of [held, approvedToo]) {
      await team.secretariat.post(`${meeting.url}/attendance`, { memberIds: [team.amina.user?.id] });
    }
    const minutes = (await team.secretariat.get(`${approvedToo.url}/minutes`)).body;
    await team.secretariat.post(`${approvedToo.url}/minutes/submit`, { version: minutes.version });
    expect((await team.amina.post(`${approvedToo.url}/minutes/reviews`, { verdict: 'approve' })).body.status).toBe('approved');

    const dashboard = (await team.secretariat.get(`${base}/dashboard`)).body;
    expect(dashboard.upcomingMeetings).toEqual({
      total: 2,
      items: [
        expect.objectContaining({
          id: sooner.id,
          title: 'Sooner plenary',
          kind: 'plenary',
          format: 'hybrid',
          invited: 2,
          yes: 1,
          pending: 1,
        }),
        expect.objectContaining({ id: later.id, title: 'Later plenary', invited: 2, yes: 0, pending: 2 }),
      ],
    });
    expect(dashboard.minutesPending).toEqual({
      total: 1,
      items: [expect.objectContaining({ id: held.id, title: 'Held plenary', status: 'draft' })],
    });
  });

  it('answers a process with 5,000 actions, 500 milestones and 200 meetings with the same number of SQL statements as an empty one', async () => {
    const small = (await createProcess(team.convener, team.workspaceId)).id as string;
    const large = (await createProcess(team.convener, team.workspaceId)).id as string;
    const path = (processId: string) => `/api/v1/workspaces/${team.workspaceId}/processes/${processId}/dashboard`;
    const counts = await withOwner((db) =>
      seedImplement(db, {
        workspaceId: team.workspaceId,
        processId: large,
        userId: team.convener.user?.id as string,
        plans: 20,
        actionsPerPlan: 250,
        milestonesPerPlan: 25,
        participants: 200,
        meetings: 200,
      }),
    );
    expect(counts).toMatchObject({ actions: 5000, milestones: 500, accountability_entries: 200, meetings: 200 });

    await team.convener.get(path(small)); // warm caches, so both counts see the same path
    let smallReply: any;
    let largeReply: any;
    const smallCount = await countStatements(async () => {
      smallReply = await team.convener.get(path(small));
    });
    const largeCount = await countStatements(async () => {
      largeReply = await team.convener.get(path(large));
    });
    expect(smallReply.status).toBe(200);
    expect(largeReply.status).toBe(200);
    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);
    // Session read, begin, scope, roles, process, the one dashboard query, commit.
    expect(largeCount).toBeLessThanOrEqual(8);

    // The lists stay capped, and their totals match the data.
    const totals = await withOwner(
      async (db) =>
        (
          await db.query(
            `select (select count(*)::int from actions where process_id = $1 and due_date < $2::date and status not in ('done', 'dropped')) as overdue,
                  (select count(*)::int from actions where process_id = $1 and status = 'blocked') as blocked`,
            [large, largeReply.body.today],
          )
        ).rows[0],
    );
    expect(largeReply.body.overdueActions.items).toHaveLength(10);
    expect(largeReply.body.overdueActions.total).toBe(totals.overdue);
    expect(largeReply.body.blockedActions.total).toBe(totals.blocked);
    expect(largeReply.body.milestonesDue.items.length).toBeLessThanOrEqual(10);
    expect(largeReply.body.plans.items).toHaveLength(20);
    expect(largeReply.body.funding.map((row: { currency: string }) => row.currency)).toEqual(['EUR', 'KES', 'USD']);
    expect(smallReply.body.overdueActions).toEqual({ total: 0, items: [] });

    // Meetings: the lists stay capped too, and count what the data holds.
    const meetings = await withOwner(
      async (db) =>
        (
          await db.query(
            `select (select count(*)::int from meetings m join processes p on p.id = m.process_id
                      where m.process_id = $1 and m.cancelled_at is null and m.ends_at > now()
                        and (m.starts_at at time zone p.timezone)::date <= $2::date) as upcoming,
                    (select count(*)::int from meetings m join minutes n on n.meeting_id = m.id
                      where m.process_id = $1 and m.cancelled_at is null and m.ends_at <= now() and n.status <> 'approved') as pending,
                    (select count(*)::int from meeting_invitations i join meetings m on m.id = i.meeting_id where m.process_id = $1) as invitations,
                    (select count(*)::int from meeting_attendance a join meetings m on m.id = a.meeting_id where m.process_id = $1) as attendance`,
            [large, largeReply.body.horizon],
          )
        ).rows[0],
    );
    expect(meetings.invitations).toBe(200 * 20);
    expect(meetings.attendance).toBeGreaterThan(1000);
    expect(meetings.upcoming).toBeGreaterThan(10);
    expect(largeReply.body.upcomingMeetings.total).toBe(meetings.upcoming);
    expect(largeReply.body.upcomingMeetings.items).toHaveLength(10);
    expect(largeReply.body.upcomingMeetings.items[0]).toMatchObject({ invited: 20, title: expect.stringMatching(/^Seeded meeting/) });
    expect(largeReply.body.minutesPending.total).toBe(meetings.pending);
    expect(largeReply.body.minutesPending.items).toHaveLength(10);
    expect(smallReply.body.upcomingMeetings).toEqual({ total: 0, items: [] });
    expect(smallReply.body.minutesPending).toEqual({ total: 0, items: [] });
  }, 120_000);
});
