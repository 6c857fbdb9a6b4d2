import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { canonicalize } from '@common-ground/domain';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withOwner } from './harness';

describe('charter versions, signatures and ratification', () => {
  let server: TestApp;
  let convener: Client;
  let facilitator: Client;
  const participants: Client[] = [];
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    facilitator = await new Client(server.url).signUp('Facilitator');
    workspaceId = await createWorkspace(convener);
    await joinWorkspace(convener, facilitator, workspaceId);
    for (const name of ['Police', 'Women', 'Youth']) {
      const client = await new Client(server.url).signUp(name);
      await joinWorkspace(convener, client, workspaceId);
      participants.push(client);
    }
  });
  afterAll(() => server.close());

  async function setUp() {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    await convener.post(`${base}/members`, { userId: facilitator.user?.id, role: 'facilitator' });
    for (const participant of participants) await convener.post(`${base}/members`, { userId: participant.user?.id, role: 'participant' });
    return `${base}/charter`;
  }

  it('drafts from the template, adopts, collects signatures and comes into force at two thirds', async () => {
    const charter = await setUp();
    const draft = await facilitator.post(`${charter}/versions`, {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ number: 1, status: 'draft', contentHash: null });
    expect(Object.keys(draft.body.content.sections)).toHaveLength(13);

    const edited = await facilitator.patch(`${charter}/versions/${draft.body.id}`, {
      content: {
        ...draft.body.content,
        sections: { goal_mandate: 'Agree how security is provided in the district.', decision_making: 'Consensus.' },
      },
      version: draft.body.version,
    });
    expect(edited.status).toBe(200);
    const proposed = await facilitator.post(`${charter}/versions/${draft.body.id}/propose`, { version: edited.body.version });
    expect(proposed.body.contentHash).toBe(createHash('sha256').update(canonicalize(edited.body.content)).digest('hex'));
    expect((await participants[0].post(`${charter}/versions/${draft.body.id}/signatures`)).body.code).toBe('CHARTER_VERSION_NOT_ADOPTED');
    const adopted = await convener.post(`${charter}/versions/${draft.body.id}/adopt`, { version: proposed.body.version });
    expect(adopted.body.status).toBe('adopted');

    const signed = await participants[0].post(`${charter}/versions/${draft.body.id}/signatures`);
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({ contentHash: proposed.body.contentHash, consentStatement: edited.body.content.consentStatement });
    expect((await participants[0].post(`${charter}/versions/${draft.body.id}/signatures`)).status).toBe(409);
    let overview = await convener.get(charter);
    expect(overview.body.ratification).toMatchObject({ inForce: false, signed: 1, active: 3, required: 2 });
    expect(overview.body.ratification.missing).toEqual(['1 more signature (1 of 3 active participants signed; 2 needed).']);

    await participants[1].post(`${charter}/versions/${draft.body.id}/signatures`);
    overview = await participants[2].get(charter);
    expect(overview.body.ratification).toMatchObject({ inForce: true, missing: [] });
    const verify = await participants[2].get(`${charter}/versions/${draft.body.id}/verify`);
    expect(verify.body).toMatchObject({ matches: true, signatures: 2, signaturesMatching: 2 });
  });

  it('detects tampering: text changed behind the app no longer matches the signed hash', async () => {
    const charter = await setUp();
    let version = (await facilitator.post(`${charter}/versions`, {})).body;
    version = (await facilitator.post(`${charter}/versions/${version.id}/propose`, { version: version.version })).body;
    version = (await convener.post(`${charter}/versions/${version.id}/adopt`, { version: version.version })).body;
    await participants[0].post(`${charter}/versions/${version.id}/signatures`);
    await withOwner((db) =>
      db.query(`update charter_versions set content = jsonb_set(content, '{consentStatement}', '"I agree to anything."') where id = $1`, [
        version.id,
      ]),
    );
    const verify = await participants[0].get(`${charter}/versions/${version.id}/verify`);
    expect(verify.body).toMatchObject({ matches: false, signatures: 1, signaturesMatching: 0 });
  });

  it('makes a changed text a new version that needs signing again, superseding the old one', async () => {
    const charter = await setUp();
    let first = (await facilitator.post(`${charter}/versions`, {})).body;
    first = (await facilitator.post(`${charter}/versions/${first.id}/propose`, { version: first.version })).body;
    first = (await convener.post(`${charter}/versions/${first.id}/adopt`, { version: first.version })).body;
    for (const participant of participants) await participant.post(`${charter}/versions/${first.id}/signatures`);
    expect((await facilitator.patch(`${charter}/versions/${first.id}`, { content: first.content, version: first.version })).body.code).toBe(
      'CHARTER_STATE_INVALID',
    );

    let second = (await facilitator.post(`${charter}/versions`, { fromVersionId: first.id })).body;
    expect(second).toMatchObject({ number: 2, basedOn: first.id });
    expect((await facilitator.post(`${charter}/versions`, {})).status).toBe(409);
    second = (
      await facilitator.patch(`${charter}/versions/${second.id}`, {
        content: { ...second.content, alternatesMaySign: true },
        version: second.version,
      })
    ).body;
    second = (await facilitator.post(`${charter}/versions/${second.id}/propose`, { version: second.version })).body;
    second = (await convener.post(`${charter}/versions/${second.id}/adopt`, { version: second.version })).body;
    expect(second).toMatchObject({ status: 'adopted', content: { alternatesMaySign: true } });
    const overview = await convener.get(charter);
    expect(overview.body.versions.map((v: { number: number; status: string }) => `${v.number}:${v.status}`)).toEqual([
      '2:adopted',
      '1:superseded',
    ]);
    expect(overview.body.ratification).toMatchObject({ signed: 0, inForce: false });
    const stale = await participants[0].post(`${charter}/versions/${first.id}/signatures`);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CHARTER_VERSION_NOT_ADOPTED');
  });

  it('answers 409 with the current draft to the second of two simultaneous edits, losing nothing', async () => {
    const charter = await setUp();
    const draft = (await facilitator.post(`${charter}/versions`, {})).body;
    const path = `${charter}/versions/${draft.id}`;
    const [a, b] = await Promise.all([
      facilitator.patch(path, {
        content: { ...draft.content, sections: { goal_mandate: 'Text of the facilitator' } },
        version: draft.version,
      }),
      convener.patch(path, { content: { ...draft.content, sections: { goal_mandate: 'Text of the convener' } }, version: draft.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    expect(loser.body.current.content).toEqual(winner.body.content);
  });

  it('refuses signing by someone who left the process and validates the content', async () => {
    const charter = await setUp();
    const base = charter.replace(/\/charter$/, '');
    let version = (await facilitator.post(`${charter}/versions`, {})).body;
    const invalid = await facilitator.patch(`${charter}/versions/${version.id}`, {
      content: { sections: { gossip: 'x' }, consentStatement: '', alternatesMaySign: 'yes' },
      version: version.version,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'content.alternatesMaySign',
      'content.consentStatement',
      'content.sections.gossip',
    ]);
    version = (await facilitator.post(`${charter}/versions/${version.id}/propose`, { version: version.version })).body;
    version = (await convener.post(`${charter}/versions/${version.id}/adopt`, { version: version.version })).body;
    await convener.delete(`${base}/members/${participants[2].user?.id}`);
    expect((await participants[2].post(`${charter}/versions/${version.id}/signatures`)).status).toBe(404);
  });
});
