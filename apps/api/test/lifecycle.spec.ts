import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp } from './harness';

describe('process lifecycle through the API', () => {
  let server: TestApp;
  let convener: Client;
  let colleague: Client;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    colleague = await new Client(server.url).signUp('Colleague');
    workspaceId = await createWorkspace(convener);
    await joinWorkspace(convener, colleague, workspaceId);
  });
  afterAll(() => server.close());

  const path = (process: { id: string }, rest = '') => `/api/v1/workspaces/${workspaceId}/processes/${process.id}${rest}`;

  it('starts in Initiate with the Design readiness checklist computed from the data', async () => {
    const process = await createProcess(convener, workspaceId, { purpose: null });
    expect(process.phase).toBe('initiate');
    const readiness = await convener.get(path(process, '/readiness'));
    expect(readiness.body.nextPhase).toBe('design');
    expect(readiness.body.gates.map((gate: { id: string; status: string }) => [gate.id, gate.status])).toEqual([
      ['design.purpose', 'unmet'],
      ['design.second-convener', 'unmet'],
    ]);
    // Screens say each detail from its code and params; the English detail stays for API users.
    expect(readiness.body.gates[1]).toMatchObject({
      code: 'leadership_short',
      params: { count: 1, required: 2 },
      detail: expect.stringContaining('1 of 2 people'),
    });
  });

  it('refuses to move past a failing gate without a justification, and records the override with one', async () => {
    const process = await createProcess(convener, workspaceId);
    const refused = await convener.post(path(process, '/transitions'), { toPhase: 'design', version: process.version });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('GATES_FAILED');
    expect(refused.body.errors[0].field).toBe('justification');
    expect((await convener.get(path(process))).body.phase).toBe('initiate');

    const override = await convener.post(path(process, '/transitions'), {
      toPhase: 'design',
      version: process.version,
      justification: 'The co-convener joins next week; the ministry asked us to start mapping now.',
    });
    expect(override.status).toBe(201);
    expect(override.body.process.phase).toBe('design');
    expect(override.body.transition).toMatchObject({ kind: 'override', fromPhase: 'initiate', toPhase: 'design' });
    expect(override.body.transition.overriddenGates.map((gate: { id: string }) => gate.id)).toEqual(['design.second-convener']);
  });

  it('advances without override once the gates are met', async () => {
    const process = await createProcess(convener, workspaceId);
    await convener.post(path(process, '/members'), { userId: colleague.user?.id, role: 'facilitator' });
    const readiness = await convener.get(path(process, '/readiness'));
    expect(readiness.body.gates.every((gate: { status: string }) => gate.status === 'met')).toBe(true);
    const moved = await convener.post(path(process, '/transitions'), { toPhase: 'design', version: process.version });
    expect(moved.status).toBe(201);
    expect(moved.body.transition).toMatchObject({ kind: 'advance', overriddenGates: [] });
    const next = await convener.get(path(process, '/readiness'));
    expect(next.body).toMatchObject({ phase: 'design', nextPhase: 'acquaint' });
    expect(next.body.gates.map((gate: { id: string; status: string }) => `${gate.id}:${gate.status}`)).toEqual([
      'acquaint.selection-criteria:unmet',
      'acquaint.do-no-harm:unmet',
      'acquaint.indispensable-groups:met',
    ]);
  });

  it('steps back only with a reason, may skip phases backwards, never forwards, and keeps the full history', async () => {
    const process = await createProcess(convener, workspaceId);
    await convener.post(path(process, '/members'), { userId: colleague.user?.id, role: 'convener' });
    let version = process.version;
    const move = async (body: Record<string, unknown>) => {
      const reply = await convener.post(path(process, '/transitions'), { version, ...body });
      if (reply.status === 201) version = reply.body.process.version;
      return reply;
    };
    expect((await move({ toPhase: 'acquaint' })).status).toBe(400);
    expect((await move({ toPhase: 'design' })).status).toBe(201);
    expect((await move({ toPhase: 'acquaint', justification: 'Criteria agreed orally with the core group; moving on.' })).status).toBe(201);
    const noReason = await move({ toPhase: 'initiate', reason: 'short' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const back = await move({ toPhase: 'initiate', reason: 'The police withdrew; we must re-strategise with the core group.' });
    expect(back.status).toBe(201);
    expect(back.body.transition.kind).toBe('step_back');

    const history = await colleague.get(path(process, '/transitions'));
    expect(history.status).toBe(200);
    expect(
      history.body.items.map((t: { fromPhase: string; toPhase: string; kind: string }) => `${t.fromPhase}>${t.toPhase}:${t.kind}`),
    ).toEqual(['acquaint>initiate:step_back', 'design>acquaint:override', 'initiate>design:advance']);
    expect(history.body.items[0]).toMatchObject({
      reason: 'The police withdrew; we must re-strategise with the core group.',
      actor: { displayName: 'Convener' },
    });
  });

  it('answers 409 with the current process to a transition based on a stale version', async () => {
    const process = await createProcess(convener, workspaceId);
    await convener.patch(path(process), { purpose: 'A clearer mandate', version: process.version });
    const stale = await convener.post(path(process, '/transitions'), {
      toPhase: 'design',
      version: process.version,
      justification: 'Moving on as agreed.',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: process.version + 1, purpose: 'A clearer mandate', phase: 'initiate' });
  });

  it('lets exactly one of two simultaneous transitions win', async () => {
    const process = await createProcess(convener, workspaceId);
    const body = { toPhase: 'design', version: process.version, justification: 'Both conveners clicked at once.' };
    const replies = await Promise.all([
      convener.post(path(process, '/transitions'), body),
      convener.post(path(process, '/transitions'), body),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409]);
    expect((await convener.get(path(process, '/transitions'))).body.items).toHaveLength(1);
  });

  it('refuses any phase change on an archived process', async () => {
    const process = await createProcess(convener, workspaceId);
    const archived = await convener.post(path(process, '/archive'), { version: process.version });
    expect(archived.body.status).toBe('archived');
    const reply = await convener.post(path(process, '/transitions'), {
      toPhase: 'design',
      version: archived.body.version,
      justification: 'Trying anyway, should fail.',
    });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('PROCESS_ARCHIVED');
  });
});
