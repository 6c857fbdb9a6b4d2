import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  Client,
  createProcess,
  createWorkspace,
  joinWorkspace,
  PROCESS_INPUT,
  startTestApp,
  type TestApp,
  withOwner,
  invitationToken,
} from './harness';

describe('processes', () => {
  let server: TestApp;
  let owner: Client;
  let member: Client;
  let workspaceId: string;
  const base = () => `/api/v1/workspaces/${workspaceId}/processes`;

  beforeAll(async () => {
    server = await startTestApp();
    owner = await new Client(server.url).signUp('Owner');
    member = await new Client(server.url).signUp('Member');
    workspaceId = await createWorkspace(owner);
    await joinWorkspace(owner, member, workspaceId);
  });
  afterAll(() => server.close());

  it('rejects bad input with 400 problem+json naming every field, and unknown fields', async () => {
    const reply = await owner.post(base(), {
      title: '',
      level: 'planetary',
      wheelAreas: ['joint_gardening'],
      ownershipTarget: 'total',
      timezone: 'Mars/Olympus',
      secret: 1,
    });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    const fields = reply.body.errors.map((error: { field: string }) => error.field);
    expect(new Set(fields)).toEqual(new Set(['title', 'level', 'wheelAreas', 'ownershipTarget', 'timezone', 'secret']));
  });

  it('keeps the language of the process’s documents: English unless chosen, one of the app’s languages, audited when changed', async () => {
    const english = await createProcess(owner, workspaceId);
    expect(english.language).toBe('en');
    const created = await owner.post(base(), { ...PROCESS_INPUT, language: 'ar' });
    expect(created.status).toBe(201);
    expect(created.body.language).toBe('ar');
    const path = `${base()}/${english.id as string}`;
    const changed = await owner.patch(path, { language: 'fr', version: english.version });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ language: 'fr', version: english.version + 1 });
    expect((await owner.get(path)).body.language).toBe('fr');

    for (const language of ['de', 'EN', '', 'fr-FR', 7, null]) {
      const refused = await owner.patch(path, { language, version: changed.body.version });
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'language' })]);
    }
    expect((await owner.post(base(), { ...PROCESS_INPUT, language: 'klingon' })).status).toBe(400);

    const trail = (await owner.get(`${path}/audit/events`)).body.items as {
      objectType: string;
      action: string;
      payload: Record<string, unknown>;
    }[];
    expect(trail.find((event) => event.objectType === 'process' && event.action === 'updated')?.payload).toMatchObject({
      fields: ['language'],
    });
  });

  it('bounds lengths: a 201-character title is refused', async () => {
    const reply = await owner.post(base(), { ...PROCESS_INPUT, title: 'x'.repeat(201) });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ field: 'title' });
  });

  it('pages through the list with a cursor, newest first, and searches titles', async () => {
    const own = await createWorkspace(owner, 'Paging');
    for (let i = 0; i < 7; i += 1) await createProcess(owner, own, { title: `Dialogue ${i}${i % 3 === 0 ? ' border' : ''}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await owner.get(`/api/v1/workspaces/${own}/processes${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((item: { title: string }) => item.title));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      'Dialogue 6 border',
      'Dialogue 5',
      'Dialogue 4',
      'Dialogue 3 border',
      'Dialogue 2',
      'Dialogue 1',
      'Dialogue 0 border',
    ]);
    const found = await owner.get(`/api/v1/workspaces/${own}/processes?q=BORDER`);
    expect(found.body.items.map((item: { title: string }) => item.title)).toEqual([
      'Dialogue 6 border',
      'Dialogue 3 border',
      'Dialogue 0 border',
    ]);
    const literal = await owner.get(`/api/v1/workspaces/${own}/processes?q=${encodeURIComponent('%')}`);
    expect(literal.body.items).toEqual([]);
    expect((await owner.get(`/api/v1/workspaces/${own}/processes?limit=1000`)).status).toBe(400);
    expect((await owner.get(`/api/v1/workspaces/${own}/processes?cursor=garbage`)).status).toBe(400);
  });

  it('answers 409 with the current state to the second of two edits based on the same version', async () => {
    const process = await createProcess(owner, workspaceId);
    const path = `${base()}/${process.id}`;
    const [first, second] = await Promise.all([
      owner.patch(path, { title: 'Edited by the first', version: process.version }),
      owner.patch(path, { purpose: 'Edited by the second', version: process.version }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    const winner = first.status === 200 ? first : second;
    expect(loser.body.current).toEqual(winner.body);
    const now = await owner.get(path);
    expect(now.body.version).toBe(process.version + 1);
  });

  it('shows a member only the processes they take part in; an admin sees all', async () => {
    const hidden = await createProcess(owner, workspaceId, { title: 'Only for the core group' });
    const shared = await createProcess(owner, workspaceId, { title: 'Open to the member' });
    await owner.post(`${base()}/${shared.id}/members`, { userId: member.user?.id, role: 'participant' });
    const list = await member.get(base());
    const titles = list.body.items.map((item: { title: string }) => item.title);
    expect(titles).toContain('Open to the member');
    expect(titles).not.toContain('Only for the core group');
    expect(list.body.items.find((item: { id: string }) => item.id === shared.id).myRole).toBe('participant');
    expect((await member.get(`${base()}/${hidden.id}`)).status).toBe(404);
    const all = await owner.get(`${base()}?limit=100`);
    expect(all.body.items.map((item: { title: string }) => item.title)).toEqual(
      expect.arrayContaining(['Only for the core group', 'Open to the member']),
    );
  });

  it('lets a participant see the process but not move its phase', async () => {
    const process = await createProcess(owner, workspaceId);
    await owner.post(`${base()}/${process.id}/members`, { userId: member.user?.id, role: 'participant' });
    const view = await member.get(`${base()}/${process.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ myRole: 'participant', workspaceRole: 'member' });
    const move = await member.post(`${base()}/${process.id}/transitions`, {
      toPhase: 'design',
      version: process.version,
      justification: 'I would like to move on.',
    });
    expect(move.status).toBe(403);
    expect((await owner.get(`${base()}/${process.id}`)).body.phase).toBe('initiate');
  });

  it('adds only workspace members to a process, once, and always keeps a convener', async () => {
    const outsider = await new Client(server.url).signUp('Outsider');
    const process = await createProcess(owner, workspaceId);
    const members = `${base()}/${process.id}/members`;
    const notMember = await owner.post(members, { userId: outsider.user?.id, role: 'observer' });
    expect(notMember.status).toBe(400);
    expect(notMember.body.errors[0].field).toBe('userId');
    expect((await owner.post(members, { userId: member.user?.id, role: 'observer' })).status).toBe(201);
    expect((await owner.post(members, { userId: member.user?.id, role: 'observer' })).status).toBe(409);
    expect((await owner.patch(`${members}/${member.user?.id}`, { role: 'secretariat' })).body.role).toBe('secretariat');
    const demote = await owner.patch(`${members}/${owner.user?.id}`, { role: 'participant' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('LAST_CONVENER');
    expect((await owner.delete(`${members}/${owner.user?.id}`)).status).toBe(409);
    expect((await owner.delete(`${members}/${member.user?.id}`)).status).toBe(204);
    const list = await owner.get(members);
    expect(list.body.items.map((m: { role: string }) => m.role)).toEqual(['convener']);
  });

  it('archives with a version check and then refuses edits', async () => {
    const process = await createProcess(owner, workspaceId);
    const path = `${base()}/${process.id}`;
    expect((await owner.post(`${path}/archive`, { version: 99 })).status).toBe(409);
    const archived = await owner.post(`${path}/archive`, { version: process.version });
    expect(archived.body).toMatchObject({ status: 'archived' });
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await owner.patch(path, { title: 'Too late', version: archived.body.version })).status).toBe(409);
    const archivedList = await owner.get(`${base()}?status=archived`);
    expect(archivedList.body.items.map((item: { id: string }) => item.id)).toContain(process.id);
  });
});

describe('workspaces and invitations', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  it('renames with a version check', async () => {
    const owner = await new Client(server.url).signUp('Renamer');
    const id = await createWorkspace(owner, 'Old name');
    expect((await owner.patch(`/api/v1/workspaces/${id}`, { name: 'New name', version: 1 })).body).toMatchObject({
      name: 'New name',
      version: 2,
    });
    const stale = await owner.patch(`/api/v1/workspaces/${id}`, { name: 'Stale', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ name: 'New name', version: 2 });
  });

  it('uses an invitation once, only for its e-mail, and not after revocation', async () => {
    const owner = await new Client(server.url).signUp('Inviter');
    const invitee = await new Client(server.url).signUp('Invitee');
    const stranger = await new Client(server.url).signUp('Stranger');
    const id = await createWorkspace(owner, 'Inviting');
    const invite = await owner.post(`/api/v1/workspaces/${id}/invitations`, { email: invitee.user?.email, role: 'admin' });
    expect(invite.status).toBe(201);
    const token = await invitationToken(invite.body.id);
    const preview = await new Client(server.url).get(`/api/v1/invitations/${token}`);
    expect(preview.body).toMatchObject({ workspaceName: 'Inviting', role: 'admin', email: invitee.user?.email });
    expect((await stranger.post(`/api/v1/invitations/${token}/accept`)).status).toBe(403);
    expect((await invitee.post(`/api/v1/invitations/${token}/accept`)).body).toEqual({ workspaceId: id, processId: null });
    expect((await invitee.post(`/api/v1/invitations/${token}/accept`)).status).toBe(404);
    const members = await owner.get(`/api/v1/workspaces/${id}/members`);
    expect(members.body.items.map((m: { displayName: string; role: string }) => `${m.displayName}:${m.role}`).sort()).toEqual([
      'Invitee:admin',
      'Inviter:owner',
    ]);

    const second = await owner.post(`/api/v1/workspaces/${id}/invitations`, { email: stranger.user?.email, role: 'member' });
    const pending = await owner.get(`/api/v1/workspaces/${id}/invitations`);
    expect(pending.body.items.map((i: { email: string }) => i.email)).toEqual([stranger.user?.email]);
    expect((await owner.delete(`/api/v1/workspaces/${id}/invitations/${second.body.id}`)).status).toBe(204);
    const revokedToken = await invitationToken(second.body.id);
    expect((await stranger.post(`/api/v1/invitations/${revokedToken}/accept`)).status).toBe(404);
    expect((await new Client(server.url).get(`/api/v1/invitations/not-a-token`)).status).toBe(404);
  });

  it('refuses an expired invitation', async () => {
    const owner = await new Client(server.url).signUp('Expirer');
    const invitee = await new Client(server.url).signUp('Late');
    const id = await createWorkspace(owner, 'Expiring');
    const invite = await owner.post(`/api/v1/workspaces/${id}/invitations`, { email: invitee.user?.email, role: 'member' });
    await withOwner((db) =>
      db.query("update workspace_invitations set expires_at = now() - interval '1 minute' where id = $1", [invite.body.id]),
    );
    const token = await invitationToken(invite.body.id);
    const reply = await invitee.post(`/api/v1/invitations/${token}/accept`);
    expect(reply.status).toBe(404);
    expect(reply.body.detail).toMatch(/expired/);
  });
});
