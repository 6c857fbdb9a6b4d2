import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp } from './harness';

describe('Initiate: deciding to use an MSP and getting it started', () => {
  let server: TestApp;
  let convener: Client;
  let facilitator: Client;
  let secretariat: Client;
  let observer: Client;
  let police: Client;
  let policeAlternate: Client;
  let women: Client;
  let unassigned: Client;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    const join = async (name: string) => {
      const client = await new Client(server.url).signUp(name);
      await joinWorkspace(convener, client, workspaceId);
      return client;
    };
    [facilitator, secretariat, observer, police, policeAlternate, women, unassigned] = await Promise.all(
      ['Facilitator', 'Secretariat', 'Observer', 'Police Officer', 'Police Alternate', 'Women Leader', 'Unassigned'].map(join),
    );
  });
  afterAll(() => server.close());

  /** A fresh process with everyone in their role; returns its API path. */
  async function dialogue(): Promise<string> {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    const roles: [Client, string][] = [
      [facilitator, 'facilitator'],
      [secretariat, 'secretariat'],
      [observer, 'observer'],
      [police, 'participant'],
      [policeAlternate, 'participant'],
      [women, 'participant'],
      [unassigned, 'participant'],
    ];
    for (const [client, role] of roles)
      expect((await convener.post(`${base}/members`, { userId: client.user?.id, role })).status).toBe(201);
    return base;
  }

  describe('key questions for initiators', () => {
    it('starts with the five questions not assessed, then rates them and summarises the highest risk', async () => {
      const base = await dialogue();
      const empty = await convener.get(`${base}/initiation/key-questions`);
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({ version: 0, updatedBy: null, summary: { highest: 'not_assessed', assessed: 0, total: 5 } });
      expect(empty.body.answers.map((answer: { questionId: string }) => answer.questionId)).toEqual([
        'necessity',
        'influence',
        'manageability',
        'funding',
        'unintended_harm',
      ]);

      const saved = await facilitator.request('PUT', `${base}/initiation/key-questions`, {
        answers: [
          { questionId: 'necessity', risk: 'low', notes: 'Advocacy alone has failed for five years.' },
          { questionId: 'unintended_harm', risk: 'high', notes: '  Named informants could be targeted.  ' },
        ],
        version: 0,
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        version: 1,
        updatedBy: { displayName: 'Facilitator' },
        summary: { highest: 'high', assessed: 2, total: 5 },
      });
      expect(saved.body.answers[4]).toEqual({ questionId: 'unintended_harm', risk: 'high', notes: 'Named informants could be targeted.' });
      expect(saved.body.answers[1]).toEqual({ questionId: 'influence', risk: 'not_assessed', notes: '' });

      const summary = await convener.get(`${base}/initiation`);
      expect(summary.body.risk).toEqual({ highest: 'high', assessed: 2, total: 5 });
    });

    it('answers a stale save with 409 and the key questions as they are now, losing nothing', async () => {
      const base = await dialogue();
      await convener.request('PUT', `${base}/initiation/key-questions`, {
        answers: [{ questionId: 'funding', risk: 'medium', notes: 'One donor.' }],
        version: 0,
      });
      const stale = await facilitator.request('PUT', `${base}/initiation/key-questions`, {
        answers: [{ questionId: 'funding', risk: 'low', notes: '' }],
        version: 0,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect(stale.body.current).toMatchObject({ version: 1, summary: { highest: 'medium' } });
      expect((await convener.get(`${base}/initiation/key-questions`)).body.answers[3]).toMatchObject({
        risk: 'medium',
        notes: 'One donor.',
      });
    });

    it('names the field of an unknown rating, an unknown question and a question answered twice', async () => {
      const base = await dialogue();
      const put = (answers: unknown) => convener.request('PUT', `${base}/initiation/key-questions`, { answers, version: 0 });
      const badRisk = await put([{ questionId: 'funding', risk: 'severe', notes: '' }]);
      expect(badRisk.status).toBe(400);
      expect(badRisk.body.errors[0].field).toBe('answers.0.risk');
      expect((await put([{ questionId: 'weather', risk: 'low', notes: '' }])).body.errors[0].field).toBe('answers.0.questionId');
      const twice = await put([
        { questionId: 'funding', risk: 'low', notes: '' },
        { questionId: 'funding', risk: 'high', notes: '' },
      ]);
      expect(twice.status).toBe(400);
      expect(twice.body.errors).toEqual([
        { field: 'answers.1.questionId', code: 'answersInvalid', params: {}, message: 'Each question is answered once.' },
      ]);
      expect((await put([{ questionId: 'funding', risk: 'low', notes: 'x'.repeat(4001) }])).status).toBe(400);
    });

    it('keeps the risk notes from participants, observers and the secretariat', async () => {
      const base = await dialogue();
      for (const client of [police, observer, secretariat]) {
        expect((await client.get(`${base}/initiation/key-questions`)).status).toBe(403);
        expect((await client.get(`${base}/initiation`)).status).toBe(403);
      }
      expect((await convener.get(`${base}/initiation/key-questions`)).status).toBe(200);
    });
  });

  describe('convener, hosts, core group and MoU', () => {
    it('records co-hosts with a rotation note, and refuses co-hosting with one host', async () => {
      const base = await dialogue();
      const one = await convener.request('PUT', `${base}/initiation/hosting`, {
        model: 'co_hosts',
        hosts: ['Ministry of Interior'],
        rotationNote: '',
        version: 0,
      });
      expect(one.status).toBe(400);
      expect(one.body.errors).toEqual([
        { field: 'hosts', code: 'hostingInvalid', params: {}, message: 'Co-hosts needs at least two hosts.' },
      ]);
      const saved = await convener.request('PUT', `${base}/initiation/hosting`, {
        model: 'rotation',
        hosts: [' Ministry of Interior ', 'Women’s Peace Network', 'District Police'],
        rotationNote: 'Each plenary is hosted by the next agency on the list.',
        version: 0,
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        model: 'rotation',
        hosts: ['Ministry of Interior', 'Women’s Peace Network', 'District Police'],
        version: 1,
      });
      expect((await convener.request('PUT', `${base}/initiation/hosting`, { ...saved.body, version: 0 })).status).toBe(400);
      const stale = await convener.request('PUT', `${base}/initiation/hosting`, {
        model: 'single_host',
        hosts: ['UNDP'],
        rotationNote: '',
        version: 0,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current.model).toBe('rotation');
    });

    it('keeps the core group as a list and agrees an MoU only with a date and at least two parties', async () => {
      const base = await dialogue();
      for (const member of [
        { name: 'Amina Diallo', organisation: 'Women’s Peace Network', contribution: 'Two days a month and the network’s meeting room' },
        { name: 'Col. Jean Mbarga', organisation: 'District Police', contribution: 'Liaison with the command' },
      ]) {
        expect((await convener.post(`${base}/initiation/core-group`, member)).status).toBe(201);
      }
      const draft = await convener.request('PUT', `${base}/initiation/mou`, {
        text: 'The partners commit to…',
        status: 'draft',
        agreedOn: null,
        parties: [],
        version: 0,
      });
      expect(draft.body).toMatchObject({ status: 'draft', version: 1 });
      const undated = await convener.request('PUT', `${base}/initiation/mou`, {
        text: 'The partners commit to…',
        status: 'agreed',
        agreedOn: null,
        parties: ['A', 'B'],
        version: 1,
      });
      expect(undated.body.errors[0].field).toBe('agreedOn');
      const notADate = await convener.request('PUT', `${base}/initiation/mou`, {
        text: '',
        status: 'agreed',
        agreedOn: '2026-02-30',
        parties: ['A', 'B'],
        version: 1,
      });
      expect(notADate.body.errors[0].field).toBe('agreedOn');
      const alone = await convener.request('PUT', `${base}/initiation/mou`, {
        text: '',
        status: 'agreed',
        agreedOn: '2026-03-01',
        parties: ['District Police'],
        version: 1,
      });
      expect(alone.body.errors[0].field).toBe('parties');
      const agreed = await convener.request('PUT', `${base}/initiation/mou`, {
        text: 'The partners commit to…',
        status: 'agreed',
        agreedOn: '2026-03-01',
        parties: ['Women’s Peace Network', 'District Police'],
        version: 1,
      });
      expect(agreed.status).toBe(200);
      expect(agreed.body).toMatchObject({ status: 'agreed', agreedOn: '2026-03-01', version: 2 });
      expect((await convener.get(`${base}/initiation`)).body).toMatchObject({ coreGroupMembers: 2, mouStatus: 'agreed' });
    });
  });

  describe('lists', () => {
    it('pages and searches champions, edits one at a version and removes it', async () => {
      const base = await dialogue();
      const names = ['Amina Diallo', 'Bruno Kamga', 'Chantal Ngo', 'Daniel Eto’o'];
      for (const name of names) {
        await convener.post(`${base}/initiation/champions`, {
          name,
          affiliation: name === 'Chantal Ngo' ? 'UNDP governance adviser' : 'Regional council',
          reason: 'Known to all sides',
        });
      }
      const first = await facilitator.get(`${base}/initiation/champions?limit=3`);
      expect(first.body.items.map((item: { name: string }) => item.name)).toEqual(names.slice(0, 3));
      const second = await facilitator.get(`${base}/initiation/champions?limit=3&cursor=${first.body.nextCursor as string}`);
      expect(second.body).toMatchObject({ items: [{ name: 'Daniel Eto’o' }], nextCursor: null });
      expect((await facilitator.get(`${base}/initiation/champions?q=undp`)).body.items.map((item: { name: string }) => item.name)).toEqual([
        'Chantal Ngo',
      ]);
      expect((await facilitator.get(`${base}/initiation/champions?q=100%25`)).body.items).toEqual([]);
      expect((await facilitator.get(`${base}/initiation/champions?cursor=bogus`)).status).toBe(400);

      const chantal = second.body.items[0];
      const edited = await facilitator.request('PUT', `${base}/initiation/champions/${chantal.id as string}`, {
        name: 'Daniel Eto’o',
        affiliation: 'Chamber of commerce',
        reason: 'Funds the youth league',
        version: 1,
      });
      expect(edited.body).toMatchObject({ affiliation: 'Chamber of commerce', version: 2 });
      const stale = await convener.request('PUT', `${base}/initiation/champions/${chantal.id as string}`, {
        name: 'D. Eto’o',
        affiliation: '',
        reason: '',
        version: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ affiliation: 'Chamber of commerce', version: 2 });
      expect((await convener.post(`${base}/initiation/champions`, { name: '  ', affiliation: '', reason: '' })).body.errors[0].field).toBe(
        'name',
      );
      expect((await convener.post(`${base}/initiation/champions`, { name: 'X', affiliation: '', reason: '', role: 'spy' })).status).toBe(
        400,
      );

      expect((await convener.delete(`${base}/initiation/champions/${chantal.id as string}`)).status).toBe(204);
      expect((await convener.delete(`${base}/initiation/champions/${chantal.id as string}`)).status).toBe(404);
      expect((await convener.get(`${base}/initiation`)).body.champions).toBe(3);
    });

    it('counts secured facilitation resources', async () => {
      const base = await dialogue();
      await convener.post(`${base}/initiation/facilitation-resources`, {
        kind: 'facilitator',
        description: 'Two trained facilitators',
        secured: true,
      });
      await convener.post(`${base}/initiation/facilitation-resources`, {
        kind: 'interpreter',
        description: 'Fulfulde and French',
        secured: false,
      });
      expect(
        (await convener.post(`${base}/initiation/facilitation-resources`, { kind: 'catering', description: 'Lunch', secured: false })).body
          .errors[0].field,
      ).toBe('kind');
      expect((await convener.get(`${base}/initiation`)).body).toMatchObject({ facilitationResources: 2, facilitationSecured: 1 });
    });
  });

  describe('reality check', () => {
    it('totals the cost estimate and funding per currency and shows both gaps exactly', async () => {
      const base = await dialogue();
      const costs = [
        { item: 'Venue hire, four plenaries', amount: '4000', currency: 'USD' },
        { item: 'Interpreters', amount: '0.10', currency: 'usd' },
        { item: 'Transport', amount: '0.20', currency: 'USD' },
        { item: 'Travel of rural participants', amount: '1000000', currency: 'XOF' },
      ];
      for (const line of costs) expect((await convener.post(`${base}/initiation/cost-lines`, line)).status).toBe(201);
      const lines = await secretariat.get(`${base}/initiation/cost-lines`);
      expect(lines.body.items.map((line: { amount: string; currency: string }) => `${line.amount} ${line.currency}`)).toEqual([
        '4000.00 USD',
        '0.10 USD',
        '0.20 USD',
        '1000000.00 XOF',
      ]);
      await convener.post(`${base}/initiation/funding-sources`, {
        funder: 'Peacebuilding Fund',
        amount: '2500',
        currency: 'USD',
        status: 'secured',
      });
      await convener.post(`${base}/initiation/funding-sources`, {
        funder: 'Embassy small grants',
        amount: '1000.30',
        currency: 'USD',
        status: 'pledged',
      });

      const check = await secretariat.get(`${base}/initiation/reality-check`);
      expect(check.status).toBe(200);
      expect(check.body).toMatchObject({ costLines: 4, fundingSources: 2, version: 0 });
      expect(check.body.funding).toEqual({
        outlook: 'short',
        positions: [
          {
            currency: 'USD',
            estimate: '4000.30',
            secured: '2500.00',
            pledged: '1000.30',
            gapAfterSecured: '1500.30',
            gapAfterPledged: '500.00',
          },
          {
            currency: 'XOF',
            estimate: '1000000.00',
            secured: '0.00',
            pledged: '0.00',
            gapAfterSecured: '1000000.00',
            gapAfterPledged: '1000000.00',
          },
        ],
      });
      expect((await convener.get(`${base}/initiation`)).body.funding.outlook).toBe('short');

      const plan = await convener.request('PUT', `${base}/initiation/reality-check`, {
        contingencyPlan: 'Hold plenaries online if the pledge falls through.',
        version: 0,
      });
      expect(plan.body).toMatchObject({ contingencyPlan: 'Hold plenaries online if the pledge falls through.', version: 1 });
      expect((await convener.request('PUT', `${base}/initiation/reality-check`, { contingencyPlan: 'Other.', version: 0 })).status).toBe(
        409,
      );
      expect((await secretariat.request('PUT', `${base}/initiation/reality-check`, { contingencyPlan: 'Mine.', version: 1 })).status).toBe(
        403,
      );
      expect((await secretariat.post(`${base}/initiation/cost-lines`, costs[0])).status).toBe(403);
    });

    it('accepts amounts only as non-negative decimal strings with two decimals, in an ISO 4217 currency', async () => {
      const base = await dialogue();
      const add = (amount: unknown, currency = 'USD') =>
        convener.post(`${base}/initiation/cost-lines`, { item: 'Venue', amount, currency });
      for (const amount of [12.5, '-5', '1.234', '1e3', '1,000', '1000000000000', '']) {
        const reply = await add(amount);
        expect(reply.status).toBe(400);
        expect(reply.body.errors.map((error: { field: string }) => error.field)).toContain('amount');
      }
      const currency = await add('10', 'ABC');
      expect(currency.body.errors).toEqual([
        { field: 'currency', code: 'isIn', params: {}, message: 'must be an ISO 4217 currency code such as USD, EUR or XOF' },
      ]);
      expect((await add('999999999999.99')).body.amount).toBe('999999999999.99');
      const funding = await convener.post(`${base}/initiation/funding-sources`, {
        funder: 'X',
        amount: '5',
        currency: 'USD',
        status: 'hoped',
      });
      expect(funding.body.errors[0].field).toBe('status');
    });
  });

  describe('the participant-side checklist', () => {
    async function withGroups(base: string): Promise<{ policeGroup: string; womenGroup: string }> {
      const policeGroup = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body.id as string;
      const womenGroup = (await convener.post(`${base}/stakeholder-groups`, { name: "Women's organisations" })).body.id as string;
      for (const [client, group] of [
        [police, policeGroup],
        [policeAlternate, policeGroup],
        [women, womenGroup],
      ] as const) {
        expect((await convener.request('PUT', `${base}/members/${client.user?.id}/group`, { stakeholderGroupId: group })).status).toBe(204);
      }
      return { policeGroup, womenGroup };
    }

    const ANSWERS = {
      answers: [
        { questionId: 'interests', notes: 'Fewer roadblock extortion cases.' },
        { questionId: 'exit_strategy', notes: 'We leave if the command withdraws its support.' },
      ],
      stance: 'join_with_conditions',
    };

    it('lets a group fill in its own checklist, hidden from other groups and from conveners until it shares it', async () => {
      const base = await dialogue();
      const { policeGroup, womenGroup } = await withGroups(base);

      const saved = await police.request('PUT', `${base}/initiation/my-checklist`, { ...ANSWERS, sharedWithConveners: false, version: 0 });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        group: { id: policeGroup, name: 'Police' },
        stance: 'join_with_conditions',
        sharedWithConveners: false,
        answered: 2,
        version: 1,
      });

      // The other participant of the same group sees and edits the same checklist, at its version.
      const colleague = await policeAlternate.get(`${base}/initiation/my-checklist`);
      expect(colleague.body.answers[2].notes).toBe('We leave if the command withdraws its support.');
      expect(
        (await policeAlternate.request('PUT', `${base}/initiation/my-checklist`, { ...ANSWERS, sharedWithConveners: true, version: 0 }))
          .status,
      ).toBe(409);

      // Another group sees only its own, still empty checklist, and cannot ask for the police's.
      const other = await women.get(`${base}/initiation/my-checklist`);
      expect(other.body).toMatchObject({ group: { id: womenGroup }, answered: 0, version: 0 });
      expect(JSON.stringify(other.body)).not.toContain('roadblock');
      expect((await women.get(`${base}/initiation/checklists/${policeGroup}`)).status).toBe(403);
      expect((await women.get(`${base}/initiation/checklists`)).status).toBe(403);

      // Not shared: conveners see that it is not shared, and nothing of its content.
      const statuses = await convener.get(`${base}/initiation/checklists`);
      expect(statuses.body.items).toEqual([
        { group: { id: policeGroup, name: 'Police' }, indispensable: true, shared: false, stance: null, answered: null, updatedAt: null },
        {
          group: { id: womenGroup, name: "Women's organisations" },
          indispensable: false,
          shared: false,
          stance: null,
          answered: null,
          updatedAt: null,
        },
      ]);
      const hidden = await convener.get(`${base}/initiation/checklists/${policeGroup}`);
      expect(hidden.status).toBe(404);
      expect(JSON.stringify(hidden.body)).not.toContain('roadblock');
      expect((await facilitator.get(`${base}/initiation/checklists/${policeGroup}`)).status).toBe(404);

      // Shared: conveners and facilitators read it as the group's view, not a person's.
      const shared = await policeAlternate.request('PUT', `${base}/initiation/my-checklist`, {
        ...ANSWERS,
        sharedWithConveners: true,
        version: 1,
      });
      expect(shared.body).toMatchObject({ sharedWithConveners: true, version: 2, updatedBy: { displayName: 'Police Alternate' } });
      const read = await facilitator.get(`${base}/initiation/checklists/${policeGroup}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ group: { name: 'Police' }, stance: 'join_with_conditions', answered: 2 });
      expect(read.body).not.toHaveProperty('updatedBy');
      expect((await convener.get(`${base}/initiation/checklists`)).body).toMatchObject({
        shared: 1,
        items: [{ shared: true, answered: 2 }, { shared: false }],
      });
      expect((await convener.get(`${base}/initiation`)).body).toMatchObject({ stakeholderGroups: 2, checklistsShared: 1 });

      // Unsharing hides it again.
      await police.request('PUT', `${base}/initiation/my-checklist`, { ...ANSWERS, sharedWithConveners: false, version: 2 });
      expect((await convener.get(`${base}/initiation/checklists/${policeGroup}`)).status).toBe(404);
    });

    it('tells a participant who represents no group that there is nothing to fill in yet', async () => {
      const base = await dialogue();
      const mine = await unassigned.get(`${base}/initiation/my-checklist`);
      expect(mine.body).toMatchObject({ group: null, version: 0, answered: 0 });
      const save = await unassigned.request('PUT', `${base}/initiation/my-checklist`, {
        ...ANSWERS,
        sharedWithConveners: true,
        version: 0,
      });
      expect(save.status).toBe(403);
      expect(save.body.code).toBe('NO_STAKEHOLDER_GROUP');
      expect((await convener.get(`${base}/initiation/my-checklist`)).status).toBe(403);
    });

    it('rejects unknown questions and stances by field', async () => {
      const base = await dialogue();
      await withGroups(base);
      const unknown = await police.request('PUT', `${base}/initiation/my-checklist`, {
        answers: [{ questionId: 'necessity', notes: '' }],
        stance: 'join',
        sharedWithConveners: false,
        version: 0,
      });
      expect(unknown.body.errors[0].field).toBe('answers.0.questionId');
      const stance = await police.request('PUT', `${base}/initiation/my-checklist`, {
        answers: [],
        stance: 'maybe',
        sharedWithConveners: false,
        version: 0,
      });
      expect(stance.body.errors[0].field).toBe('stance');
    });
  });

  it('keeps an archived process read-only', async () => {
    const base = await dialogue();
    const process = (await convener.get(base)).body;
    expect((await convener.post(`${base}/archive`, { version: process.version })).status).toBe(200);
    const save = await convener.request('PUT', `${base}/initiation/reality-check`, { contingencyPlan: 'Late.', version: 0 });
    expect(save.status).toBe(409);
    expect(save.body.code).toBe('PROCESS_ARCHIVED');
    expect((await convener.post(`${base}/initiation/champions`, { name: 'Late', affiliation: '', reason: '' })).body.code).toBe(
      'PROCESS_ARCHIVED',
    );
    expect((await convener.get(`${base}/initiation/reality-check`)).status).toBe(200);
  });
});
