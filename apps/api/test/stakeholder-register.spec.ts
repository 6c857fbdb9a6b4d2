import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REGISTER_LIMITS } from '@common-ground/domain';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withOwner } from './harness';

const POLICE = {
  kind: 'organisation',
  name: 'District police command',
  influence: 5,
  interest: 2,
  stance: 'neutral',
  notes: 'Controls the checkpoints on the valley road.',
  contactPoints: [
    { kind: 'email', value: 'desk@police.example', note: 'Community liaison desk' },
    { kind: 'phone', value: '+237 600 000 000' },
  ],
};

describe('stakeholder register', () => {
  let server: TestApp;
  let convener: Client;
  let secretariat: Client;
  let participant: Client;
  let observer: Client;
  let admin: Client;
  let workspaceId: string;

  /** A fresh process with the secretariat, a participant and an observer in it. */
  async function newProcess(): Promise<string> {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    for (const [client, role] of [
      [secretariat, 'secretariat'],
      [participant, 'participant'],
      [observer, 'observer'],
    ] as const) {
      expect((await convener.post(`${base}/members`, { userId: client.user?.id, role })).status).toBe(201);
    }
    return base;
  }

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    secretariat = await new Client(server.url).signUp('Secretariat');
    participant = await new Client(server.url).signUp('Participant');
    observer = await new Client(server.url).signUp('Observer');
    admin = await new Client(server.url).signUp('Admin');
    for (const client of [secretariat, participant, observer]) await joinWorkspace(convener, client, workspaceId);
    await joinWorkspace(convener, admin, workspaceId, 'admin');
  });
  afterAll(() => server.close());

  describe('personal data and who sees the register', () => {
    let base: string;
    let police: any;

    beforeAll(async () => {
      base = await newProcess();
      const created = await convener.post(`${base}/stakeholders`, POLICE);
      expect(created.status).toBe(201);
      police = created.body;
    });

    it('gives conveners the contact points, and the quadrant of the grid', async () => {
      expect(police).toMatchObject({ name: 'District police command', quadrant: 'keep_satisfied', version: 1, group: null });
      expect(police.contactPoints).toEqual([
        { kind: 'email', value: 'desk@police.example', note: 'Community liaison desk' },
        { kind: 'phone', value: '+237 600 000 000', note: null },
      ]);
      const list = await convener.get(`${base}/stakeholders`);
      expect(list.body.items[0].contactPoints).toHaveLength(2);
    });

    it('leaves contact points out — the field absent — of what the secretariat and a workspace admin get', async () => {
      for (const reader of [secretariat, admin]) {
        const list = await reader.get(`${base}/stakeholders`);
        expect(list.status).toBe(200);
        expect(list.body.items).toHaveLength(1);
        expect(list.body.items[0]).not.toHaveProperty('contactPoints');
        expect(list.body.items[0].notes).toBe(POLICE.notes);
        const detail = await reader.get(`${base}/stakeholders/${police.id}`);
        expect(detail.body).not.toHaveProperty('contactPoints');
        expect(JSON.stringify(detail.body)).not.toContain('police.example');
      }
    });

    it('keeps the register, its map and the prospects from participants and observers (403)', async () => {
      for (const reader of [participant, observer]) {
        for (const path of ['stakeholders', `stakeholders/${police.id}`, 'stakeholder-relationships', 'stakeholder-map', 'prospects']) {
          expect((await reader.get(`${base}/${path}`)).status).toBe(403);
        }
      }
    });

    it('refuses changes from the secretariat, who may only read', async () => {
      expect((await secretariat.patch(`${base}/stakeholders/${police.id}`, { influence: 1, version: police.version })).status).toBe(403);
      expect((await secretariat.post(`${base}/prospects`, { name: 'Someone' })).status).toBe(403);
    });
  });

  it('pages, searches by name and filters by group and stance', async () => {
    const base = await newProcess();
    const group = (await convener.post(`${base}/stakeholder-groups`, { name: 'Youth' })).body;
    const names = [
      'Youth council of Kousseri',
      'Youth league',
      'Chamber of commerce',
      'Ministry of Interior',
      'Radio Logone',
      '100% Jeunes',
    ];
    for (const [index, name] of names.entries()) {
      const reply = await convener.post(`${base}/stakeholders`, {
        kind: 'organisation',
        name,
        influence: 1 + (index % 5),
        interest: 3,
        stance: index % 2 === 0 ? 'supportive' : 'opposed',
        groupId: name.includes('Youth') ? group.id : null,
      });
      expect(reply.status).toBe(201);
    }
    const first = await convener.get(`${base}/stakeholders?limit=4`);
    expect(first.body).toMatchObject({ total: 6, page: 1, limit: 4 });
    expect(first.body.items.map((s: { name: string }) => s.name)).toEqual([
      '100% Jeunes',
      'Chamber of commerce',
      'Ministry of Interior',
      'Radio Logone',
    ]);
    const second = await convener.get(`${base}/stakeholders?limit=4&page=2`);
    expect(second.body.items.map((s: { name: string }) => s.name)).toEqual(['Youth council of Kousseri', 'Youth league']);
    expect((await convener.get(`${base}/stakeholders?limit=4&page=3`)).body).toMatchObject({ items: [], total: 6 });

    expect((await convener.get(`${base}/stakeholders?q=youth`)).body.total).toBe(2);
    expect((await convener.get(`${base}/stakeholders?q=100%25`)).body.items.map((s: { name: string }) => s.name)).toEqual(['100% Jeunes']);
    const byGroup = await convener.get(`${base}/stakeholders?groupId=${group.id}`);
    expect(byGroup.body.items.every((s: { group: { name: string } }) => s.group.name === 'Youth')).toBe(true);
    expect((await convener.get(`${base}/stakeholders?groupId=none`)).body.total).toBe(4);
    expect((await convener.get(`${base}/stakeholders?stance=opposed`)).body.total).toBe(3);
    expect((await convener.get(`${base}/stakeholders?stance=hostile`)).status).toBe(400);
    expect((await convener.get(`${base}/stakeholders?limit=500`)).status).toBe(400);
  });

  it('names the field of every bad input: scores out of 1-5, unknown fields, a contact e-mail, a group of another process', async () => {
    const base = await newProcess();
    const other = await newProcess();
    const foreignGroup = (await convener.post(`${other}/stakeholder-groups`, { name: 'Police' })).body;
    const fieldsOf = async (body: unknown) => {
      const reply = await convener.post(`${base}/stakeholders`, body);
      expect(reply.status).toBe(400);
      return reply.body.errors.map((error: { field: string }) => error.field);
    };
    expect(await fieldsOf({ ...POLICE, influence: 0 })).toEqual(['influence']);
    expect(await fieldsOf({ ...POLICE, interest: 6 })).toEqual(['interest']);
    expect(await fieldsOf({ ...POLICE, influence: 2.5 })).toEqual(['influence']);
    expect(await fieldsOf({ ...POLICE, stance: 'hostile' })).toEqual(['stance']);
    expect(await fieldsOf({ ...POLICE, name: '   ' })).toEqual(['name']);
    expect(await fieldsOf({ ...POLICE, rank: 'high' })).toEqual(['rank']);
    expect(await fieldsOf({ ...POLICE, contactPoints: [{ kind: 'email', value: 'not an address' }] })).toEqual(['contactPoints.0.value']);
    expect(await fieldsOf({ ...POLICE, contactPoints: Array.from({ length: 11 }, () => ({ kind: 'phone', value: '1' })) })).toEqual([
      'contactPoints',
    ]);
    expect(await fieldsOf({ ...POLICE, groupId: foreignGroup.id })).toEqual(['groupId']);
  });

  it('answers a stale edit with 409 and the stakeholder as it is now', async () => {
    const base = await newProcess();
    const police = (await convener.post(`${base}/stakeholders`, POLICE)).body;
    const first = await convener.patch(`${base}/stakeholders/${police.id}`, { stance: 'supportive', version: police.version });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ stance: 'supportive', version: 2 });
    const stale = await convener.patch(`${base}/stakeholders/${police.id}`, { stance: 'opposed', version: police.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', current: { stance: 'supportive', version: 2 } });
    for (const field of ['name', 'influence', 'stance', 'kind']) {
      const emptied = await convener.patch(`${base}/stakeholders/${police.id}`, { [field]: null, version: 2 });
      expect(emptied.status).toBe(400);
      expect(emptied.body.errors[0].field).toBe(field);
    }
    const cleared = await convener.patch(`${base}/stakeholders/${police.id}`, { notes: '', contactPoints: [], version: 2 });
    expect(cleared.body).toMatchObject({ notes: null, contactPoints: [], version: 3 });
  });

  describe('relationships', () => {
    let base: string;
    let police: any;
    let youth: any;
    let ministry: any;

    beforeAll(async () => {
      base = await newProcess();
      police = (await convener.post(`${base}/stakeholders`, POLICE)).body;
      youth = (
        await convener.post(`${base}/stakeholders`, {
          kind: 'organisation',
          name: 'Youth council',
          influence: 2,
          interest: 5,
          stance: 'opposed',
        })
      ).body;
      ministry = (
        await convener.post(`${base}/stakeholders`, {
          kind: 'organisation',
          name: 'Ministry of Interior',
          influence: 5,
          interest: 4,
          stance: 'supportive',
        })
      ).body;
    });

    const relate = (fromId: string, toId: string, kind: string, strength = 2) =>
      convener.post(`${base}/stakeholder-relationships`, { fromId, toId, kind, strength });

    it('refuses a relationship of a stakeholder with itself, a strength outside 1-3, and an end in another process', async () => {
      const self = await relate(police.id, police.id, 'alliance');
      expect(self.status).toBe(400);
      expect(self.body.errors).toEqual([
        { field: 'toId', code: 'relationshipToItself', params: {}, message: 'A stakeholder cannot have a relationship with itself.' },
      ]);
      expect((await relate(police.id, police.id.toUpperCase(), 'alliance')).status).toBe(400);
      expect((await relate(police.id, youth.id, 'alliance', 4)).body.errors[0].field).toBe('strength');
      expect((await relate(police.id, youth.id, 'friendship')).body.errors[0].field).toBe('kind');
      const elsewhere = (await convener.post(`${await newProcess()}/stakeholders`, POLICE)).body;
      const foreign = await relate(police.id, elsewhere.id, 'tension');
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors[0].field).toBe('toId');
    });

    it('keeps one relationship per pair and kind: mutual kinds in either order, a dependency per direction', async () => {
      const tension = await relate(police.id, youth.id, 'tension', 3);
      expect(tension.status).toBe(201);
      expect(tension.body).toMatchObject({
        kind: 'tension',
        strength: 3,
        from: { name: 'District police command' },
        to: { name: 'Youth council' },
      });
      const reversed = await relate(youth.id, police.id, 'tension');
      expect(reversed.status).toBe(409);
      expect(reversed.body.code).toBe('RELATIONSHIP_EXISTS');
      expect((await relate(youth.id, police.id, 'alliance')).status).toBe(201);
      expect((await relate(police.id, ministry.id, 'dependency')).status).toBe(201);
      expect((await relate(ministry.id, police.id, 'dependency')).status).toBe(201);
      expect((await relate(police.id, ministry.id, 'dependency')).status).toBe(409);

      const changed = await convener.patch(`${base}/stakeholder-relationships/${tension.body.id}`, { kind: 'alliance' });
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('RELATIONSHIP_EXISTS');
      expect((await convener.patch(`${base}/stakeholder-relationships/${tension.body.id}`, { strength: null })).status).toBe(400);
      const strengthened = await convener.patch(`${base}/stakeholder-relationships/${tension.body.id}`, {
        kind: 'conflict',
        note: 'Arrests after the march',
      });
      expect(strengthened.body).toMatchObject({ kind: 'conflict', note: 'Arrests after the march' });
    });

    it('lists relationships by stakeholder and kind, shows them on the stakeholder, and removes them with it', async () => {
      const ofYouth = await convener.get(`${base}/stakeholder-relationships?stakeholderId=${youth.id}`);
      expect(ofYouth.body.items.map((r: { kind: string }) => r.kind).sort()).toEqual(['alliance', 'conflict']);
      expect((await convener.get(`${base}/stakeholder-relationships?kind=dependency`)).body.total).toBe(2);
      const detail = await convener.get(`${base}/stakeholders/${police.id}`);
      expect(detail.body.relationships).toHaveLength(4);

      const ministryRelationship = (await convener.get(`${base}/stakeholder-relationships?stakeholderId=${ministry.id}`)).body.items[0];
      expect((await convener.delete(`${base}/stakeholder-relationships/${ministryRelationship.id}`)).status).toBe(204);
      expect((await convener.delete(`${base}/stakeholder-relationships/${ministryRelationship.id}`)).status).toBe(404);
      expect((await convener.delete(`${base}/stakeholders/${ministry.id}`)).status).toBe(204);
      expect((await convener.get(`${base}/stakeholder-relationships`)).body.total).toBe(2);
      expect((await convener.get(`${base}/stakeholders/${ministry.id}`)).status).toBe(404);
    });

    it('answers the map with every stakeholder and relationship, ends and groups as indexes, and the groups nobody mapped', async () => {
      const mapBase = await newProcess();
      const women = (await convener.post(`${mapBase}/stakeholder-groups`, { name: "Women's organisations", indispensable: true })).body;
      const police2 = (await convener.post(`${mapBase}/stakeholder-groups`, { name: 'Police' })).body;
      const a = (await convener.post(`${mapBase}/stakeholders`, { ...POLICE, groupId: police2.id })).body;
      const b = (
        await convener.post(`${mapBase}/stakeholders`, {
          kind: 'individual',
          name: 'Chief of Zina',
          influence: 4,
          interest: 4,
          stance: 'unknown',
        })
      ).body;
      await convener.post(`${mapBase}/stakeholder-relationships`, { fromId: b.id, toId: a.id, kind: 'dependency', strength: 1 });
      const map = await secretariat.get(`${mapBase}/stakeholder-map`);
      expect(map.status).toBe(200);
      expect(map.body.groups.map((g: { name: string }) => g.name)).toEqual(["Women's organisations", 'Police']);
      expect(map.body.stakeholders).toEqual([
        { id: b.id, name: 'Chief of Zina', kind: 'individual', group: null, influence: 4, interest: 4, stance: 'unknown' },
        { id: a.id, name: 'District police command', kind: 'organisation', group: 1, influence: 5, interest: 2, stance: 'neutral' },
      ]);
      expect(map.body.relationships).toEqual([{ from: 0, to: 1, kind: 'dependency', strength: 1 }]);
      expect(map.body).toMatchObject({
        unmappedGroups: ["Women's organisations"],
        truncated: false,
        limits: { stakeholders: 2000, relationships: 10000 },
      });
      expect(JSON.stringify(map.body)).not.toContain('police.example');
      expect(women.indispensable).toBe(true);
    });
  });

  it('refuses a stakeholder beyond the per-process cap with 409 REGISTER_FULL', async () => {
    const base = await newProcess();
    const processId = base.split('/').pop() as string;
    await withOwner((db) =>
      db.query(
        `insert into stakeholders (workspace_id, process_id, kind, name, influence, interest, stance)
         select $1, $2, 'organisation', 'Seeded ' || n, 1 + n % 5, 1 + n % 3, 'unknown' from generate_series(1, $3::int) n`,
        [workspaceId, processId, REGISTER_LIMITS.stakeholdersPerProcess],
      ),
    );
    const full = await convener.post(`${base}/stakeholders`, POLICE);
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'REGISTER_FULL', detail: 'A process holds at most 2,000 stakeholders.' });
    const map = await convener.get(`${base}/stakeholder-map`);
    expect(map.body.stakeholders).toHaveLength(REGISTER_LIMITS.stakeholdersPerProcess);
    expect(map.body.truncated).toBe(false);
  });

  it('keeps an archived process read-only (409 PROCESS_ARCHIVED) and still readable', async () => {
    const base = await newProcess();
    const police = (await convener.post(`${base}/stakeholders`, POLICE)).body;
    const process = (await convener.get(base)).body;
    expect((await convener.post(`${base}/archive`, { version: process.version })).status).toBe(200);
    const refused = await convener.patch(`${base}/stakeholders/${police.id}`, { influence: 1, version: police.version });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PROCESS_ARCHIVED');
    expect((await convener.post(`${base}/prospects`, { name: 'Late prospect' })).body.code).toBe('PROCESS_ARCHIVED');
    expect((await convener.get(`${base}/stakeholders`)).body.total).toBe(1);
  });

  describe('prospective participants and consultations', () => {
    let base: string;
    let stakeholder: any;

    beforeAll(async () => {
      base = await newProcess();
      stakeholder = (
        await convener.post(`${base}/stakeholders`, {
          kind: 'organisation',
          name: 'Logone women’s network',
          influence: 3,
          interest: 5,
          stance: 'supportive',
        })
      ).body;
    });

    it('records a prospect linked to a stakeholder, with an e-mail only conveners see', async () => {
      const created = await convener.post(`${base}/prospects`, {
        name: 'Amina Diallo',
        organisation: 'Women’s network',
        stakeholderId: stakeholder.id,
        email: ' Amina@Example.org ',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'prospective',
        email: 'amina@example.org',
        stakeholder: { id: stakeholder.id },
        consultations: 0,
        consultationLog: [],
      });
      const seen = await secretariat.get(`${base}/prospects/${created.body.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body).not.toHaveProperty('email');
      expect((await secretariat.get(`${base}/prospects`)).body.items[0]).not.toHaveProperty('email');
      expect((await convener.get(`${base}/stakeholders/${stakeholder.id}`)).body.prospects).toEqual([
        { id: created.body.id, name: 'Amina Diallo', status: 'prospective' },
      ]);
      const foreign = (await convener.post(`${await newProcess()}/stakeholders`, POLICE)).body;
      const refused = await convener.post(`${base}/prospects`, { name: 'Elsewhere', stakeholderId: foreign.id });
      expect(refused.body.errors[0].field).toBe('stakeholderId');
      expect((await convener.post(`${base}/prospects`, { name: 'Bad mail', email: 'nope' })).body.errors[0].field).toBe('email');
    });

    it('moves a prospect along the allowed path only, moving them to consulted when a consultation is logged', async () => {
      let prospect = (await convener.post(`${base}/prospects`, { name: 'Joseph Ngono' })).body;
      const skipped = await convener.post(`${base}/prospects/${prospect.id}/status`, { status: 'invited', version: prospect.version });
      expect(skipped.status).toBe(409);
      expect(skipped.body).toMatchObject({ code: 'PROSPECT_TRANSITION_INVALID', errors: [{ field: 'status' }] });

      const logged = await convener.post(`${base}/prospects/${prospect.id}/consultations`, {
        heldOn: '2026-02-03',
        channel: 'meeting',
        interest: 'moderate',
        concerns: 'Fears reprisals if seen with the police.',
        outcome: 'Will join if meetings are under the Chatham House Rule.',
      });
      expect(logged.status).toBe(201);
      prospect = logged.body;
      expect(prospect).toMatchObject({ status: 'consulted', consultations: 1, lastConsultedOn: '2026-02-03' });
      expect(prospect.consultationLog[0]).toMatchObject({
        heldOn: '2026-02-03',
        channel: 'meeting',
        interest: 'moderate',
        recordedBy: { displayName: 'Convener' },
      });

      const invited = await convener.post(`${base}/prospects/${prospect.id}/status`, { status: 'invited', version: prospect.version });
      expect(invited.body.status).toBe('invited');
      const stale = await convener.post(`${base}/prospects/${prospect.id}/status`, { status: 'declined', version: prospect.version });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', current: { status: 'invited' } });
      const active = await convener.post(`${base}/prospects/${prospect.id}/status`, { status: 'active', version: invited.body.version });
      expect(active.body.status).toBe('active');
      expect(
        (await convener.post(`${base}/prospects/${prospect.id}/status`, { status: 'declined', version: active.body.version })).status,
      ).toBe(409);

      const second = await convener.post(`${base}/prospects/${prospect.id}/consultations`, {
        heldOn: '2026-03-01',
        channel: 'phone',
        interest: 'high',
      });
      expect(second.body).toMatchObject({ status: 'active', consultations: 2 });
      expect(second.body.consultationLog.map((c: { heldOn: string }) => c.heldOn)).toEqual(['2026-03-01', '2026-02-03']);
      const removed = await convener.delete(`${base}/prospects/${prospect.id}/consultations/${second.body.consultationLog[0].id}`);
      expect(removed.status).toBe(204);
    });

    it('refuses a consultation dated in the future or on an impossible date', async () => {
      const prospect = (await convener.post(`${base}/prospects`, { name: 'Future Person' })).body;
      const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      for (const heldOn of [future, '2026-02-30', '03/02/2026']) {
        const reply = await convener.post(`${base}/prospects/${prospect.id}/consultations`, { heldOn, channel: 'email', interest: 'low' });
        expect(reply.status).toBe(400);
        expect(reply.body.errors[0].field).toBe('heldOn');
      }
    });

    it('lists prospects by page, searches name and organisation, filters by status, and keeps them when their stakeholder goes', async () => {
      const list = await convener.get(`${base}/prospects?limit=2`);
      expect(list.body).toMatchObject({ total: 3, page: 1, limit: 2 });
      expect((await convener.get(`${base}/prospects?q=network`)).body.items.map((p: { name: string }) => p.name)).toEqual(['Amina Diallo']);
      expect((await convener.get(`${base}/prospects?status=active`)).body.items.map((p: { name: string }) => p.name)).toEqual([
        'Joseph Ngono',
      ]);
      expect((await convener.get(`${base}/prospects?stakeholderId=${stakeholder.id}`)).body.total).toBe(1);
      await convener.delete(`${base}/stakeholders/${stakeholder.id}`);
      const amina = (await convener.get(`${base}/prospects?q=amina`)).body.items[0];
      expect(amina.stakeholder).toBeNull();
      const edited = await convener.patch(`${base}/prospects/${amina.id}`, { email: null, organisation: '', version: amina.version });
      expect(edited.body).toMatchObject({ email: null, organisation: null, version: amina.version + 1 });
      expect((await convener.delete(`${base}/prospects/${amina.id}`)).status).toBe(204);
      expect((await convener.get(`${base}/prospects/${amina.id}`)).status).toBe(404);
    });
  });
});
