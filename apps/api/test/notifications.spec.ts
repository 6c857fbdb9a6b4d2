import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Db } from '../src/database/db.service';
import { notifyCharterToSign } from '../src/notifications/producers';
import { queueDigest, sweepDeadlines } from '../src/notifications/reminders';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withAppRole, withOwner } from './harness';

describe('notifications', () => {
  let server: TestApp;
  let convener: Client;
  let facilitator: Client;
  let participant: Client;
  let other: Client;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    facilitator = await new Client(server.url).signUp('Facilitator');
    participant = await new Client(server.url).signUp('Zanele Proposer-Uniquename');
    other = await new Client(server.url).signUp('Other');
    workspaceId = await createWorkspace(convener);
    for (const client of [facilitator, participant, other]) await joinWorkspace(convener, client, workspaceId);
  });
  afterAll(() => server.close());

  async function setUp(mode: 'on_the_record' | 'chatham_house' = 'on_the_record') {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    await convener.post(`${base}/members`, { userId: facilitator.user?.id, role: 'facilitator' });
    await convener.post(`${base}/members`, { userId: participant.user?.id, role: 'participant' });
    await convener.post(`${base}/members`, { userId: other.user?.id, role: 'participant' });
    if (mode !== 'on_the_record') {
      const saved = await facilitator.request('PUT', `${base}/confidentiality`, {
        defaultMode: mode,
        mediaSpokespeople: 'The convener only',
        externalCommunication: 'No attribution.',
        version: 0,
      });
      expect(saved.status).toBe(200);
    }
    return { process, base, charter: `${base}/charter` };
  }

  async function adopt(charter: string) {
    let version = (await facilitator.post(`${charter}/versions`, {})).body;
    version = (await facilitator.post(`${charter}/versions/${version.id}/propose`, { version: version.version })).body;
    version = (await convener.post(`${charter}/versions/${version.id}/adopt`, { version: version.version })).body;
    expect(version.status).toBe('adopted');
    return version;
  }

  const outbox = (key: string) =>
    withOwner(
      async (db) => (await db.query('select template, params, to_address from outgoing_mails where dedupe_key like $1', [key])).rows,
    );

  it('tells each participant once of a charter to sign, e-mails them by default, and not twice when produced again', async () => {
    const { process, charter } = await setUp();
    const version = await adopt(charter);
    const mine = await participant.get('/api/v1/me/notifications');
    const items = mine.body.items.filter((item: { objectId: string }) => item.objectId === version.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'charter_to_sign', path: `/w/${workspaceId}/p/${process.id}/charter`, readAt: null });
    // Produced again (a redelivered job, a retried request): nothing new, no second mail.
    const db = server.app.get(Db);
    await db.transaction({ workspaceId, userId: convener.user?.id }, (em) =>
      notifyCharterToSign(
        em,
        { workspaceId, processId: process.id, processTitle: process.title },
        { id: version.id, number: 1 },
        convener.user?.id as string,
      ),
    );
    const again = await participant.get('/api/v1/me/notifications');
    expect(again.body.items.filter((item: { objectId: string }) => item.objectId === version.id)).toHaveLength(1);
    const mails = await outbox(`notification:${participant.user?.id}:charter_to_sign:${version.id}`);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'charter-to-sign', to_address: participant.user?.email });
    // The convener who adopted it hears nothing of their own act.
    const convenerItems = (await convener.get('/api/v1/me/notifications')).body.items;
    expect(convenerItems.filter((item: { kind: string }) => item.kind === 'charter_to_sign')).toHaveLength(0);
  });

  it('counts unread, marks one and all read, and keeps another person out of my notifications', async () => {
    const { charter } = await setUp();
    await adopt(charter);
    const before = (await participant.get('/api/v1/me/notifications/unread-count')).body.unread;
    expect(before).toBeGreaterThan(0);
    const [first] = (await participant.get('/api/v1/me/notifications?unread=true&limit=1')).body.items;
    expect((await other.post(`/api/v1/me/notifications/${first.id}/read`, {})).status).toBe(404);
    const read = await participant.post(`/api/v1/me/notifications/${first.id}/read`, {});
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await participant.get('/api/v1/me/notifications/unread-count')).body.unread).toBe(before - 1);
    await participant.post('/api/v1/me/notifications/read-all', {});
    expect((await participant.get('/api/v1/me/notifications/unread-count')).body.unread).toBe(0);
    // Row-level security: the app role acting for another person sees none of mine.
    const seen = await withAppRole(async (db) => {
      await db.query('begin');
      await db.query("select set_config('app.user_id', $1, true)", [other.user?.id]);
      const rows = (await db.query('select id from notifications where user_id = $1', [participant.user?.id])).rows;
      const updated = await db.query('update notifications set read_at = null where user_id = $1', [participant.user?.id]);
      await db.query('rollback');
      return { rows: rows.length, updated: updated.rowCount };
    });
    expect(seen).toEqual({ rows: 0, updated: 0 });
  });

  it('respects preferences: off writes nothing, digest gathers many into one mail a day', async () => {
    const saved = await other.request('PUT', '/api/v1/me/notification-preferences', {
      charter_to_sign: 'off',
      amendment_decided: 'digest',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.items.find((item: { kind: string }) => item.kind === 'charter_to_sign').delivery).toBe('off');
    expect((await other.request('PUT', '/api/v1/me/notification-preferences', { charter_signed: 'email' })).status).toBe(400);
    const { charter } = await setUp();
    const version = await adopt(charter);
    const mine = (await other.get('/api/v1/me/notifications')).body.items;
    expect(mine.filter((item: { objectId: string }) => item.objectId === version.id)).toHaveLength(0);

    await participant.request('PUT', '/api/v1/me/notification-preferences', { charter_to_sign: 'digest' });
    const a = await setUp();
    await adopt(a.charter);
    const b = await setUp();
    await adopt(b.charter);
    const db = server.app.get(Db);
    const userId = participant.user?.id as string;
    const now = new Date();
    const first = await db.transaction({ userId }, (em) => queueDigest(em, userId, now));
    expect(first).toBeGreaterThanOrEqual(2);
    const second = await db.transaction({ userId }, (em) => queueDigest(em, userId, now));
    expect(second).toBe(0);
    const digests = await outbox(`daily-digest:${userId}:%`);
    expect(digests).toHaveLength(1);
    expect(digests[0].params.items.length).toBe(first);
  });

  it('never stores the proposer’s name under the Chatham House Rule', async () => {
    const { charter } = await setUp('chatham_house');
    const draft = (await facilitator.post(`${charter}/versions`, {})).body;
    const proposed = await participant.post(`${charter}/versions/${draft.id}/amendments`, {
      sectionKey: 'goal_mandate',
      proposedText: 'A shared text for the goal.',
    });
    expect(proposed.status).toBe(201);
    const told = (await facilitator.get('/api/v1/me/notifications')).body.items.find(
      (item: { objectId: string }) => item.objectId === proposed.body.id,
    );
    expect(told.text).toContain('A participant proposed');
    const name = participant.user?.displayName as string;
    const hits = await withOwner(async (db) => {
      const tables = (
        await db.query(
          `select table_name from information_schema.role_table_grants
            where grantee = 'cg_app' and privilege_type = 'SELECT' and table_schema = 'public' and table_name not in ('users', 'sessions')`,
        )
      ).rows.map((row) => row.table_name as string);
      const found: string[] = [];
      for (const table of [...new Set(tables)]) {
        const rows = (await db.query(`select count(*) from "${table}" t where t::text ilike $1`, [`%${name}%`])).rows;
        if (Number(rows[0].count) > 0) found.push(table);
      }
      const byId = (await db.query(`select count(*) from notifications t where t::text like $1`, [`%${participant.user?.id}%`])).rows;
      return { found, notificationRowsWithProposerId: Number(byId[0].count) };
    });
    expect(hits.found).toEqual([]);
    // Only the participant's own notifications carry their id (as recipient), none of the facilitator's about the amendment.
    const aboutAmendment = await withOwner(
      async (db) =>
        (
          await db.query(`select count(*) from notifications t where object_id = $1 and t::text like $2`, [
            proposed.body.id,
            `%${participant.user?.id}%`,
          ])
        ).rows[0].count,
    );
    expect(Number(aboutAmendment)).toBe(0);
  });

  it('tells the holder of an assigned action once, and of an overdue action once per due date, even when swept twice', async () => {
    const { base } = await setUp();
    const plan = (await convener.post(`${base}/plans`, { title: 'Safer roads', goal: 'Traders reach markets' })).body;
    const created = await convener.post(`${base}/plans/${plan.id}/actions`, {
      title: 'Night patrols',
      owner: { kind: 'member', id: participant.user?.id },
      dueDate: '2020-01-10',
    });
    expect(created.status).toBe(201);
    const action = created.body;
    const about = async (kind: string) =>
      (await participant.get('/api/v1/me/notifications?limit=100')).body.items.filter(
        (item: { kind: string; objectId: string }) => item.kind === kind && item.objectId === action.id,
      );
    expect(await about('action_assigned')).toHaveLength(1);
    // Saving the action again with the same owner is no new assignment.
    await convener.patch(`${base}/actions/${action.id}`, { title: 'Night patrols (edited)', version: action.version });
    expect(await about('action_assigned')).toHaveLength(1);

    const db = server.app.get(Db);
    const sweep = () => db.transaction({ workspaceId }, (em) => sweepDeadlines(em, workspaceId, new Date()));
    await sweep();
    await sweep();
    expect(await about('action_overdue')).toHaveLength(1);
    // A moved deadline is a new deadline: told again, once.
    const current = (await convener.get(`${base}/actions/${action.id}`)).body;
    expect((await convener.patch(`${base}/actions/${action.id}`, { dueDate: '2020-02-10', version: current.version })).status).toBe(200);
    await sweep();
    await sweep();
    expect(await about('action_overdue')).toHaveLength(2);
  });

  it('reminds of a milestone and a report-back due, once each, swept at a chosen day', async () => {
    const { base } = await setUp();
    const plan = (await convener.post(`${base}/plans`, { title: 'Markets', goal: 'Safe markets' })).body;
    const action = (
      await convener.post(`${base}/plans/${plan.id}/actions`, { title: 'Patrol', owner: { kind: 'member', id: participant.user?.id } })
    ).body;
    const milestone = await convener.post(`${base}/plans/${plan.id}/milestones`, {
      title: 'Robberies halved',
      dueDate: '2031-03-05',
      unit: 'robberies a month',
      baseline: 40,
      target: 20,
      direction: 'decrease',
      actionId: action.id,
    });
    expect(milestone.status).toBe(201);
    const entry = await convener.request('PUT', `${base}/accountability/${participant.user?.id}`, {
      accountableTo: 'Traders',
      constituency: 'Market traders',
      channel: 'Market meeting',
      frequency: 'monthly',
      lastReportedAt: '2031-02-03T09:00:00.000Z',
    });
    expect(entry.status).toBe(200);
    const db = server.app.get(Db);
    const at = (day: string) => db.transaction({ workspaceId }, (em) => sweepDeadlines(em, workspaceId, new Date(`${day}T12:00:00Z`)));
    const mine = async (kind: string) =>
      (await participant.get('/api/v1/me/notifications?limit=100')).body.items.filter((item: { kind: string }) => item.kind === kind);
    await at('2031-01-01');
    expect(await mine('milestone_due')).toHaveLength(0);
    await at('2031-03-01');
    await at('2031-03-02');
    const milestones = (await mine('milestone_due')).filter((item: { objectId: string }) => item.objectId === milestone.body.id);
    expect(milestones).toHaveLength(1);
    expect(milestones[0].path).toBe(
      `${base.replace('/api/v1/workspaces/', '/w/').replace('/processes/', '/p/')}/plan/${plan.id}/milestones/${milestone.body.id}`,
    );
    expect((await mine('report_back_due')).filter((item: { text: string }) => item.text.includes('2031-03-03'))).toHaveLength(1);
  });

  it('tells the author of a decided amendment, and the conveners of a signature with the name only on the record', async () => {
    const { charter } = await setUp();
    const draft = (await facilitator.post(`${charter}/versions`, {})).body;
    const amendment = (
      await participant.post(`${charter}/versions/${draft.id}/amendments`, { sectionKey: 'goal_mandate', proposedText: 'Another goal.' })
    ).body;
    const rejected = await facilitator.post(`${charter}/amendments/${amendment.id}/reject`, { reason: 'Out of scope' });
    expect(rejected.status).toBe(200);
    const decided = (await participant.get('/api/v1/me/notifications?limit=100')).body.items.filter(
      (item: { kind: string; objectId: string }) => item.kind === 'amendment_decided' && item.objectId === amendment.id,
    );
    expect(decided).toHaveLength(1);
    expect(decided[0].text).toContain('was rejected');

    const current = (await facilitator.get(`${charter}/versions/${draft.id}`)).body;
    const proposed = (await facilitator.post(`${charter}/versions/${draft.id}/propose`, { version: current.version })).body;
    await convener.post(`${charter}/versions/${draft.id}/adopt`, { version: proposed.version });
    expect((await participant.post(`${charter}/versions/${draft.id}/signatures`, {})).status).toBe(201);
    const signed = (await convener.get('/api/v1/me/notifications?limit=100')).body.items.filter(
      (item: { kind: string }) => item.kind === 'charter_signed',
    );
    expect(signed[0].text).toBe(`${participant.user?.displayName} signed version 1 of the charter.`);
    // What screens say it from, in the reader's language.
    expect(signed[0].params).toMatchObject({ version: 1, signerName: participant.user?.displayName });
  });
});
