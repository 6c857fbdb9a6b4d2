import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DO_NO_HARM_QUESTIONS } from '@common-ground/domain';
import {
  Client,
  createProcess,
  createWorkspace,
  joinWorkspace,
  startTestApp,
  type TestApp,
  uniqueEmail,
  withOwner,
  invitationToken,
} from './harness';

const ANSWERS = DO_NO_HARM_QUESTIONS.map((question) => ({
  key: question.key,
  rating: 'medium',
  mitigation: 'Meet in neutral venues; no attendance lists leave the room.',
}));
const TARGETS = {
  criteria: 'One representative per district; at least one women’s organisation.',
  everyIndispensableGroup: true,
  ageBandMinimums: {},
};

describe('designing the process: criteria, Do-No-Harm, concept note, invitations, demographics, inclusion', () => {
  let server: TestApp;
  let convener: Client;
  let facilitator: Client;
  let secretariat: Client;
  let participant: Client;
  let workspaceId: string;

  /** A fresh process with a facilitator, a secretariat and a participant. */
  async function setUp() {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    await convener.post(`${base}/members`, { userId: facilitator.user?.id, role: 'facilitator' });
    await convener.post(`${base}/members`, { userId: secretariat.user?.id, role: 'secretariat' });
    await convener.post(`${base}/members`, { userId: participant.user?.id, role: 'participant' });
    return { process, base };
  }

  /** Invites a new person to the process, who signs up with the invited address and accepts. */
  async function inviteNewPerson(base: string, name: string, invitation: Record<string, unknown>): Promise<Client> {
    const email = uniqueEmail(name);
    const sent = await convener.post(`${base}/invitations`, { email, ...invitation });
    expect(sent.status).toBe(201);
    const person = await new Client(server.url).signUp(name, email);
    const accepted = await person.post(`/api/v1/invitations/${await invitationToken(sent.body.id)}/accept`);
    expect(accepted.status).toBe(200);
    return person;
  }

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    facilitator = await new Client(server.url).signUp('Facilitator');
    secretariat = await new Client(server.url).signUp('Secretariat');
    participant = await new Client(server.url).signUp('Participant');
    for (const client of [facilitator, secretariat, participant]) await joinWorkspace(convener, client, workspaceId);
  });
  afterAll(() => server.close());

  describe('selection criteria and targets', () => {
    it('starts empty with the selection questions as prompts, saves with a version and answers a stale save with 409 and the current document', async () => {
      const { base } = await setUp();
      const empty = await participant.get(`${base}/selection/criteria`);
      expect(empty.body).toMatchObject({ criteria: '', version: 0, everyIndispensableGroup: true, minWomenPercent: null, updatedBy: null });
      expect(empty.body.prompts[1]).toBe('Which constituency groups are indispensable to the process?');

      const saved = await facilitator.request('PUT', `${base}/selection/criteria`, {
        ...TARGETS,
        minWomenPercent: 40,
        minRegions: 3,
        ageBandMinimums: { under_25: 2 },
        version: 0,
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        minWomenPercent: 40,
        minRegions: 3,
        ageBandMinimums: { under_25: 2 },
        version: 1,
        updatedBy: { displayName: 'Facilitator' },
      });

      const stale = await convener.request('PUT', `${base}/selection/criteria`, { ...TARGETS, criteria: 'Overwrite', version: 0 });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ version: 1, minWomenPercent: 40 });
      const again = await convener.request('PUT', `${base}/selection/criteria`, { ...TARGETS, minWomenPercent: null, version: 1 });
      expect(again.body).toMatchObject({ version: 2, minWomenPercent: null, minRegions: null, ageBandMinimums: {} });
    });

    it('rejects out-of-range targets and unknown fields, naming the field, and lets only conveners and facilitators write', async () => {
      const { base } = await setUp();
      const bad = await convener.request('PUT', `${base}/selection/criteria`, { ...TARGETS, minWomenPercent: 140, version: 0 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['minWomenPercent']);
      const unknownBand = await convener.request('PUT', `${base}/selection/criteria`, {
        ...TARGETS,
        ageBandMinimums: { toddlers: 3 },
        version: 0,
      });
      expect(unknownBand.status).toBe(400);
      expect((await convener.request('PUT', `${base}/selection/criteria`, { ...TARGETS, version: 0, quota: 3 })).status).toBe(400);
      expect((await participant.request('PUT', `${base}/selection/criteria`, { ...TARGETS, version: 0 })).status).toBe(403);
    });
  });

  describe('the Do-No-Harm self-assessment', () => {
    it('is done only when every question is answered and a convener marks it complete; a changed answer clears the mark', async () => {
      const { base } = await setUp();
      const blank = await facilitator.get(`${base}/selection/do-no-harm`);
      expect(blank.body).toMatchObject({ status: 'not_started', version: 0, answers: [] });
      expect(blank.body.questions.map((question: { key: string }) => question.key)).toEqual(
        DO_NO_HARM_QUESTIONS.map((question) => question.key),
      );

      let doc = (await facilitator.request('PUT', `${base}/selection/do-no-harm`, { answers: ANSWERS.slice(0, 3), version: 0 })).body;
      expect(doc).toMatchObject({ status: 'in_progress', version: 1 });
      const early = await convener.post(`${base}/selection/do-no-harm/complete`, { version: doc.version });
      expect(early.status).toBe(422);
      expect(early.body.detail).toContain('Conflict dynamics');

      doc = (await facilitator.request('PUT', `${base}/selection/do-no-harm`, { answers: ANSWERS, version: doc.version })).body;
      expect(doc.status).toBe('answered');
      expect((await facilitator.post(`${base}/selection/do-no-harm/complete`, { version: doc.version })).status).toBe(403);
      const done = await convener.post(`${base}/selection/do-no-harm/complete`, { version: doc.version });
      expect(done.body).toMatchObject({ status: 'complete', completedBy: { displayName: 'Convener' } });

      const same = await facilitator.request('PUT', `${base}/selection/do-no-harm`, { answers: ANSWERS, version: done.body.version });
      expect(same.body.status).toBe('complete');
      const changed = await facilitator.request('PUT', `${base}/selection/do-no-harm`, {
        answers: [{ ...ANSWERS[0], rating: 'high' }, ...ANSWERS.slice(1)],
        version: same.body.version,
      });
      expect(changed.body).toMatchObject({ status: 'answered', completedAt: null });
      const stale = await convener.request('PUT', `${base}/selection/do-no-harm`, { answers: [], version: same.body.version });
      expect(stale.status).toBe(409);
      expect(stale.body.current.version).toBe(changed.body.version);
    });

    it('is read by conveners, facilitators and the secretariat only, and refuses unknown questions and duplicates', async () => {
      const { base } = await setUp();
      expect((await secretariat.get(`${base}/selection/do-no-harm`)).status).toBe(200);
      expect((await participant.get(`${base}/selection/do-no-harm`)).status).toBe(403);
      const unknown = await convener.request('PUT', `${base}/selection/do-no-harm`, {
        answers: [{ key: 'weather', rating: 'low', mitigation: 'x' }],
        version: 0,
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors[0].field).toBe('answers.0.key');
      expect(
        (await convener.request('PUT', `${base}/selection/do-no-harm`, { answers: [ANSWERS[0], ANSWERS[0]], version: 0 })).status,
      ).toBe(400);
    });
  });

  describe('the concept note', () => {
    it('keeps every saved version with its author, refuses a save on a stale base with the latest version, and pages the history', async () => {
      const { base } = await setUp();
      expect((await participant.get(`${base}/concept-note`)).body).toEqual({ latest: null });
      const first = await convener.post(`${base}/concept-note/versions`, {
        body: '# Purpose\n\nAgree on border security.',
        baseVersion: 0,
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ number: 1, author: { displayName: 'Convener' } });
      const second = await facilitator.post(`${base}/concept-note/versions`, {
        body: '# Purpose\n\nAgree on **border** security.',
        baseVersion: 1,
      });
      expect(second.body.number).toBe(2);

      const stale = await convener.post(`${base}/concept-note/versions`, { body: 'My older edit', baseVersion: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ number: 2, author: { displayName: 'Facilitator' } });

      expect((await participant.get(`${base}/concept-note`)).body.latest).toMatchObject({
        number: 2,
        body: '# Purpose\n\nAgree on **border** security.',
      });
      expect((await participant.get(`${base}/concept-note/versions/1`)).body.body).toBe('# Purpose\n\nAgree on border security.');
      expect((await participant.get(`${base}/concept-note/versions/9`)).status).toBe(404);
      const page = await participant.get(`${base}/concept-note/versions?limit=1`);
      expect(page.body).toMatchObject({ items: [{ number: 2 }], nextBefore: 2 });
      expect((await participant.get(`${base}/concept-note/versions?limit=1&before=2`)).body).toMatchObject({
        items: [{ number: 1 }],
        nextBefore: null,
      });

      expect((await convener.post(`${base}/concept-note/versions`, { body: '', baseVersion: 2 })).status).toBe(400);
      expect((await participant.post(`${base}/concept-note/versions`, { body: 'Mine', baseVersion: 2 })).status).toBe(403);
    });
  });

  describe('process invitations', () => {
    it('invites with a role, group and principal; accepting with a new or an existing account makes an active member', async () => {
      const { process, base } = await setUp();
      const police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body;
      const newcomer = await inviteNewPerson(base, 'Officer', { role: 'participant', stakeholderGroupId: police.id });
      let members = (await convener.get(`${base}/members`)).body.items;
      expect(members.find((m: { userId: string }) => m.userId === newcomer.user?.id)).toMatchObject({
        role: 'participant',
        stakeholderGroupId: police.id,
        alternateFor: null,
      });

      // An existing account, already in the workspace, invited as the officer's alternate.
      const existing = await new Client(server.url).signUp('Deputy');
      await joinWorkspace(convener, existing, workspaceId);
      const sent = await convener.post(`${base}/invitations`, {
        email: existing.user?.email,
        role: 'alternate',
        alternateFor: newcomer.user?.id,
        stakeholderGroupId: police.id,
      });
      expect(sent.body).toMatchObject({ role: 'alternate', alternateFor: newcomer.user?.id, invitedBy: 'Convener' });
      const preview = await new Client(server.url).get(`/api/v1/invitations/${await invitationToken(sent.body.id)}`);
      expect(preview.body).toMatchObject({ processTitle: process.title, processRole: 'alternate', role: 'member' });
      expect((await convener.get(`${base}/invitations`)).body.items.map((i: { role: string }) => i.role)).toEqual(['alternate']);
      const accepted = await existing.post(`/api/v1/invitations/${await invitationToken(sent.body.id)}/accept`);
      expect(accepted.body).toEqual({ workspaceId, processId: process.id });
      members = (await convener.get(`${base}/members`)).body.items;
      expect(members.find((m: { userId: string }) => m.userId === existing.user?.id)).toMatchObject({
        role: 'participant',
        alternateFor: newcomer.user?.id,
      });
      expect((await convener.get(`${base}/invitations`)).body.items).toEqual([]);

      const coConvener = await inviteNewPerson(base, 'Cohost', { role: 'co_convener' });
      expect((await coConvener.get(base)).body.myRole).toBe('convener');
    });

    it('shows e-mail addresses of the people taking part only to conveners, facilitators and workspace admins', async () => {
      const { base } = await setUp();
      const villager = await inviteNewPerson(base, 'Villager', { role: 'participant' });
      const moderator = await inviteNewPerson(base, 'Moderator', { role: 'facilitator' });
      const emailsSeenBy = async (who: Client, path: string) =>
        ((await who.get(path)).body.items as { email?: string }[]).map((m) => m.email ?? null);

      for (const staff of [convener, moderator]) {
        expect(await emailsSeenBy(staff, `${base}/members`)).toEqual(expect.arrayContaining([villager.user?.email, moderator.user?.email]));
      }
      expect(new Set(await emailsSeenBy(villager, `${base}/members`))).toEqual(new Set([null]));
      expect(new Set(await emailsSeenBy(villager, `/api/v1/workspaces/${workspaceId}/members`))).toEqual(new Set([null]));
      expect(await emailsSeenBy(convener, `/api/v1/workspaces/${workspaceId}/members`)).toContain(villager.user?.email);
    });

    it('refuses inconsistent invitations, people already taking part, and invitations from participants', async () => {
      const { base } = await setUp();
      const noPrincipal = await convener.post(`${base}/invitations`, { email: uniqueEmail('alt'), role: 'alternate' });
      expect(noPrincipal.status).toBe(400);
      expect(noPrincipal.body.errors[0].field).toBe('alternateFor');
      const observerWithGroup = await convener.post(`${base}/invitations`, {
        email: uniqueEmail('obs'),
        role: 'observer',
        stakeholderGroupId: crypto.randomUUID(),
      });
      expect(observerWithGroup.body.errors[0].field).toBe('stakeholderGroupId');
      const strangerGroup = await convener.post(`${base}/invitations`, {
        email: uniqueEmail('p'),
        role: 'participant',
        stakeholderGroupId: crypto.randomUUID(),
      });
      expect(strangerGroup.status).toBe(400);
      const notAParticipant = await convener.post(`${base}/invitations`, {
        email: uniqueEmail('alt'),
        role: 'alternate',
        alternateFor: facilitator.user?.id,
      });
      expect(notAParticipant.body.errors[0].field).toBe('alternateFor');
      expect((await convener.post(`${base}/invitations`, { email: participant.user?.email, role: 'observer' })).status).toBe(409);
      expect((await convener.post(`${base}/invitations`, { email: uniqueEmail('x'), role: 'chair' })).status).toBe(400);
      expect((await participant.post(`${base}/invitations`, { email: uniqueEmail('x'), role: 'observer' })).status).toBe(403);
      expect((await participant.get(`${base}/invitations`)).status).toBe(403);
    });

    it('revokes a pending invitation, after which its link no longer works; an archived process takes nobody in', async () => {
      const { process, base } = await setUp();
      const email = uniqueEmail('late');
      const sent = await convener.post(`${base}/invitations`, { email, role: 'observer' });
      expect((await convener.delete(`${base}/invitations/${sent.body.id}`)).status).toBe(204);
      expect((await convener.delete(`${base}/invitations/${sent.body.id}`)).status).toBe(404);
      const late = await new Client(server.url).signUp('Late', email);
      expect((await late.post(`/api/v1/invitations/${await invitationToken(sent.body.id)}/accept`)).status).toBe(404);

      const second = await convener.post(`${base}/invitations`, { email, role: 'observer' });
      await convener.post(`${base}/archive`, { version: process.version });
      expect((await late.post(`/api/v1/invitations/${await invitationToken(second.body.id)}/accept`)).status).toBe(404);
      expect((await late.get('/api/v1/workspaces')).body.items).toEqual([]);
    });
  });

  describe('self-declared demographics and the inclusion view', () => {
    it('lets each member declare and read back only their own, optional answers; withdrawing all deletes them', async () => {
      const { base } = await setUp();
      expect((await participant.get(`${base}/demographics/me`)).body).toEqual({
        gender: null,
        ageBand: null,
        region: null,
        wheelAreas: [],
        updatedAt: null,
      });
      const saved = await participant.request('PUT', `${base}/demographics/me`, {
        gender: 'woman',
        ageBand: 'under_25',
        region: ' Logone valley ',
        wheelAreas: ['joint_assessment'],
      });
      expect(saved.body).toMatchObject({ gender: 'woman', ageBand: 'under_25', region: 'Logone valley', wheelAreas: ['joint_assessment'] });
      expect((await convener.get(`${base}/demographics/me`)).body.gender).toBeNull();
      const bad = await participant.request('PUT', `${base}/demographics/me`, {
        gender: 'female',
        region: 'x'.repeat(121),
        wheelAreas: ['joint_everything'],
      });
      expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['gender', 'region', 'wheelAreas']);
      const withdrawn = await participant.request('PUT', `${base}/demographics/me`, {
        gender: null,
        ageBand: null,
        region: '',
        wheelAreas: [],
      });
      expect(withdrawn.body).toEqual({ gender: null, ageBand: null, region: null, wheelAreas: [], updatedAt: null });

      await participant.request('PUT', `${base}/demographics/me`, { gender: 'man', wheelAreas: [] });
      expect((await convener.delete(`${base}/members/${participant.user?.id}`)).status).toBe(204);
      const left = await withOwner(
        async (db) =>
          (await db.query('select count(*)::int as n from participant_demographics where user_id = $1', [participant.user?.id])).rows[0].n,
      );
      expect(left).toBe(0);
    });

    it('never lets a participant read anyone else’s demographics, by any endpoint', async () => {
      const { base } = await setUp();
      await facilitator.request('PUT', `${base}/demographics/me`, {
        gender: 'another',
        ageBand: '65_plus',
        region: 'Secretregion',
        wheelAreas: ['joint_planning'],
      });
      const readable = [
        `${base}`,
        `${base}/members`,
        `${base}/stakeholder-groups`,
        `${base}/readiness`,
        `${base}/selection/criteria`,
        `${base}/demographics/me`,
        `/api/v1/workspaces/${workspaceId}/members`,
      ];
      for (const path of readable) {
        const reply = await participant.get(path);
        expect(reply.status).toBe(200);
        expect(JSON.stringify(reply.body)).not.toMatch(/65_plus|Secretregion|"another"|"gender":"another"/);
      }
      expect((await participant.get(`${base}/inclusion`)).status).toBe(403);
      expect((await secretariat.get(`${base}/inclusion`)).status).toBe(403);
      expect((await participant.get(`${base}/demographics`)).status).toBe(404);
    });

    it('shows conveners the composition with small groups hidden, the missing indispensable groups and the breadth across the Wheel', async () => {
      const { base } = await setUp();
      const police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body;
      await convener.post(`${base}/stakeholder-groups`, { name: 'Youth', indispensable: true });
      await convener.request('PUT', `${base}/selection/criteria`, { ...TARGETS, minWomenPercent: 40, version: 0 });
      const people: Client[] = [participant];
      for (const name of ['Amina', 'Bola', 'Chidi', 'Dora', 'Efe'])
        people.push(await inviteNewPerson(base, name, { role: 'participant', stakeholderGroupId: police.id }));
      const genders = ['woman', 'woman', 'woman', 'man', 'man', 'man'];
      for (const [index, person] of people.entries()) {
        await person.request('PUT', `${base}/demographics/me`, {
          gender: genders[index],
          region: index === 0 ? 'Lakeside' : 'North',
          wheelAreas: ['joint_assessment'],
        });
      }

      const view = await facilitator.get(`${base}/inclusion`);
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({
        activeParticipants: 6,
        threshold: 5,
        missingIndispensable: ['Youth'],
        breadth: 1,
        distinctRegions: 2,
      });
      expect(view.body.groups.map((g: { name: string; count: number; missing: boolean }) => `${g.name}:${g.count}:${g.missing}`)).toEqual([
        'Police:5:false',
        'Youth:0:true',
        'No stakeholder group:1:false',
      ]);
      // 3 women, 3 men: both below 5, so neither is shown as a count.
      expect(view.body.gender.cells.map((cell: { shown: string; count: number | null }) => `${cell.shown}:${String(cell.count)}`)).toEqual([
        'fewer_than_threshold:null',
        'fewer_than_threshold:null',
        'fewer_than_threshold:null',
        'fewer_than_threshold:null',
      ]);
      // 5 in North are named; the one person in Lakeside is counted with "other regions" and "not declared", never named.
      expect(
        view.body.region.cells.map(
          (cell: { label: string; shown: string; count: number | null }) => `${cell.label}:${cell.shown}:${String(cell.count)}`,
        ),
      ).toEqual([
        'North:count:5',
        'Other regions (each with fewer than 5 people):fewer_than_threshold:null',
        'Not declared:fewer_than_threshold:null',
      ]);
      expect(JSON.stringify(view.body)).not.toContain('Lakeside');
      expect(view.body.wheel.find((area: { area: string }) => area.area === 'joint_assessment')).toMatchObject({ covered: true, count: 6 });
      expect(view.body.targets.map((t: { id: string; status: string }) => `${t.id}:${t.status}`)).toEqual([
        'indispensable-groups:unmet',
        'women:met',
      ]);
    });
  });

  describe('the gate from Design to Acquaint', () => {
    it('needs the criteria, a complete Do-No-Harm assessment and every indispensable group represented, unless overridden', async () => {
      const { process, base } = await setUp();
      let version = (await convener.post(`${base}/transitions`, { toPhase: 'design', version: process.version })).body.process.version;
      const gates = async () =>
        (await participant.get(`${base}/readiness`)).body.gates.map((gate: { id: string; status: string }) => `${gate.id}:${gate.status}`);
      const police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body;
      expect(await gates()).toEqual([
        'acquaint.selection-criteria:unmet',
        'acquaint.do-no-harm:unmet',
        'acquaint.indispensable-groups:unmet',
      ]);
      expect((await convener.post(`${base}/transitions`, { toPhase: 'acquaint', version })).status).toBe(422);

      await convener.request('PUT', `${base}/selection/criteria`, { ...TARGETS, version: 0 });
      const answered = (await convener.request('PUT', `${base}/selection/do-no-harm`, { answers: ANSWERS, version: 0 })).body;
      await convener.post(`${base}/selection/do-no-harm/complete`, { version: answered.version });
      expect(await gates()).toEqual(['acquaint.selection-criteria:met', 'acquaint.do-no-harm:met', 'acquaint.indispensable-groups:unmet']);

      await inviteNewPerson(base, 'Officer', { role: 'participant', stakeholderGroupId: police.id });
      expect(await gates()).toEqual(['acquaint.selection-criteria:met', 'acquaint.do-no-harm:met', 'acquaint.indispensable-groups:met']);
      const moved = await convener.post(`${base}/transitions`, { toPhase: 'acquaint', version: (await convener.get(base)).body.version });
      expect(moved.status).toBe(201);
      expect(moved.body.transition).toMatchObject({ kind: 'advance', overriddenGates: [] });
      version = moved.body.process.version;
      expect(version).toBeGreaterThan(process.version);
    });
  });
});
