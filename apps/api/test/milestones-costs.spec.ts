import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './harness';
import { dialogue, makeTeam, member, planWith, type Team } from './implement-fixture';

const INCIDENTS = {
  title: 'Robberies on market roads halved',
  dueDate: '2026-12-31',
  unit: 'robberies a month',
  baseline: 40,
  target: 20,
  direction: 'decrease',
};

describe('milestones and their indicators through the API', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  it('keeps every recorded value as a series, the latest by date being the current value, with progress towards the target', async () => {
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [
      { title: 'Patrol on market days', owner: member(team.amina), dueDate: '2026-12-31' },
    ]);
    const created = await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, {
      ...INCIDENTS,
      quickWin: true,
      actionId: plan.actions[0].id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      planTitle: 'Safer market roads',
      actionTitle: 'Patrol on market days',
      quickWin: true,
      indicator: { unit: 'robberies a month', baseline: 40, target: 20, direction: 'decrease' },
      currentValue: null,
      progress: null,
      values: [],
      version: 1,
    });
    const id = created.body.id as string;

    const record = (value: number, measuredOn: string, by = team.secretariat) =>
      by.post(`${base}/milestones/${id}/values`, { value, measuredOn, note: 'Police log' });
    expect((await record(35, '2026-02-01')).status).toBe(201);
    expect((await record(30, '2026-04-01')).body).toMatchObject({ currentValue: 30, currentOn: '2026-04-01', progress: 0.5 });
    // A value measured earlier joins the series in date order but does not replace the latest.
    const backfilled = await record(38, '2026-01-15');
    expect(backfilled.body.currentValue).toBe(30);
    expect(backfilled.body.values.map((v: { value: number; measuredOn: string }) => `${v.measuredOn}:${v.value}`)).toEqual([
      '2026-01-15:38',
      '2026-02-01:35',
      '2026-04-01:30',
    ]);
    expect(backfilled.body.values[0].recordedBy.displayName).toBe('Sara Secretariat');

    const future = await record(10, '2099-01-01');
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('measuredOn');
    expect((await team.secretariat.post(`${base}/milestones/${id}/values`, { value: 'many' })).body.errors[0].field).toBe('value');

    // The participant holding the linked action records values; the other participant may not.
    expect((await record(18, '2026-05-01', team.amina)).body).toMatchObject({
      currentValue: 18,
      progress: 1,
      state: 'reached',
      mayRecord: true,
    });
    const other = await record(17, '2026-05-02', team.bilal);
    expect(other.status).toBe(403);
    expect((await team.bilal.get(`${base}/milestones/${id}`)).body.mayRecord).toBe(false);

    const list = (await team.observer.get(`${base}/plans/${plan.id}/milestones`)).body;
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id, currentValue: 18, state: 'reached' });
  });

  it('validates the indicator and the linked action, and answers a stale edit with 409 and the current milestone', async () => {
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [{ title: 'Map hotspots' }]);
    const other = await planWith(team.secretariat, base, [{ title: 'Radio programme' }]);
    const wrongSide = await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, { ...INCIDENTS, target: 60 });
    expect(wrongSide.status).toBe(400);
    expect(wrongSide.body.errors[0]).toMatchObject({
      field: 'target',
      message: 'For an indicator that should decrease, the target cannot be above the baseline.',
    });
    const foreign = await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, { ...INCIDENTS, actionId: other.actions[0].id });
    expect(foreign.body.errors[0].field).toBe('actionId');
    const badDirection = await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, { ...INCIDENTS, direction: 'sideways' });
    expect(badDirection.body.errors[0].field).toBe('direction');
    const noDate = await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, { ...INCIDENTS, dueDate: '2026-02-30' });
    expect(noDate.body.errors[0].field).toBe('dueDate');

    const created = (await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, { ...INCIDENTS, baseline: 20, target: 20 })).body;
    const first = await team.convener.patch(`${base}/milestones/${created.id}`, { title: 'Robberies stay at 20', version: 1 });
    expect(first.body).toMatchObject({ title: 'Robberies stay at 20', version: 2 });
    const stale = await team.secretariat.patch(`${base}/milestones/${created.id}`, { quickWin: true, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', current: { title: 'Robberies stay at 20', version: 2 } });
    expect((await team.secretariat.patch(`${base}/milestones/${created.id}`, { target: 25, version: 2 })).body.errors[0].field).toBe(
      'target',
    );
    expect((await team.amina.patch(`${base}/milestones/${created.id}`, { quickWin: true, version: 2 })).status).toBe(403);

    const races = await Promise.all([
      team.secretariat.patch(`${base}/milestones/${created.id}`, { unit: 'robberies', version: 2 }),
      team.convener.patch(`${base}/milestones/${created.id}`, { unit: 'incidents', version: 2 }),
    ]);
    expect(races.map((reply) => reply.status).sort()).toEqual([200, 409]);
  });

  it('freezes milestones while the plan is proposed, keeps them once approved, and lists those due soon', async () => {
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [{ title: 'Map hotspots', owner: member(team.amina), dueDate: '2026-12-31' }]);
    // Due far ahead, so that on any day the test runs it is not due soon.
    const milestone = (await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, { ...INCIDENTS, dueDate: '2099-12-31' })).body;
    const proposed = (await team.secretariat.post(`${base}/plans/${plan.id}/propose`, { version: plan.version })).body;
    const frozen = await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, INCIDENTS);
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('PLAN_STATE_INVALID');
    // Measuring goes on whatever the plan's state.
    expect((await team.secretariat.post(`${base}/milestones/${milestone.id}/values`, { value: 39 })).status).toBe(201);
    await team.convener.post(`${base}/plans/${plan.id}/approve`, { version: proposed.version });
    expect((await team.secretariat.delete(`${base}/milestones/${milestone.id}`)).body.code).toBe('PLAN_STATE_INVALID');
    const past = await team.secretariat.post(`${base}/plans/${plan.id}/milestones`, {
      ...INCIDENTS,
      title: 'Past due',
      dueDate: '2026-01-31',
    });
    expect(past.status).toBe(201);
    const due = (await team.observer.get(`${base}/milestones?due=due`)).body;
    expect(due.items.map((item: { title: string; state: string }) => `${item.title}:${item.state}`)).toEqual(['Past due:overdue']);
    expect((await team.observer.get(`${base}/milestones`)).body.items).toHaveLength(2);
  });
});

