import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditService } from '../src/audit/audit.service';
import type { RequestContext } from '../src/common/request-context';
import { Db } from '../src/database/db.service';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withAppRole, withOwner } from './harness';
import { pdfText } from './support/pdf-text';

describe('audit trail', () => {
  let server: TestApp;
  let owner: Client;
  let admin: Client;
  let member: Client;
  let convener: Client;
  let facilitator: Client;
  let outsider: Client;
  let workspaceId: string;
  let processId: string;
  let base: string;

  beforeAll(async () => {
    server = await startTestApp();
    owner = await new Client(server.url).signUp('Olu Owner');
    admin = await new Client(server.url).signUp('Ada Admin');
    member = await new Client(server.url).signUp('Mo Member');
    convener = await new Client(server.url).signUp('Cleo Convener');
    facilitator = await new Client(server.url).signUp('Fatou Facilitator');
    outsider = await new Client(server.url).signUp('Otto Outsider');
    workspaceId = await createWorkspace(owner, 'Audit Centre');
    await joinWorkspace(owner, admin, workspaceId, 'admin');
    await joinWorkspace(owner, member, workspaceId);
    await joinWorkspace(owner, convener, workspaceId);
    await joinWorkspace(owner, facilitator, workspaceId);
    const process = await createProcess(convener, workspaceId);
    processId = process.id;
    base = `/api/v1/workspaces/${workspaceId}/processes/${processId}`;
    expect((await convener.post(`${base}/members`, { userId: facilitator.user?.id, role: 'facilitator' })).status).toBe(201);
  });
  afterAll(() => server.close());

  const events = (client: Client, query = '') => client.get(`/api/v1/workspaces/${workspaceId}/audit/events${query}`);
  const verify = (client: Client, wsId = workspaceId) => client.get(`/api/v1/workspaces/${wsId}/audit/verification`);

  it('records who did what in the workspace, newest first, with the actor’s name and no personal data', async () => {
    const reply = await events(owner, '?limit=100');
    expect(reply.status).toBe(200);
    const items = reply.body.items as {
      seq: number;
      objectType: string;
      action: string;
      actorName: string | null;
      actorId: string | null;
      payload: object;
    }[];
    expect(items.map((item) => item.seq)).toEqual([...items.map((item) => item.seq)].sort((a, b) => b - a));
    expect(items.at(-1)).toMatchObject({
      seq: 1,
      objectType: 'workspace',
      action: 'created',
      actorName: 'Olu Owner',
      actorId: owner.user?.id,
    });
    expect(
      items
        .filter((item) => item.objectType === 'invitation' && item.action === 'accepted')
        .map((item) => item.actorName)
        .sort(),
    ).toEqual(['Ada Admin', 'Cleo Convener', 'Fatou Facilitator', 'Mo Member']);
    expect(items[0]).toMatchObject({
      objectType: 'process_member',
      action: 'added',
      actorName: 'Cleo Convener',
      objectId: facilitator.user?.id,
      payload: { role: 'facilitator' },
    });
    const text = JSON.stringify(items.map((item) => item.payload));
    for (const person of [owner, admin, member, convener, facilitator]) expect(text).not.toContain(person.user?.email);
  });

  it('filters by process, object and person, and pages with a cursor it refuses when forged', async () => {
    const byProcess = await events(owner, `?processId=${processId}`);
    expect(byProcess.body.items.map((item: { action: string }) => item.action)).toEqual(['added', 'created']);
    const byObject = await events(owner, `?objectType=process&objectId=${processId}`);
    expect(byObject.body.items).toHaveLength(1);
    const byPerson = await events(owner, `?actorId=${convener.user?.id}`);
    expect(byPerson.body.items.map((item: { objectType: string; action: string }) => `${item.objectType}.${item.action}`)).toEqual([
      'process_member.added',
      'process.created',
      'invitation.accepted',
    ]);

    const all = (await events(owner, '?limit=100')).body.items.map((item: { seq: number }) => item.seq);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { seq: number }[]; nextCursor: string | null } } = await events(
        owner,
        `?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((item) => item.seq));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);

    for (const forged of [
      'abc',
      Buffer.from('0').toString('base64url'),
      Buffer.from('12x').toString('base64url'),
      Buffer.from('-4').toString('base64url'),
      `${Buffer.from('5').toString('base64url')}=`,
    ]) {
      const reply = await events(owner, `?cursor=${encodeURIComponent(forged)}`);
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].field).toBe('cursor');
    }
    expect((await events(owner, '?objectType=nonsense')).status).toBe(400);
  });

  it('shows the workspace trail to owners and admins, a process trail also to its conveners, and nothing to others', async () => {
    expect((await events(owner)).status).toBe(200);
    expect((await events(admin)).status).toBe(200);
    expect((await events(member)).status).toBe(403);
    expect((await events(convener)).status).toBe(403);
    expect((await events(outsider)).status).toBe(404);
    expect((await verify(member)).status).toBe(403);

    const processTrail = await convener.get(`${base}/audit/events`);
    expect(processTrail.status).toBe(200);
    expect(processTrail.body.items.every((item: { processId: string }) => item.processId === processId)).toBe(true);
    // The processId filter cannot widen a process trail to the workspace.
    const other = await createProcess(owner, workspaceId, { title: 'Another' });
    const widened = await convener.get(`${base}/audit/events?processId=${other.id}`);
    expect(widened.body.items.every((item: { processId: string }) => item.processId === processId)).toBe(true);
    expect((await convener.get(`${base}/audit/verification`)).body).toMatchObject({ intact: true });
    expect((await facilitator.get(`${base}/audit/events`)).status).toBe(403);
    expect((await owner.get(`${base}/audit/events`)).status).toBe(200);
  });

  it('records phase moves with from, to and the overridden gates, and charter moves including propose and withdraw', async () => {
    let process = (await convener.get(base)).body;
    const moved = await convener.post(`${base}/transitions`, { toPhase: 'design', version: process.version });
    expect(moved.status).toBe(201);
    process = moved.body.process;
    const overridden = await convener.post(`${base}/transitions`, {
      toPhase: 'acquaint',
      version: process.version,
      justification: 'The sponsors asked us to start now.',
    });
    expect(overridden.status).toBe(201);
    const draft = (await facilitator.post(`${base}/charter/versions`, {})).body;
    const proposed = (await facilitator.post(`${base}/charter/versions/${draft.id}/propose`, { version: draft.version })).body;
    expect((await facilitator.post(`${base}/charter/versions/${draft.id}/withdraw`, { version: proposed.version })).status).toBe(200);
    const trail = (await convener.get(`${base}/audit/events?limit=6`)).body.items;
    expect(trail.slice(0, 3).map((item: { objectType: string; action: string }) => `${item.objectType}.${item.action}`)).toEqual([
      'charter_version.withdrawn',
      'charter_version.proposed',
      'charter_version.drafted',
    ]);
    expect(trail[0]).toMatchObject({ actorName: 'Fatou Facilitator', payload: { from: 'proposed', to: 'draft', versionId: draft.id } });
    expect(trail[1].payload.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(trail[3]).toMatchObject({
      objectType: 'process',
      action: 'phase_moved',
      actorName: 'Cleo Convener',
      payload: { from: 'design', to: 'acquaint', kind: 'override' },
    });
    expect(trail[3].payload.overriddenGates.length).toBeGreaterThan(0);
    expect(trail[3].payload.overriddenGates.every((id: string) => id.startsWith('acquaint.'))).toBe(true);
    expect(trail[4]).toMatchObject({
      action: 'phase_moved',
      payload: { from: 'initiate', to: 'design', kind: 'advance', overriddenGates: [] },
    });
  });

  it('gives the charter PDF’s audit page the trail: who proposed, withdrew and adopted, by name', async () => {
    const versionId: string = (await convener.get(`${base}/charter`)).body.versions[0].id;
    let version = (await facilitator.get(`${base}/charter/versions/${versionId}`)).body;
    version = (await facilitator.post(`${base}/charter/versions/${versionId}/propose`, { version: version.version })).body;
    expect((await convener.post(`${base}/charter/versions/${versionId}/adopt`, { version: version.version })).status).toBe(200);
    const pdf = await fetch(`${server.url}${base}/charter/versions/${versionId}/pdf`, { headers: { cookie: convener.cookie ?? '' } });
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text.split('Version 1 proposed').length - 1).toBe(2);
    expect(text).toContain('Version 1 withdrawn');
    expect(text).toContain('Version 1 adopted');
    expect(text).toContain('Cleo');
  });

  it('stores an anonymous event with no actor, in its columns and in the hashed body', async () => {
    const workspace = await createWorkspace(owner, 'Anonymous Centre');
    const actor = owner.user as RequestContext['actor'];
    await server.app.get(Db).transaction({ workspaceId: workspace, userId: actor.id }, (em) =>
      server.app.get(AuditService).flush(em, {
        actor,
        workspaceId: workspace,
        processId: null,
        process: null,
        grants: {},
        em,
        origin: '',
        audit: [{ objectType: 'workspace', action: 'renamed', objectId: workspace, anonymous: true }],
        accountEvents: [],
      }),
    );
    const rows = await withOwner(
      async (db) =>
        (await db.query('select seq, actor_id, canonical from audit_events where workspace_id = $1 order by seq', [workspace])).rows,
    );
    expect(rows.map((row) => row.actor_id)).toEqual([actor.id, null]);
    expect(JSON.parse(rows[1].canonical)).toMatchObject({ seq: 2, actorId: null });
    expect(rows[1].canonical).not.toContain(actor.id);
    expect((await verify(owner, workspace)).body).toMatchObject({ intact: true, upTo: 2 });
  });

  it('never forks the chain when twenty writers append at once', async () => {
    const workspace = await createWorkspace(owner, 'Busy Centre');
    const replies = await Promise.all(Array.from({ length: 20 }, (_, n) => createProcess(owner, workspace, { title: `Process ${n}` })));
    expect(replies).toHaveLength(20);
    expect((await verify(owner, workspace)).body).toEqual({ intact: true, upTo: 21, brokenAt: null, reason: null, problem: null });
    const seqs = (await owner.get(`/api/v1/workspaces/${workspace}/audit/events?limit=100`)).body.items.map(
      (item: { seq: number }) => item.seq,
    );
    expect(seqs).toEqual(Array.from({ length: 21 }, (_, n) => 21 - n));
  });

  it('names the first event edited behind the app’s back', async () => {
    const workspace = await createWorkspace(owner, 'Tampered Centre');
    for (const title of ['One', 'Two', 'Three']) await createProcess(owner, workspace, { title });
    expect((await verify(owner, workspace)).body).toEqual({ intact: true, upTo: 4, brokenAt: null, reason: null, problem: null });
    await withOwner(async (db) => {
      await db.query('begin');
      await db.query("select set_config('app.workspace_id', $1, true)", [workspace]);
      await db.query('alter table audit_events disable trigger audit_events_no_change');
      await db.query(`update audit_events set payload = payload || '{"level":"local"}' where workspace_id = $1 and seq = 3`, [workspace]);
      await db.query('alter table audit_events enable trigger audit_events_no_change');
      await db.query('commit');
    });
    expect((await verify(owner, workspace)).body).toEqual({
      intact: false,
      upTo: 2,
      brokenAt: 3,
      reason: 'its columns differ from the body that was hashed',
      problem: 'columns_differ',
    });
  });

  it('lets the app role add and read events but never change, delete or truncate them', async () => {
    const attempt = (sql: string) =>
      withAppRole(async (db) => {
        await db.query('begin');
        try {
          await db.query("select set_config('app.workspace_id', $1, true)", [workspaceId]);
          await db.query(sql, sql.includes('$1') ? [workspaceId] : []);
          return 'allowed';
        } catch (error) {
          return (error as { code?: string }).code;
        } finally {
          await db.query('rollback');
        }
      });
    expect(await attempt(`update audit_events set action = 'x' where workspace_id = $1`)).toBe('42501');
    expect(await attempt(`delete from audit_events where workspace_id = $1`)).toBe('42501');
    expect(await attempt('truncate audit_events')).toBe('42501');
    expect(await attempt(`delete from audit_chain_heads where workspace_id = $1`)).toBe('42501');
    expect(await attempt(`select count(*) from audit_events where workspace_id = $1`)).toBe('allowed');
    // The triggers hold even for a role that has the right: the owner gets the same refusal.
    const asOwner = await withOwner(async (db) => {
      try {
        await db.query('begin');
        await db.query("select set_config('app.workspace_id', $1, true)", [workspaceId]);
        await db.query(`delete from audit_events where workspace_id = $1`, [workspaceId]);
        return 'allowed';
      } catch (error) {
        return (error as Error).message;
      } finally {
        await db.query('rollback');
      }
    });
    expect(asOwner).toMatch(/append-only/);
  });
});
