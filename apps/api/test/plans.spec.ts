import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withOwner } from './harness';

describe('framing, working groups and action plans through the API', () => {
  let server: TestApp;
  let convener: Client;
  let facilitator: Client;
  let secretariat: Client;
  let amina: Client;
  let bilal: Client;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    facilitator = await new Client(server.url).signUp('Facilitator');
    secretariat = await new Client(server.url).signUp('Secretariat');
    amina = await new Client(server.url).signUp('Amina Participant');
    bilal = await new Client(server.url).signUp('Bilal Participant');
    for (const client of [facilitator, secretariat, amina, bilal]) await joinWorkspace(convener, client, workspaceId);
  });
  afterAll(() => server.close());

  /** A fresh process with the facilitator, the secretariat and the two participants in it. */
  async function dialogue(): Promise<string> {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    for (const [client, role] of [
      [facilitator, 'facilitator'],
      [secretariat, 'secretariat'],
      [amina, 'participant'],
      [bilal, 'participant'],
    ] as const) {
      expect((await convener.post(`${base}/members`, { userId: client.user?.id, role })).status).toBe(201);
    }
    return base;
  }

  const member = (client: Client) => ({ kind: 'member', id: client.user?.id as string });

  describe('the problem statement', () => {
    it('keeps every save as a new version with its author, and answers a save on an old version with 409', async () => {
      const base = await dialogue();
      const first = await facilitator.post(`${base}/problem-statement/versions`, {
        text: 'Robberies on the market roads.',
        baseVersion: 0,
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ number: 1, author: { displayName: 'Facilitator' }, agreedOn: null });
      const second = await convener.post(`${base}/problem-statement/versions`, {
        text: 'Robberies on the market roads keep traders at home.',
        baseVersion: 1,
      });
      expect(second.body.number).toBe(2);

      const stale = await facilitator.post(`${base}/problem-statement/versions`, { text: 'An edit of version 1', baseVersion: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'VERSION_CONFLICT',
        errors: [{ field: 'baseVersion' }],
        current: { number: 2, author: { displayName: 'Convener' } },
      });

      const framing = await amina.get(`${base}/framing`);
      expect(framing.body.problemStatement.text).toBe('Robberies on the market roads keep traders at home.');
      expect(
        framing.body.history.map(
          (version: { number: number; author: { displayName: string } }) => `${version.number}:${version.author.displayName}`,
        ),
      ).toEqual(['2:Convener', '1:Facilitator']);
      expect((await amina.get(`${base}/problem-statement/versions/1`)).body.text).toBe('Robberies on the market roads.');
      expect((await amina.get(`${base}/problem-statement/versions/7`)).status).toBe(404);
      expect((await amina.post(`${base}/problem-statement/versions`, { text: 'Mine', baseVersion: 2 })).status).toBe(403);
    });

    it('lets two saves on the same version race so that exactly one wins', async () => {
      const base = await dialogue();
      const replies = await Promise.all([
        convener.post(`${base}/problem-statement/versions`, { text: 'First wording', baseVersion: 0 }),
        facilitator.post(`${base}/problem-statement/versions`, { text: 'Second wording', baseVersion: 0 }),
      ]);
      expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409]);
      expect((await convener.get(`${base}/framing`)).body.history).toHaveLength(1);
    });

    it('marks only the current version agreed with a date, and a new version starts unagreed', async () => {
      const base = await dialogue();
      await facilitator.post(`${base}/problem-statement/versions`, { text: 'Version one', baseVersion: 0 });
      const agreed = await facilitator.request('PUT', `${base}/problem-statement/agreement`, { version: 1, agreedOn: '2026-03-02' });
      expect(agreed.body).toMatchObject({ number: 1, agreedOn: '2026-03-02' });
      expect(
        (await facilitator.request('PUT', `${base}/problem-statement/agreement`, { version: 1, agreedOn: '2026-02-30' })).body.errors[0]
          .field,
      ).toBe('agreedOn');

      await facilitator.post(`${base}/problem-statement/versions`, { text: 'Version two', baseVersion: 1 });
      const framing = (await convener.get(`${base}/framing`)).body;
      expect(framing.problemStatement).toMatchObject({ number: 2, agreedOn: null });
      expect(framing.history[1]).toMatchObject({ number: 1, agreedOn: '2026-03-02' });
      const late = await facilitator.request('PUT', `${base}/problem-statement/agreement`, { version: 1, agreedOn: '2026-03-09' });
      expect(late.status).toBe(409);
      expect(late.body.current).toMatchObject({ number: 2, agreedOn: null });
    });
  });

  describe('visions', () => {
    it('records one vision per stakeholder perspective and one joint vision, each agreed with a date', async () => {
      const base = await dialogue();
      const police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police' })).body;
      const youth = (await convener.post(`${base}/stakeholder-groups`, { name: 'Youth' })).body;
      const policeVision = await facilitator.post(`${base}/visions`, {
        kind: 'perspective',
        stakeholderGroupId: police.id,
        text: 'Patrols welcomed by traders.',
      });
      expect(policeVision.status).toBe(201);
      expect(policeVision.body).toMatchObject({
        kind: 'perspective',
        perspective: 'Police',
        stakeholderGroupId: police.id,
        agreedOn: null,
        version: 1,
      });
      const traders = await facilitator.post(`${base}/visions`, {
        kind: 'perspective',
        perspective: 'Market traders',
        text: 'Roads open at dawn.',
        agreedOn: '2026-03-02',
      });
      expect(traders.body.agreedOn).toBe('2026-03-02');
      const joint = await convener.post(`${base}/visions`, { kind: 'joint', text: 'Everyone reaches the market safely.' });
      expect(joint.status).toBe(201);

      expect((await facilitator.post(`${base}/visions`, { kind: 'joint', text: 'Another joint vision' })).body.errors[0].field).toBe(
        'kind',
      );
      expect(
        (await facilitator.post(`${base}/visions`, { kind: 'perspective', stakeholderGroupId: police.id, text: 'Again' })).body.errors[0]
          .field,
      ).toBe('stakeholderGroupId');
      expect((await facilitator.post(`${base}/visions`, { kind: 'joint', perspective: 'Traders', text: 'x' })).status).toBe(400);
      expect((await facilitator.post(`${base}/visions`, { kind: 'perspective', text: 'Whose?' })).body.errors[0].field).toBe('perspective');
      expect((await secretariat.post(`${base}/visions`, { kind: 'perspective', perspective: 'Drivers', text: 'x' })).status).toBe(403);

      const framing = (await amina.get(`${base}/framing`)).body;
      expect(framing.visions.map((vision: { perspective: string | null }) => vision.perspective)).toEqual([
        'Market traders',
        'Police',
        null,
      ]);
      expect(framing.groupsWithoutVision).toEqual([{ id: youth.id, name: 'Youth' }]);

      // Deleting the stakeholder group keeps its perspective's vision under the name it had.
      expect((await convener.delete(`${base}/stakeholder-groups/${police.id}`)).status).toBe(204);
      const kept = (await amina.get(`${base}/framing`)).body.visions.find((vision: { id: string }) => vision.id === policeVision.body.id);
      expect(kept).toMatchObject({ perspective: 'Police', stakeholderGroupId: null });
    });

    it('ends an agreement when the words change, and answers a stale edit with 409', async () => {
      const base = await dialogue();
      const vision = (await facilitator.post(`${base}/visions`, { kind: 'joint', text: 'Safe roads.', agreedOn: '2026-03-02' })).body;
      const dated = await facilitator.patch(`${base}/visions/${vision.id}`, { text: 'Safe roads.', version: vision.version });
      expect(dated.body).toMatchObject({ agreedOn: '2026-03-02', version: 2 });
      const reworded = await facilitator.patch(`${base}/visions/${vision.id}`, { text: 'Safe roads and markets.', version: 2 });
      expect(reworded.body).toMatchObject({ agreedOn: null, version: 3 });
      const stale = await convener.patch(`${base}/visions/${vision.id}`, { agreedOn: '2026-04-01', version: 2 });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ text: 'Safe roads and markets.', version: 3 });
      expect((await convener.patch(`${base}/visions/${vision.id}`, { agreedOn: '2026-04-01', version: 3 })).body.agreedOn).toBe(
        '2026-04-01',
      );
      expect((await convener.delete(`${base}/visions/${vision.id}`)).status).toBe(204);
      expect((await convener.get(`${base}/framing`)).body.visions).toEqual([]);
    });
  });

  describe('working groups', () => {
    it('forms groups of process members with a lead, rejects outsiders, and loses members who leave the process', async () => {
      const base = await dialogue();
      const outsider = await new Client(server.url).signUp('Outsider');
      await joinWorkspace(convener, outsider, workspaceId);
      const input = {
        name: 'Market roads task force',
        kind: 'task_force',
        mandate: 'A patrol plan by June',
        leadUserId: amina.user?.id,
        memberIds: [bilal.user?.id],
      };
      const created = await secretariat.post(`${base}/working-groups`, input);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        kind: 'task_force',
        lead: { displayName: 'Amina Participant' },
        members: [{ displayName: 'Bilal Participant' }],
        actions: 0,
        version: 1,
      });

      expect((await secretariat.post(`${base}/working-groups`, input)).body.errors[0].field).toBe('name');
      expect(
        (await secretariat.post(`${base}/working-groups`, { ...input, name: 'Other', memberIds: [outsider.user?.id] })).body.errors[0]
          .field,
      ).toBe('memberIds');
      expect(
        (await secretariat.post(`${base}/working-groups`, { ...input, name: 'Other', leadUserId: outsider.user?.id })).body.errors[0].field,
      ).toBe('leadUserId');
      expect((await amina.post(`${base}/working-groups`, { ...input, name: 'Other' })).status).toBe(403);

      const updated = await secretariat.request('PUT', `${base}/working-groups/${created.body.id}`, {
        ...input,
        kind: 'working_group',
        leadUserId: bilal.user?.id,
        memberIds: [amina.user?.id],
        version: 1,
      });
      expect(updated.body).toMatchObject({
        kind: 'working_group',
        lead: { displayName: 'Bilal Participant' },
        members: [{ displayName: 'Amina Participant' }],
        version: 2,
      });
      expect((await convener.request('PUT', `${base}/working-groups/${created.body.id}`, { ...input, version: 1 })).status).toBe(409);

      await convener.delete(`${base}/members/${bilal.user?.id}`);
      const after = (await amina.get(`${base}/working-groups`)).body.items[0];
      expect(after).toMatchObject({ lead: null, members: [{ displayName: 'Amina Participant' }] });
    });

    it('refuses to delete a group that still owns actions', async () => {
      const base = await dialogue();
      const group = (
        await secretariat.post(`${base}/working-groups`, {
          name: 'Radio',
          kind: 'working_group',
          mandate: '',
          leadUserId: null,
          memberIds: [],
        })
      ).body;
      const plan = (await secretariat.post(`${base}/plans`, { title: 'Outreach', goal: 'People know the plan' })).body;
      const action = (
        await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'Radio show', owner: { kind: 'working_group', id: group.id } })
      ).body;
      const refused = await secretariat.delete(`${base}/working-groups/${group.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('WORKING_GROUP_HAS_ACTIONS');
      await secretariat.patch(`${base}/actions/${action.id}`, { owner: null, version: action.version });
      expect((await secretariat.delete(`${base}/working-groups/${group.id}`)).status).toBe(204);
    });
  });

  describe('action plans and their actions', () => {
    it('validates actions: dates, owner, drop reason, dependencies on itself or in a circle', async () => {
      const base = await dialogue();
      const plan = (await secretariat.post(`${base}/plans`, { title: 'Safer market roads', goal: 'Traders reach the markets safely' }))
        .body;
      const add = (body: Record<string, unknown>) => secretariat.post(`${base}/plans/${plan.id}/actions`, body);

      const backwards = await add({ title: 'Patrols', startDate: '2026-05-02', dueDate: '2026-05-01' });
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors).toEqual([
        { field: 'dueDate', code: 'actionDueBeforeStart', params: {}, message: 'The due date cannot be before the start date.' },
      ]);
      expect((await add({ title: 'Patrols', dueDate: '2026-02-30' })).body.errors[0].field).toBe('dueDate');
      expect((await add({ title: 'Patrols', status: 'dropped' })).body.errors[0].field).toBe('dropReason');
      expect(
        (await add({ title: 'Patrols', owner: { kind: 'member', id: '00000000-0000-4000-8000-000000000000' } })).body.errors[0].field,
      ).toBe('owner');
      expect((await add({ title: 'Patrols', owner: { kind: 'someone', id: amina.user?.id } })).body.errors[0].field).toBe('owner.kind');
      expect((await add({ title: 'Patrols', wheelArea: 'joint_fun' })).body.errors[0].field).toBe('wheelArea');
      expect((await add({ title: 'Patrols', surprise: true })).status).toBe(400);

      const map = (await add({ title: 'Map the hotspots', wheelArea: 'joint_assessment' })).body;
      const plan2 = (await add({ title: 'Plan the patrols', dependsOn: [map.id] })).body;
      const patrol = (await add({ title: 'Patrol on market days', dependsOn: [plan2.id] })).body;
      expect(patrol.dependsOn).toEqual([{ id: plan2.id, title: 'Plan the patrols', status: 'planned' }]);

      const self = await secretariat.patch(`${base}/actions/${map.id}`, { dependsOn: [map.id], version: map.version });
      expect(self.body.errors).toEqual([
        { field: 'dependsOn', code: 'actionDependsOnItself', params: {}, message: 'An action cannot depend on itself.' },
      ]);
      const cycle = await secretariat.patch(`${base}/actions/${map.id}`, { dependsOn: [patrol.id], version: map.version });
      expect(cycle.status).toBe(400);
      expect(cycle.body.reason).toBe('actionDependencyCycle');
      expect(cycle.body.errors[0]).toEqual({
        field: 'dependsOn',
        code: 'actionDependencyCycle',
        params: { titles: ['Map the hotspots', 'Patrol on market days', 'Plan the patrols', 'Map the hotspots'] },
        message:
          'These dependencies would form a cycle: “Map the hotspots” → “Patrol on market days” → “Plan the patrols” → “Map the hotspots”.',
      });

      const otherProcess = await dialogue();
      const foreignPlan = (await secretariat.post(`${otherProcess}/plans`, { title: 'Elsewhere', goal: 'Other goal' })).body;
      const foreign = (await secretariat.post(`${otherProcess}/plans/${foreignPlan.id}/actions`, { title: 'Elsewhere' })).body;
      expect(
        (await secretariat.patch(`${base}/actions/${map.id}`, { dependsOn: [foreign.id], version: map.version })).body.errors[0].field,
      ).toBe('dependsOn');
      expect((await secretariat.patch(`${otherProcess}/actions/${map.id}`, { title: 'Hijack', version: map.version })).status).toBe(404);
    });

    it('lets exactly one of two simultaneous edits that would close a circle pass', async () => {
      const base = await dialogue();
      const plan = (await secretariat.post(`${base}/plans`, { title: 'Plan', goal: 'Goal' })).body;
      const first = (await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'First' })).body;
      const second = (await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'Second' })).body;
      const replies = await Promise.all([
        secretariat.patch(`${base}/actions/${first.id}`, { dependsOn: [second.id], version: first.version }),
        convener.patch(`${base}/actions/${second.id}`, { dependsOn: [first.id], version: second.version }),
      ]);
      expect(replies.map((reply) => reply.status).sort()).toEqual([200, 400]);
      const edges = await withOwner(
        async (db) =>
          (await db.query('select count(*)::int as n from action_dependencies where action_id = any($1)', [[first.id, second.id]])).rows[0]
            .n,
      );
      expect(edges).toBe(1);
    });

    it('answers stale edits of a plan and of an action with 409 and the current state', async () => {
      const base = await dialogue();
      const plan = (await secretariat.post(`${base}/plans`, { title: 'Plan', goal: 'Goal' })).body;
      const edited = await convener.patch(`${base}/plans/${plan.id}`, { title: 'Safer roads', version: plan.version });
      expect(edited.body).toMatchObject({ title: 'Safer roads', version: 2 });
      const stalePlan = await secretariat.patch(`${base}/plans/${plan.id}`, { goal: 'Other', version: plan.version });
      expect(stalePlan.status).toBe(409);
      expect(stalePlan.body.current).toMatchObject({ title: 'Safer roads', version: 2 });

      const action = (await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'Patrol' })).body;
      await convener.patch(`${base}/actions/${action.id}`, { description: 'Two officers and a trader', version: action.version });
      const staleAction = await secretariat.patch(`${base}/actions/${action.id}`, { title: 'Patrols', version: action.version });
      expect(staleAction.status).toBe(409);
      expect(staleAction.body.current).toMatchObject({ description: 'Two officers and a trader', version: 2 });
    });

    it('proposes, refuses approval while actions lack an owner or a due date, approves, and reopens', async () => {
      const base = await dialogue();
      let plan = (await secretariat.post(`${base}/plans`, { title: 'Safer market roads', goal: 'Traders reach the markets safely' })).body;
      const owned = (
        await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'Patrol', owner: member(amina), dueDate: '2026-06-30' })
      ).body;
      const bare = (await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'Radio show' })).body;
      plan = (await secretariat.get(`${base}/plans/${plan.id}`)).body;
      expect(plan.gaps).toEqual([{ actionId: bare.id, title: 'Radio show', missing: ['owner', 'dueDate'] }]);

      expect((await secretariat.post(`${base}/plans/${plan.id}/approve`, { version: plan.version })).status).toBe(403);
      const proposed = await secretariat.post(`${base}/plans/${plan.id}/propose`, { version: plan.version });
      expect(proposed.body.status).toBe('proposed');
      expect((await secretariat.patch(`${base}/actions/${bare.id}`, { title: 'Radio shows', version: bare.version })).body.code).toBe(
        'PLAN_STATE_INVALID',
      );
      expect((await secretariat.patch(`${base}/plans/${plan.id}`, { title: 'x', version: proposed.body.version })).status).toBe(409);

      const refused = await convener.post(`${base}/plans/${plan.id}/approve`, { version: proposed.body.version });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'PLAN_NOT_READY', actions: [{ actionId: bare.id, missing: ['owner', 'dueDate'] }] });
      expect(refused.body.detail).toContain('“Radio show” (no owner, no due date)');

      const draft = (await secretariat.post(`${base}/plans/${plan.id}/withdraw`, { version: proposed.body.version })).body;
      expect(draft.status).toBe('draft');
      await secretariat.patch(`${base}/actions/${bare.id}`, { owner: member(bilal), dueDate: '2026-07-15', version: bare.version });
      const again = (await secretariat.post(`${base}/plans/${plan.id}/propose`, { version: draft.version })).body;
      const approved = await facilitator.post(`${base}/plans/${plan.id}/approve`, { version: again.version });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', approvedBy: { displayName: 'Facilitator' }, gaps: [] });

      const current = (await secretariat.get(`${base}/plans/${plan.id}`)).body;
      const action = current.actions.find((item: { id: string }) => item.id === owned.id);
      expect((await secretariat.patch(`${base}/actions/${owned.id}`, { owner: null, version: action.version })).body.errors[0].field).toBe(
        'owner',
      );
      expect((await secretariat.delete(`${base}/actions/${owned.id}`)).body.code).toBe('PLAN_STATE_INVALID');
      const moved = await secretariat.patch(`${base}/actions/${owned.id}`, { dueDate: '2026-08-01', version: action.version });
      expect(moved.body.dueDate).toBe('2026-08-01');
      expect((await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'New, without owner' })).body.errors[0].field).toBe(
        'owner',
      );

      expect((await secretariat.post(`${base}/plans/${plan.id}/reopen`, { version: approved.body.version })).status).toBe(403);
      const reopened = await convener.post(`${base}/plans/${plan.id}/reopen`, { version: approved.body.version });
      expect(reopened.body).toMatchObject({ status: 'draft', approvedAt: null, approvedBy: null });
      expect((await convener.post(`${base}/plans/${plan.id}/reopen`, { version: reopened.body.version })).body.code).toBe(
        'PLAN_STATE_INVALID',
      );
    });

    it('lists plans with their action counts, filters and pages them', async () => {
      const base = await dialogue();
      for (const title of ['Roads', 'Radio', 'Schools']) await secretariat.post(`${base}/plans`, { title, goal: `Goal for ${title}` });
      const roads = (await secretariat.get(`${base}/plans?q=Roads`)).body.items[0];
      await secretariat.post(`${base}/plans/${roads.id}/actions`, { title: 'Late one', startDate: '2020-01-01', dueDate: '2020-02-01' });
      await secretariat.post(`${base}/plans/${roads.id}/actions`, { title: 'Done one', dueDate: '2020-02-01', status: 'done' });
      const first = (await amina.get(`${base}/plans?limit=2`)).body;
      expect(first.items.map((plan: { title: string }) => plan.title)).toEqual(['Schools', 'Radio']);
      const second = (await amina.get(`${base}/plans?limit=2&cursor=${first.nextCursor}`)).body;
      expect(second).toMatchObject({ nextCursor: null, items: [{ title: 'Roads', actionCount: 2, doneCount: 1, overdueCount: 1 }] });
      expect((await amina.get(`${base}/plans?status=approved`)).body.items).toEqual([]);
      expect((await amina.get(`${base}/plans?cursor=nonsense`)).status).toBe(400);
      expect((await amina.get(`${base}/plans?limit=1000`)).status).toBe(400);
    });

    it('deletes only draft plans', async () => {
      const base = await dialogue();
      const plan = (await secretariat.post(`${base}/plans`, { title: 'Plan', goal: 'Goal' })).body;
      await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'A', owner: member(amina), dueDate: '2026-06-30' });
      const proposed = (await secretariat.post(`${base}/plans/${plan.id}/propose`, { version: plan.version })).body;
      expect((await secretariat.delete(`${base}/plans/${plan.id}`)).status).toBe(409);
      await secretariat.post(`${base}/plans/${plan.id}/withdraw`, { version: proposed.version });
      expect((await secretariat.delete(`${base}/plans/${plan.id}`)).status).toBe(204);
      expect((await secretariat.get(`${base}/plans/${plan.id}`)).status).toBe(404);
    });
  });

  describe('who may change an action’s status', () => {
    it('lets a participant change only the actions they hold, directly, through a working group or a stakeholder group', async () => {
      const base = await dialogue();
      const group = (
        await secretariat.post(`${base}/working-groups`, {
          name: 'Radio',
          kind: 'working_group',
          mandate: '',
          leadUserId: null,
          memberIds: [bilal.user?.id],
        })
      ).body;
      const traders = (await convener.post(`${base}/stakeholder-groups`, { name: 'Traders' })).body;
      await convener.request('PUT', `${base}/members/${amina.user?.id}/group`, { stakeholderGroupId: traders.id });
      const plan = (await secretariat.post(`${base}/plans`, { title: 'Plan', goal: 'Goal' })).body;
      const add = async (title: string, owner: unknown) =>
        (await secretariat.post(`${base}/plans/${plan.id}/actions`, { title, owner, dueDate: '2026-06-30' })).body;
      const aminas = await add('Amina’s', member(amina));
      const bilals = await add('Bilal’s', member(bilal));
      const radio = await add('Radio group’s', { kind: 'working_group', id: group.id });
      const tradersAction = await add('Traders’', { kind: 'stakeholder_group', id: traders.id });
      const status = (who: Client, action: { id: string; version: number }, body: Record<string, unknown>) =>
        who.request('PUT', `${base}/actions/${action.id}/status`, { version: action.version, ...body });

      const foreign = await amina.request('PUT', `${base}/actions/${bilals.id}/status`, { status: 'in_progress', version: bilals.version });
      expect(foreign.status).toBe(403);
      expect((await status(amina, radio, { status: 'in_progress' })).status).toBe(403);
      const own = await status(amina, aminas, { status: 'in_progress' });
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ status: 'in_progress', version: 2, mayUpdateStatus: true });
      expect((await status(amina, tradersAction, { status: 'blocked' })).body.status).toBe('blocked');
      expect((await status(bilal, radio, { status: 'dropped' })).body.errors[0].field).toBe('dropReason');
      expect((await status(bilal, radio, { status: 'dropped', dropReason: 'The station closed.' })).body).toMatchObject({
        status: 'dropped',
        dropReason: 'The station closed.',
      });
      expect((await status(amina, aminas, { status: 'done' })).status).toBe(409);
      expect((await amina.patch(`${base}/actions/${aminas.id}`, { status: 'done', version: 2 })).status).toBe(403);

      const view = (await amina.get(`${base}/plans/${plan.id}`)).body.actions;
      expect(view.map((action: { title: string; mayUpdateStatus: boolean }) => `${action.title}:${action.mayUpdateStatus}`)).toEqual([
        'Amina’s:true',
        'Bilal’s:false',
        'Radio group’s:false',
        'Traders’:true',
      ]);
      const mine = (await amina.get(`${base}/my-actions`)).body;
      expect(mine.items.map((action: { title: string }) => action.title).sort()).toEqual(['Amina’s', 'Traders’']);
      expect((await bilal.get(`${base}/my-actions`)).body.items.map((action: { title: string }) => action.title).sort()).toEqual([
        'Bilal’s',
        'Radio group’s',
      ]);
    });

    it('shows overdue actions in the process’s time zone, and a secretariat may update any action', async () => {
      const base = await dialogue();
      const plan = (await secretariat.post(`${base}/plans`, { title: 'Plan', goal: 'Goal' })).body;
      const late = (
        await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'Late', owner: member(amina), dueDate: '2020-01-01' })
      ).body;
      expect(late.overdue).toBe(true);
      const done = await secretariat.request('PUT', `${base}/actions/${late.id}/status`, { status: 'done', version: late.version });
      expect(done.body).toMatchObject({ status: 'done', overdue: false });
    });
  });

  describe('the Implement gate', () => {
    it('is met once a plan is approved with an owner and a due date on every action, and unmet when it is reopened', async () => {
      const base = await dialogue();
      let version = (await convener.get(base)).body.version;
      for (const toPhase of ['design', 'acquaint', 'agree']) {
        const moved = await convener.post(`${base}/transitions`, { toPhase, version, justification: 'Testing the Implement gate only.' });
        version = moved.body.process.version;
      }
      const gate = async () =>
        (await amina.get(`${base}/readiness`)).body.gates.find((item: { id: string }) => item.id === 'implement.approved-plan');
      expect(await gate()).toMatchObject({ status: 'unmet', detail: 'Approve at least one action plan: who does what, how and by when.' });

      const plan = (await secretariat.post(`${base}/plans`, { title: 'Plan', goal: 'Goal' })).body;
      await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'A', owner: member(amina), dueDate: '2026-06-30' });
      await secretariat.post(`${base}/plans/${plan.id}/actions`, { title: 'Dropped', status: 'dropped', dropReason: 'Not needed' });
      const proposed = (await secretariat.post(`${base}/plans/${plan.id}/propose`, { version: plan.version })).body;
      const approved = (await convener.post(`${base}/plans/${plan.id}/approve`, { version: proposed.version })).body;
      expect(await gate()).toMatchObject({ status: 'met', detail: '1 approved action plan; every action has an owner and a due date.' });
      const moved = await convener.post(`${base}/transitions`, { toPhase: 'implement', version });
      expect(moved.status).toBe(201);
      expect(moved.body.transition.kind).toBe('advance');

      await convener.post(`${base}/transitions`, {
        toPhase: 'agree',
        version: moved.body.process.version,
        reason: 'Back to revise the plan together.',
      });
      await convener.post(`${base}/plans/${plan.id}/reopen`, { version: approved.version });
      expect((await gate()).status).toBe('unmet');
    });
  });

  it('keeps everything of a process invisible from another workspace', async () => {
    const base = await dialogue();
    const plan = (await secretariat.post(`${base}/plans`, { title: 'Plan', goal: 'Goal' })).body;
    const stranger = await new Client(server.url).signUp('Stranger');
    await createWorkspace(stranger, 'Elsewhere');
    expect((await stranger.get(`${base}/plans/${plan.id}`)).status).toBe(404);
    expect((await stranger.get(`${base}/framing`)).status).toBe(404);
    expect((await stranger.get(`${base}/working-groups`)).status).toBe(404);
  });
});