describe('costing the plan through the API', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  const line = (fields: Record<string, unknown> = {}) => ({
    item: 'Fuel for patrols',
    amount: '1500.50',
    currency: 'USD',
    fundingSource: 'EU delegation',
    status: 'secured',
    ...fields,
  });

  it('stores amounts exactly and totals them per currency and funding source, never across currencies, with the gap', async () => {
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [{ title: 'Patrols' }, { title: 'Radio' }]);
    const [patrols, radio] = plan.actions;
    const add = (actionId: string, fields: Record<string, unknown>) =>
      team.secretariat.post(`${base}/actions/${actionId}/cost-lines`, line(fields));
    const first = await add(patrols.id, {});
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ item: 'Fuel for patrols', amount: '1500.50', currency: 'USD', status: 'secured', version: 1 });
    await add(patrols.id, { item: 'Radios', amount: 0.1, status: 'pledged' });
    await add(radio.id, { item: 'Air time', amount: '0.20', status: 'needed', fundingSource: '' });
    await add(radio.id, { item: 'Studio', amount: '250000', currency: 'xof', fundingSource: 'Ministry', status: 'needed' });

    const lines = (await team.observer.get(`${base}/actions/${patrols.id}/cost-lines`)).body;
    expect(lines.items.map((item: { amount: string }) => item.amount)).toEqual(['1500.50', '0.10']);
    expect(lines.mayManage).toBe(false);
    expect(lines.totals.byCurrency).toEqual([
      { currency: 'USD', total: '1500.60', secured: '1500.50', pledged: '0.10', needed: '0.00', gap: '0.00', notSecured: '0.10' },
    ]);

    const totals = (await team.observer.get(`${base}/plans/${plan.id}/costs`)).body;
    expect(totals.byCurrency).toEqual([
      { currency: 'USD', total: '1500.80', secured: '1500.50', pledged: '0.10', needed: '0.20', gap: '0.20', notSecured: '0.30' },
      {
        currency: 'XOF',
        total: '250000.00',
        secured: '0.00',
        pledged: '0.00',
        needed: '250000.00',
        gap: '250000.00',
        notSecured: '250000.00',
      },
    ]);
    expect(
      totals.byFundingSource.map(
        (s: { currency: string; fundingSource: string; total: string }) => `${s.currency}|${s.fundingSource}|${s.total}`,
      ),
    ).toEqual(['USD||0.20', 'USD|EU delegation|1500.60', 'XOF|Ministry|250000.00']);
  });

  it('answers a negative amount, too many decimals and an unknown currency with clear 400s naming the field', async () => {
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [{ title: 'Patrols' }]);
    const path = `${base}/actions/${plan.actions[0].id}/cost-lines`;
    const negative = await team.secretariat.post(path, line({ amount: '-5' }));
    expect(negative.status).toBe(400);
    expect(negative.body.errors).toEqual([{ field: 'amount', code: 'isAmount', params: {}, message: 'The amount cannot be negative.' }]);
    expect((await team.secretariat.post(path, line({ amount: -0.01 }))).body.errors[0].message).toBe('The amount cannot be negative.');
    expect((await team.secretariat.post(path, line({ amount: '10.005' }))).body.errors[0].message).toBe(
      'Write the amount with at most two decimals.',
    );
    const unknown = await team.secretariat.post(path, line({ currency: 'ABC' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toEqual({
      field: 'currency',
      code: 'isCurrencyCode',
      params: {},
      message: '“ABC” is not a currency code we know: use an ISO 4217 code such as USD, EUR, KES or XOF.',
    });
    const cents = await team.secretariat.post(path, line({ currency: 'XOF', amount: '100.50' }));
    expect(cents.body.errors[0]).toEqual({
      field: 'amount',
      code: 'currencyWholeAmount',
      params: { currency: 'XOF' },
      message: 'XOF has no smaller unit: write a whole amount.',
    });
    expect((await team.secretariat.post(path, line({ status: 'promised' }))).body.errors[0].field).toBe('status');
    expect((await team.secretariat.post(path, line({ amount: '1000000000000' }))).body.errors[0].message).toBe(
      'An amount stops at 999,999,999,999.99.',
    );
    expect((await team.observer.get(`${base}/actions/${plan.actions[0].id}/cost-lines`)).body.items).toEqual([]);
  });

  it('edits a line at its version (409 when stale), freezes costs while the plan is proposed and lets participants only read', async () => {
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [{ title: 'Patrols', owner: member(team.amina), dueDate: '2026-12-31' }]);
    const created = (await team.secretariat.post(`${base}/actions/${plan.actions[0].id}/cost-lines`, line({ status: 'needed' }))).body;
    const pledged = await team.secretariat.patch(`${base}/cost-lines/${created.id}`, { status: 'pledged', version: 1 });
    expect(pledged.body).toMatchObject({ status: 'pledged', amount: '1500.50', version: 2 });
    const stale = await team.convener.patch(`${base}/cost-lines/${created.id}`, { amount: '99', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ status: 'pledged', version: 2 });
    expect((await team.amina.post(`${base}/actions/${plan.actions[0].id}/cost-lines`, line())).status).toBe(403);

    await team.secretariat.post(`${base}/plans/${plan.id}/propose`, { version: plan.version });
    const frozen = await team.secretariat.patch(`${base}/cost-lines/${created.id}`, { status: 'secured', version: 2 });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('PLAN_STATE_INVALID');
  });
});
