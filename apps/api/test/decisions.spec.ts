import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withAppRole, withOwner } from './harness';

const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('decisions by the charter’s method', () => {
  let server: TestApp;
  let convener: Client;
  let facilitator: Client;
  let observer: Client;
  const participants: Client[] = [];
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    facilitator = await new Client(server.url).signUp('Facilitator');
    observer = await new Client(server.url).signUp('Observer');
    workspaceId = await createWorkspace(convener);
    await joinWorkspace(convener, facilitator, workspaceId);
    await joinWorkspace(convener, observer, workspaceId);
    for (const name of ['Amina Police', 'Beatriz Women', 'Chen Youth', 'Dara Traders']) {
      const client = await new Client(server.url).signUp(name);
      await joinWorkspace(convener, client, workspaceId);
      participants.push(client);
    }
  });
  afterAll(() => server.close());

  /** A process with the facilitator, an observer and the four participants; police and women indispensable. */
  async function setUp() {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    await convener.post(`${base}/members`, { userId: facilitator.user?.id, role: 'facilitator' });
    await convener.post(`${base}/members`, { userId: observer.user?.id, role: 'observer' });
    for (const participant of participants) await convener.post(`${base}/members`, { userId: participant.user?.id, role: 'participant' });
    const police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body.id as string;
    const women = (await convener.post(`${base}/stakeholder-groups`, { name: 'Women’s network', indispensable: true })).body.id as string;
    const youth = (await convener.post(`${base}/stakeholder-groups`, { name: 'Youth' })).body.id as string;
    for (const [index, group] of [police, women, youth, youth].entries()) {
      expect(
        (await convener.request('PUT', `${base}/members/${participants[index].user?.id}/group`, { stakeholderGroupId: group })).status,
      ).toBe(204);
    }
    return { base, processId: process.id as string };
  }

  it('lists the default rule for every kind of question, and a convener sets one with optimistic locking', async () => {
    const { base } = await setUp();
    const rules = (await participants[0].get(`${base}/decision-rules`)).body.items;
    expect(rules.map((rule: { questionKind: string }) => rule.questionKind)).toEqual([
      'charter_adoption',
      'ground_rules',
      'plan_approval',
      'gate_override',
      'exit',
      'general',
    ]);
    expect(rules[0]).toMatchObject({ method: 'consensus', isDefault: true, version: 0, quorum: { sectorBalanced: true } });

    const vote = {
      method: 'vote',
      quorum: { attendance: null, ballots: { numerator: 1, denominator: 2 }, sectorBalanced: false },
      threshold: 'two_thirds',
      secretBallotAllowed: true,
      version: 0,
    };
    const set = await facilitator.request('PUT', `${base}/decision-rules/general`, vote);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ questionKind: 'general', method: 'vote', threshold: 'two_thirds', isDefault: false, version: 1 });
    expect((await facilitator.request('PUT', `${base}/decision-rules/general`, vote)).status).toBe(409);
    const secretConsensus = await facilitator.request('PUT', `${base}/decision-rules/exit`, { ...vote, method: 'consensus' });
    expect(secretConsensus.status).toBe(400);
    expect(secretConsensus.body).toMatchObject({ reason: 'decisionRuleInvalid' });
    expect((await facilitator.request('PUT', `${base}/decision-rules/nonsense`, vote)).status).toBe(400);
    const badShare = await facilitator.request('PUT', `${base}/decision-rules/exit`, {
      ...vote,
      quorum: { ...vote.quorum, ballots: { numerator: 3, denominator: 2 } },
    });
    expect(badShare.status).toBe(400);
    for (const who of [participants[0], observer]) {
      expect((await who.request('PUT', `${base}/decision-rules/exit`, vote)).status).toBe(403);
    }
  });

  it('takes a consensus with a stand-aside and its reason, closes it, and keeps the objection on the register until reviewed', async () => {
    const { base } = await setUp();
    const created = await facilitator.post(`${base}/decisions`, {
      questionKind: 'ground_rules',
      title: 'Adopt the ground rules',
      question: 'Do we adopt the five ground rules as drafted?',
      closesAt: soon(60),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ method: 'consensus', phase: 'open', options: [], mayTakePart: false });
    const decision = created.body;
    const at = `${base}/decisions/${decision.id}`;

    // Facilitators and observers do not take positions; a block and a stand-aside need a reason.
    expect((await facilitator.request('PUT', `${at}/position`, { position: 'agree' })).status).toBe(403);
    expect((await observer.request('PUT', `${at}/position`, { position: 'agree' })).status).toBe(403);
    const noReason = await participants[1].request('PUT', `${at}/position`, { position: 'stand_aside' });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ reason: 'decisionReasonRequired' });
    expect((await participants[1].request('PUT', `${at}/position`, { choice: 0 })).status).toBe(400);

    expect((await participants[0].request('PUT', `${at}/position`, { position: 'agree' })).body.mayTakePart).toBe(true);
    await participants[1].request('PUT', `${at}/position`, {
      position: 'stand_aside',
      reason: 'Rule 4 needs the women’s network’s wording.',
    });
    const changed = await participants[2].request('PUT', `${at}/position`, { position: 'block', reason: 'Not yet' });
    expect(changed.body.results.outcome).toBe('blocked');
    const last = await participants[2].request('PUT', `${at}/position`, { position: 'agree' });
    expect(last.body.myPosition).toEqual({ position: 'agree', choice: null, reason: null });
    expect(last.body.results).toMatchObject({
      outcome: 'consensus_with_stand_asides',
      final: false,
      agree: 2,
      standAside: 1,
      block: 0,
      quorum: { met: true, missingGroups: [] },
    });
    expect(last.body.results.positions.find((p: { position: string }) => p.position === 'stand_aside')).toMatchObject({
      person: { displayName: 'Beatriz Women' },
      reason: 'Rule 4 needs the women’s network’s wording.',
    });

    // The outcome is recorded only once closed; closing early makes its closing time now.
    const early = await facilitator.request('PUT', `${at}/outcome`, {
      outcomeStatement: 'Adopted',
      reviewOn: null,
      version: decision.version,
    });
    expect(early.body).toMatchObject({ reason: 'decisionNotClosed' });
    expect((await participants[0].post(`${at}/close`, { version: decision.version })).status).toBe(403);
    const closed = await facilitator.post(`${at}/close`, { version: decision.version });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({
      phase: 'closed',
      results: { outcome: 'consensus_with_stand_asides', final: true },
      mayTakePart: false,
    });
    const tooLate = await participants[3].request('PUT', `${at}/position`, { position: 'block', reason: 'Late' });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.code).toBe('DECISION_NOT_OPEN');
    const outcome = await facilitator.request('PUT', `${at}/outcome`, {
      outcomeStatement: 'The five ground rules are adopted; rule 4 to be reworded with the women’s network.',
      reviewOn: '2027-06-30',
      version: closed.body.version,
    });
    expect(outcome.body).toMatchObject({ outcomeStatement: expect.stringContaining('adopted'), reviewOn: '2027-06-30' });

    const register = (await observer.get(`${base}/objections`)).body;
    expect(register.reviewedForExit).toBe(false);
    expect(register.items).toEqual([
      expect.objectContaining({
        kind: 'stand_aside',
        status: 'standing',
        person: expect.objectContaining({ displayName: 'Beatriz Women' }),
      }),
    ]);
    const objectionId = register.items[0].objectionId;
    expect(
      (await participants[0].request('PUT', `${base}/objections/${objectionId}/withdrawal`, { note: 'x', version: 0 })).body,
    ).toMatchObject({
      reason: 'objectionNotYours',
    });
    expect((await participants[1].request('PUT', `${base}/objections/${objectionId}/answer`, { note: 'x', version: 0 })).status).toBe(403);
    const answered = await facilitator.request('PUT', `${base}/objections/${objectionId}/answer`, {
      note: 'Rule 4 reworded at the second plenary.',
      version: 0,
    });
    expect(answered.body).toMatchObject({ reviewedForExit: true, items: [{ status: 'answered', version: 1 }] });
    expect((await facilitator.request('PUT', `${base}/objections/${objectionId}/answer`, { note: 'again', version: 0 })).status).toBe(409);

    const log = (await participants[3].get(`${base}/decisions`)).body;
    expect(log.items).toEqual([expect.objectContaining({ id: decision.id, phase: 'closed', outcomeStatement: expect.any(String) })]);
  });

  it('does not carry a consensus without a sector-balanced quorum, naming the absent indispensable group', async () => {
    const { base } = await setUp();
    const decision = (
      await facilitator.post(`${base}/decisions`, {
        questionKind: 'plan_approval',
        title: 'Approve the plan',
        question: '',
        closesAt: soon(60),
      })
    ).body;
    const result = await participants[2].request('PUT', `${base}/decisions/${decision.id}/position`, { position: 'agree' });
    expect(result.body.results.outcome).toBe('no_quorum');
    expect(result.body.results.quorum.missingGroups.map((group: { name: string }) => group.name)).toEqual(['Police', 'Women’s network']);
  });

  it('withholds the names of those who took positions where the process keeps the Chatham House Rule', async () => {
    const { base } = await setUp();
    await facilitator.request('PUT', `${base}/confidentiality`, {
      defaultMode: 'chatham_house',
      mediaSpokespeople: 'The convener only',
      externalCommunication: 'No attribution.',
      version: 0,
    });
    const decision = (
      await facilitator.post(`${base}/decisions`, { questionKind: 'general', title: 'Joint statement', question: '', closesAt: soon(60) })
    ).body;
    await participants[0].request('PUT', `${base}/decisions/${decision.id}/position`, {
      position: 'block',
      reason: 'Too early to go public.',
    });
    const seen = await convener.get(`${base}/decisions/${decision.id}`);
    expect(seen.body.results.positions).toEqual([
      { person: null, mine: false, position: 'block', choice: null, reason: 'Too early to go public.' },
    ]);
    expect(JSON.stringify(seen.body)).not.toContain('Amina');
    const own = await participants[0].get(`${base}/decisions/${decision.id}`);
    expect(own.body.results.positions[0]).toMatchObject({ person: null, mine: true });
  });

  it('counts a secret ballot exactly once under racing submissions, hides results until closing, and never stores who chose what where the app can read it', async () => {
    const { base } = await setUp();
    const vote = {
      method: 'vote',
      quorum: { attendance: null, ballots: { numerator: 1, denominator: 2 }, sectorBalanced: false },
      threshold: 'simple_majority',
      secretBallotAllowed: true,
      version: 0,
    };
    await facilitator.request('PUT', `${base}/decision-rules/general`, vote);
    const notSecret = await facilitator.post(`${base}/decisions`, {
      questionKind: 'ground_rules',
      title: 'x',
      question: '',
      closesAt: soon(60),
      secretBallot: true,
    });
    expect(notSecret.body).toMatchObject({ reason: 'decisionSecretBallotNotAllowed' });
    expect(
      (
        await facilitator.post(`${base}/decisions`, {
          questionKind: 'general',
          title: 'x',
          question: '',
          closesAt: soon(60),
          options: ['Only one'],
        })
      ).body,
    ).toMatchObject({ reason: 'decisionTooFewOptions' });

    const created = await facilitator.post(`${base}/decisions`, {
      questionKind: 'general',
      title: 'Venue of the next plenary',
      question: 'Where do we meet in March?',
      options: ['County hall', 'Church hall', 'Online'],
      closesAt: soon(60),
      secretBallot: true,
      hideResultsUntilClosed: true,
    });
    expect(created.body).toMatchObject({ method: 'vote', secretBallot: true, results: null });
    const at = `${base}/decisions/${created.body.id}`;
    const relax = await facilitator.patch(at, { hideResultsUntilClosed: false, version: created.body.version });
    expect(relax.body).toMatchObject({ reason: 'decisionResultsHidingRelaxed' });
    expect((await facilitator.patch(at, { secretBallot: false, version: created.body.version })).body).toMatchObject({
      reason: 'decisionSecretBallotChanged',
    });
    // The database refuses it too.
    await expect(
      withOwner((db) => db.query(`update decisions set hide_results_until_closed = false where id = $1`, [created.body.id])),
    ).rejects.toThrow(/cannot be shown earlier/);

    // Amina submits five times at once: one ballot counts, the others are told she already voted.
    const racing = await Promise.all(Array.from({ length: 5 }, () => participants[0].post(`${at}/ballot`, { choice: 1 })));
    expect(racing.map((reply) => reply.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(racing.find((reply) => reply.status === 409)?.body.code).toBe('ALREADY_VOTED');
    await participants[1].post(`${at}/ballot`, { choice: 1 });
    await participants[2].post(`${at}/ballot`, { choice: 0 });
    expect((await participants[3].post(`${at}/ballot`, { choice: 3 })).body).toMatchObject({ reason: 'decisionChoiceUnknown' });
    expect((await participants[3].request('PUT', `${at}/position`, { choice: 0 })).body).toMatchObject({ reason: 'decisionPositionKind' });

    const during = (await participants[0].get(at)).body;
    expect(during).toMatchObject({ results: null, myPosition: { position: null, choice: null, reason: null }, mayTakePart: false });
    expect((await convener.get(at)).body.results).toBeNull();
    // Even the database function answers nothing before the closing time.
    const hiddenCounts = await withAppRole(async (db) => {
      await db.query('begin');
      await db.query(`select set_config('app.workspace_id', $1, true)`, [workspaceId]);
      const rows = (await db.query(`select * from decision_ballot_counts($1)`, [created.body.id])).rows;
      await db.query('rollback');
      return rows;
    });
    expect(hiddenCounts).toEqual([]);

    const closed = await facilitator.post(`${at}/close`, { version: created.body.version });
    expect(closed.body.results).toMatchObject({ outcome: 'adopted', counts: [1, 2, 0], taken: 3, positions: [], final: true });

    // The app's role cannot read ballots at all, and receipts hold no choice.
    const denied = await withAppRole(async (db) => {
      await db.query('begin');
      await db.query(`select set_config('app.workspace_id', $1, true)`, [workspaceId]);
      try {
        await db.query(`select * from decision_ballots`);
        return 'read';
      } catch (error) {
        return (error as Error).message;
      } finally {
        await db.query('rollback');
      }
    });
    expect(denied).toMatch(/permission denied/);
    const receiptColumns = await withOwner(
      async (db) =>
        (await db.query(`select column_name from information_schema.columns where table_name = 'decision_ballot_receipts' order by 1`))
          .rows,
    );
    expect(receiptColumns.map((row: { column_name: string }) => row.column_name)).toEqual(['decision_id', 'user_id', 'workspace_id']);
    const ballotColumns = await withOwner(
      async (db) =>
        (await db.query(`select column_name from information_schema.columns where table_name = 'decision_ballots' order by 1`)).rows,
    );
    expect(ballotColumns.map((row: { column_name: string }) => row.column_name)).toEqual(['choice', 'decision_id', 'id', 'workspace_id']);
  });

  it('refuses hostile and impossible settings with a 4xx', async () => {
    const { base } = await setUp();
    const cases: Record<string, unknown>[] = [
      { questionKind: 'general', title: 'x', question: '', closesAt: '2027-02-30T10:00:00Z' },
      { questionKind: 'general', title: 'x', question: '', closesAt: '+275760-09-13T00:00:00.000Z' },
      { questionKind: 'general', title: 'x', question: '', closesAt: '9999-12-31T23:59:59Z' },
      { questionKind: 'general', title: 'x', question: '', closesAt: soon(60), opensAt: soon(120) },
      { questionKind: 'general', title: '\u0000', question: '', closesAt: soon(60) },
      { questionKind: 'general', title: 'x\ud800', question: '', closesAt: soon(60) },
      { questionKind: 'general', title: 'x', question: '', closesAt: soon(60), options: ['a', 'b'] },
      { questionKind: 'general', title: 'x'.repeat(301), question: '', closesAt: soon(60) },
      { questionKind: { $ne: 1 }, title: 'x', question: '', closesAt: soon(60) },
    ];
    for (const body of cases) {
      const reply = await facilitator.post(`${base}/decisions`, body);
      expect([reply.status, body]).toEqual([400, body]);
    }
    expect((await facilitator.get(`${base}/decisions?cursor=forged`)).status).toBe(400);
    expect((await facilitator.get(`${base}/decisions/not-a-uuid`)).status).toBe(400);
    expect((await facilitator.get(`${base}/decisions/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('keeps one workspace’s decisions out of another’s reach', async () => {
    const { base } = await setUp();
    const decision = (
      await facilitator.post(`${base}/decisions`, { questionKind: 'general', title: 'Ours', question: '', closesAt: soon(60) })
    ).body;
    const stranger = await new Client(server.url).signUp('Stranger');
    const otherWorkspace = await createWorkspace(stranger, 'Other');
    const otherProcess = await createProcess(stranger, otherWorkspace);
    const otherBase = `/api/v1/workspaces/${otherWorkspace}/processes/${otherProcess.id}`;
    expect((await stranger.get(`${base}/decisions/${decision.id}`)).status).toBe(404);
    expect((await stranger.get(`${otherBase}/decisions/${decision.id}`)).status).toBe(404);
    expect((await stranger.get(`${otherBase}/decisions`)).body.items).toEqual([]);
  });
});
