import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, startTestApp, type TestApp, uniqueEmail, withOwner, invitationToken } from './harness';

describe('process invitations sent for a prospective participant', () => {
  let server: TestApp;
  let convener: Client;
  let workspaceId: string;
  let base: string;
  let police: { id: string };

  /** A prospect of the process, consulted once unless asked otherwise. */
  async function prospect(name: string, consulted = true, processBase = base): Promise<{ id: string; version: number; status: string }> {
    const created = await convener.post(`${processBase}/prospects`, { name, email: uniqueEmail(name) });
    expect(created.status).toBe(201);
    if (!consulted) return created.body;
    const logged = await convener.post(`${processBase}/prospects/${created.body.id}/consultations`, {
      heldOn: '2026-02-03',
      channel: 'meeting',
      interest: 'high',
    });
    expect(logged.body.status).toBe('consulted');
    return logged.body;
  }

  const invite = (prospectId: string, email = uniqueEmail('invitee')) =>
    convener.post(`${base}/invitations`, { email, role: 'participant', stakeholderGroupId: police.id, prospectId });
  const statusOf = async (prospectId: string) => (await convener.get(`${base}/prospects/${prospectId}`)).body;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    base = `/api/v1/workspaces/${workspaceId}/processes/${(await createProcess(convener, workspaceId)).id}`;
    police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body;
  });
  afterAll(() => server.close());

  it('moves a consulted prospect to invited at a new version, names them in the invitations list, and answers a stale edit with 409', async () => {
    const amina = await prospect('Amina Diallo');
    const sent = await invite(amina.id);
    expect(sent.status).toBe(201);
    expect(sent.body.prospect).toEqual({ id: amina.id, name: 'Amina Diallo' });

    const invited = await statusOf(amina.id);
    expect(invited).toMatchObject({ status: 'invited', version: amina.version + 1 });
    const listed = (await convener.get(`${base}/invitations`)).body.items.find((item: { id: string }) => item.id === sent.body.id);
    expect(listed.prospect).toEqual({ id: amina.id, name: 'Amina Diallo' });

    const stale = await convener.post(`${base}/prospects/${amina.id}/status`, { status: 'declined', version: amina.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
  });

  it('makes the prospect active when the invitee accepts, in the same step that makes them a member', async () => {
    const joseph = await prospect('Joseph Ngono');
    const email = uniqueEmail('joseph');
    const sent = await invite(joseph.id, email);
    const invitee = await new Client(server.url).signUp('Joseph Ngono', email);
    expect((await invitee.post(`/api/v1/invitations/${await invitationToken(sent.body.id)}/accept`)).status).toBe(200);

    expect(await statusOf(joseph.id)).toMatchObject({ status: 'active', version: joseph.version + 2 });
    const members = (await convener.get(`${base}/members`)).body.items;
    expect(members.find((member: { userId: string }) => member.userId === invitee.user?.id)).toMatchObject({
      role: 'participant',
      stakeholderGroupId: police.id,
    });
  });

  it('returns an invited prospect to consulted when the invitation is revoked, from the process or from the workspace, and lets them be invited again', async () => {
    const fatima = await prospect('Fatima Sow');
    const first = await invite(fatima.id);
    expect((await convener.delete(`${base}/invitations/${first.body.id}`)).status).toBe(204);
    expect(await statusOf(fatima.id)).toMatchObject({ status: 'consulted', version: fatima.version + 2 });

    const second = await invite(fatima.id);
    expect(second.status).toBe(201);
    expect((await convener.delete(`/api/v1/workspaces/${workspaceId}/invitations/${second.body.id}`)).status).toBe(204);
    expect((await statusOf(fatima.id)).status).toBe('consulted');
  });

  it('refuses a prospect who cannot become invited or already has a pending invitation (409), and sends nothing then', async () => {
    const unconsulted = await prospect('Not Yet Consulted', false);
    const early = await invite(unconsulted.id);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'PROSPECT_TRANSITION_INVALID', errors: [{ field: 'prospectId' }] });
    expect(early.body.detail).toMatch(/prospective prospect cannot become invited/);

    const twice = await prospect('Invited Twice');
    const email = uniqueEmail('twice');
    expect((await invite(twice.id, email)).status).toBe(201);
    const again = await invite(twice.id);
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already has a pending invitation/);

    const emails = (await convener.get(`${base}/invitations`)).body.items.map((item: { email: string }) => item.email);
    expect(emails.filter((sent: string) => sent === email)).toHaveLength(1);
    expect((await statusOf(unconsulted.id)).status).toBe('prospective');
  });

  it('lets an invited prospect whose invitation expired be invited again', async () => {
    const late = await prospect('Late Reply');
    const expired = await invite(late.id);
    await withOwner((db) =>
      db.query(`update workspace_invitations set expires_at = now() - interval '1 minute' where id = $1`, [expired.body.id]),
    );
    const renewed = await invite(late.id);
    expect(renewed.status).toBe(201);
    expect((await statusOf(late.id)).status).toBe('invited');
  });

  it('refuses a prospect of another process or an unknown one with 400 naming prospectId', async () => {
    const otherBase = `/api/v1/workspaces/${workspaceId}/processes/${(await createProcess(convener, workspaceId)).id}`;
    const elsewhere = await prospect('Somewhere Else', true, otherBase);
    for (const prospectId of [elsewhere.id, crypto.randomUUID()]) {
      const refused = await invite(prospectId);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe('prospectId');
    }
    expect(
      (await convener.post(`${base}/invitations`, { email: uniqueEmail('x'), role: 'observer', prospectId: 'nope' })).body.errors[0].field,
    ).toBe('prospectId');
    expect((await convener.get(`${otherBase}/prospects/${elsewhere.id}`)).body.status).toBe('consulted');
  });

  it('keeps the invitation usable when its prospect is deleted, without a prospect', async () => {
    const gone = await prospect('Removed Later');
    const email = uniqueEmail('removed');
    const sent = await invite(gone.id, email);
    expect((await convener.delete(`${base}/prospects/${gone.id}`)).status).toBe(204);
    const listed = (await convener.get(`${base}/invitations`)).body.items.find((item: { id: string }) => item.id === sent.body.id);
    expect(listed.prospect).toBeNull();
    const invitee = await new Client(server.url).signUp('Removed Later', email);
    expect((await invitee.post(`/api/v1/invitations/${await invitationToken(sent.body.id)}/accept`)).status).toBe(200);
  });
});
