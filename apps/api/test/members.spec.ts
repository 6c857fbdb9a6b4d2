import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withOwner } from './harness';

describe('workspace members: roles and removal', () => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  async function workspaceWith(...roles: string[]): Promise<{ owner: Client; workspaceId: string; base: string; people: Client[] }> {
    const owner = await new Client(server.url).signUp('Owner');
    const workspaceId = await createWorkspace(owner, 'Members');
    const people: Client[] = [];
    for (const role of roles) {
      const person = await new Client(server.url).signUp(role);
      await joinWorkspace(owner, person, workspaceId, role);
      people.push(person);
    }
    return { owner, workspaceId, base: `/api/v1/workspaces/${workspaceId}`, people };
  }

  const ownersOf = (workspaceId: string) =>
    withOwner(
      async (db) =>
        (await db.query("select user_id from workspace_members where workspace_id = $1 and role = 'owner'", [workspaceId])).rows.length,
    );

  it('lets an owner change a member’s role, applied at the member’s next request, and audits it', async () => {
    const { owner, base, people } = await workspaceWith('member');
    const [member] = people;
    expect((await member.get(`${base}/invitations`)).status).toBe(403);
    const changed = await owner.patch(`${base}/members/${member.user?.id}`, { role: 'admin' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ userId: member.user?.id, role: 'admin' });
    expect((await member.get(`${base}/invitations`)).status).toBe(200);
    const trail = await owner.get(`${base}/audit/events?objectType=workspace_member&objectId=${member.user?.id}`);
    expect(trail.body.items[0]).toMatchObject({ action: 'changed', payload: { from: 'member', to: 'admin' } });
  });

  it('lets an admin manage members and admins but not the owner role', async () => {
    const { owner, base, people } = await workspaceWith('admin', 'member');
    const [admin, member] = people;
    expect((await admin.patch(`${base}/members/${owner.user?.id}`, { role: 'member' })).status).toBe(403);
    expect((await admin.delete(`${base}/members/${owner.user?.id}`)).status).toBe(403);
    expect((await admin.patch(`${base}/members/${member.user?.id}`, { role: 'owner' })).status).toBe(403);
    expect((await admin.patch(`${base}/members/${member.user?.id}`, { role: 'admin' })).status).toBe(200);
    expect((await member.patch(`${base}/members/${admin.user?.id}`, { role: 'member' })).status).toBe(200);
    expect((await admin.patch(`${base}/members/${member.user?.id}`, { role: 'owner' })).status).toBe(403);
    expect((await admin.patch(`${base}/members/${owner.user?.id}`, { role: 'admin' })).status).toBe(403);
  });

  it('refuses roles that do not exist and people who are not members', async () => {
    const { owner, base } = await workspaceWith();
    const stranger = await new Client(server.url).signUp('Stranger');
    expect((await owner.patch(`${base}/members/${stranger.user?.id}`, { role: 'admin' })).status).toBe(404);
    expect((await owner.patch(`${base}/members/${owner.user?.id}`, { role: 'boss' })).status).toBe(400);
    expect((await owner.delete(`${base}/members/not-a-uuid`)).status).toBe(400);
  });

  it('removes a member: their open session loses the workspace at once, their process seats end, their records stay', async () => {
    const { owner, base, people } = await workspaceWith('member');
    const [member] = people;
    const process = await createProcess(owner, base.split('/').pop() as string);
    const processBase = `${base}/processes/${process.id}`;
    expect((await owner.post(`${processBase}/members`, { userId: member.user?.id, role: 'participant' })).status).toBe(201);
    const rule = await member.post(`${processBase}/ground-rules`, { text: 'Phones off during sessions' });
    expect(rule.status).toBe(201);
    expect((await member.get(processBase)).status).toBe(200);

    expect((await owner.delete(`${base}/members/${member.user?.id}`)).status).toBe(204);

    // The same session, signed in before the removal.
    expect((await member.get(base)).status).toBe(404);
    expect((await member.get(processBase)).status).toBe(404);
    expect((await member.post(`${processBase}/ground-rules`, { text: 'Another' })).status).toBe(404);
    expect((await member.get('/api/v1/workspaces')).body.items).toEqual([]);

    const members = (await owner.get(`${base}/members`)).body.items as { userId: string }[];
    expect(members.map((item) => item.userId)).not.toContain(member.user?.id);
    const seats = (await owner.get(`${processBase}/members`)).body.items as { userId: string }[];
    expect(seats.map((item) => item.userId)).not.toContain(member.user?.id);
    const rules = (await owner.get(`${processBase}/ground-rules`)).body;
    expect(JSON.stringify(rules)).toContain('Phones off during sessions');
    const stored = await withOwner(
      async (db) => (await db.query('select proposed_by from ground_rules where id = $1', [rule.body.id])).rows[0],
    );
    expect(stored.proposed_by).toBe(member.user?.id);

    const trail = await owner.get(`${base}/audit/events?objectId=${member.user?.id}`);
    const actions = (trail.body.items as { objectType: string; action: string; processId: string | null; payload: unknown }[]).map(
      (event) => `${event.objectType}.${event.action}`,
    );
    expect(actions).toEqual(expect.arrayContaining(['workspace_member.removed', 'process_member.removed']));
    const removed = (trail.body.items as { objectType: string; payload: unknown }[]).find(
      (event) => event.objectType === 'workspace_member',
    );
    expect(removed?.payload).toEqual({ role: 'member', processIds: [process.id] });
  });

  it('refuses to remove the only convener of a running process, naming it', async () => {
    const { owner, workspaceId, base, people } = await workspaceWith('member');
    const [convener] = people;
    const process = await createProcess(convener, workspaceId);
    const refused = await owner.delete(`${base}/members/${convener.user?.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'LAST_CONVENER', processIds: [process.id] });
    expect((await convener.get(base)).status).toBe(200);
    expect((await owner.post(`${base}/processes/${process.id}/members`, { userId: owner.user?.id, role: 'convener' })).status).toBe(201);
    expect((await owner.delete(`${base}/members/${convener.user?.id}`)).status).toBe(204);
  });

  it('never demotes or removes the last owner', async () => {
    const { owner, workspaceId, base } = await workspaceWith();
    const demoted = await owner.patch(`${base}/members/${owner.user?.id}`, { role: 'admin' });
    expect(demoted.status).toBe(409);
    expect(demoted.body).toMatchObject({ code: 'LAST_OWNER', detail: expect.stringContaining('at least one owner') });
    expect((await owner.delete(`${base}/members/${owner.user?.id}`)).body.code).toBe('LAST_OWNER');
    expect(await ownersOf(workspaceId)).toBe(1);
  });

  it('lets exactly one of the last two owners leave when both try at once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { owner, workspaceId, base, people } = await workspaceWith('owner');
      const [second] = people;
      const replies = await Promise.all([
        owner.delete(`${base}/members/${owner.user?.id}`),
        second.delete(`${base}/members/${second.user?.id}`),
      ]);
      expect(replies.map((reply) => reply.status).sort()).toEqual([204, 409]);
      expect(replies.find((reply) => reply.status === 409)?.body.code).toBe('LAST_OWNER');
      expect(await ownersOf(workspaceId)).toBe(1);
    }
  });

  it('lets exactly one of two owners demote the other when they try at once', async () => {
    const { owner, workspaceId, base, people } = await workspaceWith('owner');
    const [second] = people;
    const replies = await Promise.all([
      owner.patch(`${base}/members/${second.user?.id}`, { role: 'member' }),
      second.patch(`${base}/members/${owner.user?.id}`, { role: 'member' }),
    ]);
    // The loser is refused as the last owner (409), or, demoted already, by the matrix (403).
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(1);
    expect(replies.find((reply) => reply.status !== 200)?.status).toBeGreaterThanOrEqual(403);
    expect(await ownersOf(workspaceId)).toBe(1);
  });
});
