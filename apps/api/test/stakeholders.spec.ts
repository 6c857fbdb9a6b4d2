import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STARTER_STAKEHOLDER_GROUPS } from '@common-ground/domain';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp } from './harness';

describe('stakeholder groups and ratification by group', () => {
  let server: TestApp;
  let convener: Client;
  const participants: Client[] = [];
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    for (const name of ['Police Officer', 'Women Leader', 'Youth Worker']) {
      const client = await new Client(server.url).signUp(name);
      await joinWorkspace(convener, client, workspaceId);
      participants.push(client);
    }
  });
  afterAll(() => server.close());

  it('starts from the starter list, marks indispensable groups, and shows who is not represented', async () => {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    const starter = await convener.post(`${base}/stakeholder-groups/starter`);
    expect(starter.body.items.map((group: { name: string }) => group.name)).toEqual([...STARTER_STAKEHOLDER_GROUPS]);
    expect((await convener.post(`${base}/stakeholder-groups/starter`)).body.items).toHaveLength(STARTER_STAKEHOLDER_GROUPS.length);
    expect((await convener.post(`${base}/stakeholder-groups`, { name: 'Police' })).status).toBe(400);
    const police = starter.body.items.find((group: { name: string }) => group.name === 'Police');
    const women = starter.body.items.find((group: { name: string }) => group.name === "Women's organisations");
    await convener.patch(`${base}/stakeholder-groups/${police.id}`, { indispensable: true });
    await convener.patch(`${base}/stakeholder-groups/${women.id}`, { indispensable: true });
    let list = await convener.get(`${base}/stakeholder-groups`);
    expect(list.body.unrepresented).toEqual(["Women's organisations", 'Police']);

    await convener.post(`${base}/members`, { userId: participants[0].user?.id, role: 'participant' });
    expect(
      (await convener.request('PUT', `${base}/members/${participants[0].user?.id}/group`, { stakeholderGroupId: police.id })).status,
    ).toBe(204);
    list = await convener.get(`${base}/stakeholder-groups`);
    expect(list.body.unrepresented).toEqual(["Women's organisations"]);
    expect(
      (await convener.get(`${base}/members`)).body.items.find((m: { userId: string }) => m.userId === participants[0].user?.id)
        .stakeholderGroupId,
    ).toBe(police.id);
    expect(
      (await convener.request('PUT', `${base}/members/${participants[1].user?.id}/group`, { stakeholderGroupId: police.id })).status,
    ).toBe(404);
  });

  it('keeps the charter out of force until every indispensable group has signed, and says which group is missing', async () => {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    const police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body;
    const women = (await convener.post(`${base}/stakeholder-groups`, { name: "Women's organisations", indispensable: true })).body;
    const youth = (await convener.post(`${base}/stakeholder-groups`, { name: 'Youth' })).body;
    const groups = [police, women, youth];
    for (const [index, participant] of participants.entries()) {
      await convener.post(`${base}/members`, { userId: participant.user?.id, role: 'participant' });
      await convener.request('PUT', `${base}/members/${participant.user?.id}/group`, { stakeholderGroupId: groups[index].id });
    }
    let version = (await convener.post(`${base}/charter/versions`, {})).body;
    version = (await convener.post(`${base}/charter/versions/${version.id}/propose`, { version: version.version })).body;
    version = (await convener.post(`${base}/charter/versions/${version.id}/adopt`, { version: version.version })).body;
    await participants[0].post(`${base}/charter/versions/${version.id}/signatures`);
    await participants[2].post(`${base}/charter/versions/${version.id}/signatures`);
    let board = await convener.get(`${base}/charter/versions/${version.id}/board`);
    expect(board.body.ratification).toMatchObject({ inForce: false, signed: 2, required: 2 });
    expect(board.body.ratification.missing).toEqual(["A signature from the indispensable group “Women's organisations”."]);
    expect(board.body.rows.map((row: { group: string; status: string }) => `${row.group}:${row.status}`)).toEqual([
      'Police:signed',
      "Women's organisations:pending",
      'Youth:signed',
    ]);
    await participants[1].post(`${base}/charter/versions/${version.id}/signatures`);
    board = await convener.get(`${base}/charter/versions/${version.id}/board`);
    expect(board.body.ratification.inForce).toBe(true);
  });

  it('lets an alternate sign for the participant they stand in for, only when the charter allows it', async () => {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    const [principal, alternate, other] = participants;
    for (const participant of participants) await convener.post(`${base}/members`, { userId: participant.user?.id, role: 'participant' });
    expect(
      (await convener.request('PUT', `${base}/members/${alternate.user?.id}/alternate`, { alternateFor: alternate.user?.id })).status,
    ).toBe(400);
    expect(
      (await convener.request('PUT', `${base}/members/${alternate.user?.id}/alternate`, { alternateFor: principal.user?.id })).status,
    ).toBe(204);

    const adopt = async (alternatesMaySign: boolean) => {
      let version = (await convener.post(`${base}/charter/versions`, {})).body;
      version = (
        await convener.patch(`${base}/charter/versions/${version.id}`, {
          content: { ...version.content, alternatesMaySign },
          version: version.version,
        })
      ).body;
      version = (await convener.post(`${base}/charter/versions/${version.id}/propose`, { version: version.version })).body;
      return (await convener.post(`${base}/charter/versions/${version.id}/adopt`, { version: version.version })).body;
    };
    const strict = await adopt(false);
    const refused = await alternate.post(`${base}/charter/versions/${strict.id}/signatures`, { onBehalfOf: principal.user?.id });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/does not allow alternates/);

    const open = await adopt(true);
    expect((await other.post(`${base}/charter/versions/${open.id}/signatures`, { onBehalfOf: principal.user?.id })).status).toBe(403);
    expect((await alternate.post(`${base}/charter/versions/${open.id}/signatures`)).status).toBe(403);
    const signed = await alternate.post(`${base}/charter/versions/${open.id}/signatures`, { onBehalfOf: principal.user?.id });
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({ signerId: alternate.user?.id, onBehalfOf: principal.user?.id });
    expect((await principal.post(`${base}/charter/versions/${open.id}/signatures`)).status).toBe(409);
    const board = await convener.get(`${base}/charter/versions/${open.id}/board`);
    const row = board.body.rows.find((r: { userId: string }) => r.userId === principal.user?.id);
    expect(row).toMatchObject({ status: 'signed', signedBy: alternate.user?.displayName });
    expect(board.body.ratification).toMatchObject({ active: 2, signed: 1 });
  });
});
