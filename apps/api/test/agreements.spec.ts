import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SAMPLE_GROUND_RULES } from '@common-ground/domain';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp } from './harness';
import { pdfText } from './support/pdf-text';

const GRIEVANCE = {
  handlers: 'Two participants not party to the grievance',
  acknowledgeDays: 3,
  respondDays: 14,
  escalationPath: 'To the co-conveners',
  appealProcedure: 'To the steering group within 14 days',
  inactiveParticipantProcedure: '',
  underminingBehaviourProcedure: '',
  version: 0,
};

describe('Acquaint agreements and the Agree gate', () => {
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
    for (const name of ['Amina Police', 'Beatriz Women', 'Chen Youth']) {
      const client = await new Client(server.url).signUp(name);
      await joinWorkspace(convener, client, workspaceId);
      participants.push(client);
    }
  });
  afterAll(() => server.close());

  async function setUp(input: Record<string, unknown> = {}) {
    const process = await createProcess(convener, workspaceId, input);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    await convener.post(`${base}/members`, { userId: facilitator.user?.id, role: 'facilitator' });
    for (const participant of participants) await convener.post(`${base}/members`, { userId: participant.user?.id, role: 'participant' });
    return { base, process };
  }

  async function adoptCharter(base: string) {
    let version = (await facilitator.post(`${base}/charter/versions`, {})).body;
    version = (await facilitator.post(`${base}/charter/versions/${version.id}/propose`, { version: version.version })).body;
    return (await convener.post(`${base}/charter/versions/${version.id}/adopt`, { version: version.version })).body;
  }

  it('writes the charter template, its consent statement and the sample ground rules in the process’s language', async () => {
    const { base } = await setUp({ language: 'fr' });
    const draft = await facilitator.post(`${base}/charter/versions`, {});
    expect(draft.status).toBe(201);
    expect(draft.body.content.sections.goal_mandate).toBe(
      'À convenir : Ce que le processus cherche à accomplir, et son lien avec d’autres initiatives.',
    );
    expect(Object.values(draft.body.content.sections).every((text) => String(text).startsWith('À convenir : '))).toBe(true);
    expect(draft.body.content.consentStatement).toBe(
      'J’ai lu la version 1 de cette charte et j’accepte de prendre part au processus selon ses termes.',
    );
    const listed = await facilitator.get(`${base}/ground-rules`);
    expect(listed.body.samples[0]).toBe('S’écouter les uns les autres');
    const samples = await facilitator.post(`${base}/ground-rules/samples`);
    expect(samples.body.items.map((rule: { text: string }) => rule.text)).toEqual(listed.body.samples);
    expect(samples.body.items).toHaveLength(SAMPLE_GROUND_RULES.length);
  });

  it('keeps the English template in an English process', async () => {
    const { base } = await setUp();
    const draft = await facilitator.post(`${base}/charter/versions`, {});
    expect(draft.body.content.sections.goal_mandate).toBe(
      'To agree: What the process seeks to achieve, and how it relates to other initiatives.',
    );
    expect(draft.body.content.consentStatement).toBe(
      'I have read version 1 of this charter and agree to take part in the process under its terms.',
    );
  });

  it('adopts ground rules from the sample list, amends with history, retires with a note', async () => {
    const { base } = await setUp();
    const samples = await facilitator.post(`${base}/ground-rules/samples`);
    expect(samples.body.items.map((rule: { text: string }) => rule.text)).toEqual([...SAMPLE_GROUND_RULES]);
    const own = await participants[0].post(`${base}/ground-rules`, { text: 'Speak for your institution, not for others' });
    expect(own.body).toMatchObject({ status: 'proposed', proposedBy: { displayName: 'Amina Police' } });
    const ids = samples.body.items.slice(0, 3).map((rule: { id: string }) => rule.id);
    const adopted = await facilitator.post(`${base}/ground-rules/adopt`, {
      ruleIds: ids,
      decision: 'Adopted by consensus at the first plenary, 12 March',
    });
    expect(adopted.body.items.filter((rule: { status: string }) => rule.status === 'adopted')).toHaveLength(3);
    const first = adopted.body.items[0];
    const amended = await facilitator.patch(`${base}/ground-rules/${first.id}`, {
      text: 'Listen to each other without interrupting',
      version: first.version,
      note: 'Agreed at the second plenary',
    });
    expect(amended.body).toMatchObject({ status: 'adopted', text: 'Listen to each other without interrupting' });
    expect(amended.body.history.map((change: { status: string; text: string }) => `${change.status}:${change.text}`)).toEqual([
      'proposed:Listen to each other',
      'adopted:Listen to each other',
      'adopted:Listen to each other without interrupting',
    ]);
    expect((await facilitator.patch(`${base}/ground-rules/${first.id}`, { text: 'Stale', version: first.version })).status).toBe(409);
    const discussed = await participants[1].post(`${base}/ground-rules/${own.body.id}/comments`, {
      body: 'Some of us speak for two institutions.',
    });
    expect(discussed.status).toBe(201);
    expect((await facilitator.get(`${base}/ground-rules/${own.body.id}/comments`)).body.items).toEqual([
      expect.objectContaining({
        body: 'Some of us speak for two institutions.',
        author: expect.objectContaining({ displayName: 'Beatriz Women' }),
      }),
    ]);
    const retired = await facilitator.post(`${base}/ground-rules/${own.body.id}/retire`, {
      version: own.body.version,
      note: 'Covered by the charter',
    });
    expect(retired.body.status).toBe('retired');
    expect((await facilitator.post(`${base}/ground-rules/adopt`, { ruleIds: [own.body.id], decision: 'Too late' })).status).toBe(400);
  });

  it('keeps an accountability entry per active participant with the next report-back due', async () => {
    const { base } = await setUp();
    const empty = await participants[1].get(`${base}/accountability`);
    expect(empty.body.missing).toBe(3);
    const saved = await facilitator.request('PUT', `${base}/accountability/${participants[0].user?.id}`, {
      accountableTo: 'Police Directorate',
      constituency: 'District officers',
      channel: 'Briefing at the station',
      frequency: 'monthly',
      lastReportedAt: '2026-10-15T09:00:00.000Z',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ complete: true, nextDueAt: '2026-11-15T09:00:00.000Z', version: 1 });
    const entry = { accountableTo: 'Other', constituency: 'District officers', channel: 'Radio', frequency: 'weekly' };
    const second = await facilitator.request('PUT', `${base}/accountability/${participants[0].user?.id}`, entry);
    expect(second.status).toBe(409);
    expect(second.body.current).toMatchObject({ accountableTo: 'Police Directorate', version: 1 });
    const updated = await facilitator.request('PUT', `${base}/accountability/${participants[0].user?.id}`, { ...entry, version: 1 });
    expect(updated.body).toMatchObject({ accountableTo: 'Other', frequency: 'weekly', version: 2 });
    const unknownField = await facilitator.request('PUT', `${base}/accountability/${participants[0].user?.id}`, {
      ...entry,
      version: 2,
      colour: 'red',
    });
    expect(unknownField.status).toBe(400);
    expect(
      (
        await facilitator.request('PUT', `${base}/accountability/${facilitator.user?.id}`, {
          accountableTo: 'x',
          constituency: 'y',
          channel: 'z',
          frequency: 'weekly',
        })
      ).status,
    ).toBe(404);
    expect((await facilitator.get(`${base}/accountability`)).body.missing).toBe(2);
  });

  it('validates the grievance procedure and detects concurrent saves', async () => {
    const { base } = await setUp();
    const bad = await facilitator.request('PUT', `${base}/grievance-procedure`, { ...GRIEVANCE, respondDays: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('respondDays');
    const [a, b] = await Promise.all([
      facilitator.request('PUT', `${base}/grievance-procedure`, GRIEVANCE),
      convener.request('PUT', `${base}/grievance-procedure`, GRIEVANCE),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await participants[0].get(`${base}/grievance-procedure`)).body).toMatchObject({ respondDays: 14, version: 1 });
  });

  it('shows decline reasons to conveners only, and withholds names in the PDF under the Chatham House Rule', async () => {
    const { base } = await setUp();
    const adopted = await adoptCharter(base);
    await participants[0].post(`${base}/charter/versions/${adopted.id}/signatures`);
    expect(
      (await participants[1].post(`${base}/charter/versions/${adopted.id}/declines`, { reason: 'My ministry has not mandated me yet.' }))
        .status,
    ).toBe(204);
    const forConvener = await convener.get(`${base}/charter/versions/${adopted.id}/board`);
    expect(forConvener.body.rows.map((row: { status: string; declineReason: string | null }) => [row.status, row.declineReason])).toEqual([
      ['signed', null],
      ['declined', 'My ministry has not mandated me yet.'],
      ['pending', null],
    ]);
    const forParticipant = await participants[2].get(`${base}/charter/versions/${adopted.id}/board`);
    expect(forParticipant.body.rows.every((row: { declineReason: string | null }) => row.declineReason === null)).toBe(true);

    const named = await fetch(`${server.url}${base}/charter/versions/${adopted.id}/pdf`, { headers: { cookie: convener.cookie ?? '' } });
    expect(named.headers.get('content-type')).toBe('application/pdf');
    const namedPdf = Buffer.from(await named.arrayBuffer());
    expect(namedPdf.toString('latin1').startsWith('%PDF-')).toBe(true);
    const namedText = pdfText(namedPdf);
    expect(namedText).toContain(adopted.contentHash);
    expect(namedText).toContain('Amina');

    await facilitator.request('PUT', `${base}/confidentiality`, {
      defaultMode: 'chatham_house',
      mediaSpokespeople: 'The convener only',
      externalCommunication: 'No attribution.',
      version: 0,
    });
    const withheld = await fetch(`${server.url}${base}/charter/versions/${adopted.id}/pdf`, { headers: { cookie: convener.cookie ?? '' } });
    const withheldPdf = Buffer.from(await withheld.arrayBuffer());
    const text = pdfText(withheldPdf);
    expect(text).toContain(adopted.contentHash);
    expect(text).toContain('Names are withheld');
    for (const name of ['Amina', 'Beatriz']) {
      expect(text).not.toContain(name);
      // Nor anywhere in the file (its metadata, an outline entry): the printer never saw the names.
      expect(withheldPdf.toString('latin1')).not.toContain(name);
    }
  });

  it('accepts an amendment into the draft and rejects another only with a reason', async () => {
    const { base } = await setUp();
    const draft = (await facilitator.post(`${base}/charter/versions`, {})).body;
    const amendment = await participants[0].post(`${base}/charter/versions/${draft.id}/amendments`, {
      sectionKey: 'press_media',
      proposedText: 'Only the co-conveners speak to the press.',
      rationale: 'Protects participants',
    });
    expect(amendment.body).toMatchObject({ status: 'open', author: { displayName: 'Amina Police' } });
    const other = await participants[1].post(`${base}/charter/versions/${draft.id}/amendments`, {
      sectionKey: 'observers',
      proposedText: 'No observers.',
    });
    expect((await facilitator.post(`${base}/charter/amendments/${other.body.id}/reject`, {})).status).toBe(400);
    expect(
      (
        await facilitator.post(`${base}/charter/amendments/${other.body.id}/reject`, {
          reason: 'Donors attend as observers under the guidelines.',
        })
      ).body.status,
    ).toBe('rejected');
    expect((await participants[0].post(`${base}/charter/amendments/${amendment.body.id}/accept`, {})).status).toBe(403);
    expect((await facilitator.post(`${base}/charter/amendments/${amendment.body.id}/accept`, {})).body).toMatchObject({
      status: 'accepted',
      decidedBy: { displayName: 'Facilitator' },
    });
    const updated = await participants[2].get(`${base}/charter/versions/${draft.id}`);
    expect(updated.body.content.sections.press_media).toBe('Only the co-conveners speak to the press.');
    expect(updated.body.version).toBe(draft.version + 1);
    expect((await facilitator.post(`${base}/charter/amendments/${amendment.body.id}/accept`, {})).status).toBe(409);
    const comment = await participants[2].post(`${base}/charter/versions/${draft.id}/comments`, {
      sectionKey: 'schedule',
      body: 'Avoid market days.',
    });
    expect(comment.status).toBe(201);
    expect((await convener.get(`${base}/charter/versions/${draft.id}/comments`)).body.items.map((c: { body: string }) => c.body)).toEqual([
      'Avoid market days.',
    ]);
  });

  it('lets the process enter Agree only when the four Acquaint agreements are in place', async () => {
    const { base, process } = await setUp();
    let version = process.version;
    const move = async (toPhase: string, justification?: string) => {
      const reply = await convener.post(`${base}/transitions`, { toPhase, version, justification });
      if (reply.status === 201) version = reply.body.process.version;
      return reply;
    };
    expect((await move('design')).status).toBe(201);
    expect((await move('acquaint', 'Selection was prepared before the platform was used.')).status).toBe(201);
    const before = await convener.get(`${base}/readiness`);
    expect(before.body.gates.map((gate: { id: string; status: string }) => `${gate.id}:${gate.status}`)).toEqual([
      'agree.ground-rules:unmet',
      'agree.charter-in-force:unmet',
      'agree.accountability-map:unmet',
      'agree.grievance-procedure:unmet',
    ]);
    expect((await move('agree')).status).toBe(422);

    const rules = (await facilitator.post(`${base}/ground-rules/samples`)).body.items;
    await facilitator.post(`${base}/ground-rules/adopt`, {
      ruleIds: rules.map((rule: { id: string }) => rule.id),
      decision: 'Adopted by consensus',
    });
    const adopted = await adoptCharter(base);
    for (const participant of participants.slice(0, 2)) await participant.post(`${base}/charter/versions/${adopted.id}/signatures`);
    for (const participant of participants) {
      await facilitator.request('PUT', `${base}/accountability/${participant.user?.id}`, {
        accountableTo: 'Institution',
        constituency: 'Members',
        channel: 'Meeting',
        frequency: 'quarterly',
      });
    }
    await facilitator.request('PUT', `${base}/grievance-procedure`, GRIEVANCE);
    const after = await convener.get(`${base}/readiness`);
    expect(after.body.gates.every((gate: { status: string }) => gate.status === 'met')).toBe(true);
    const moved = await move('agree');
    expect(moved.status).toBe(201);
    expect(moved.body.transition.kind).toBe('advance');
  });
});
