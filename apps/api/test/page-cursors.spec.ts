import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './harness';
import { dialogue, makeTeam, member, planWith, type Team } from './implement-fixture';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const ID = '6f1c2a4e-9b7d-4c3a-8e2f-1a2b3c4d5e6f';

/** Cursors come back from clients: a forged one is a 400 naming `cursor`, never a 500 from PostgreSQL. */
const FORGED: [string, string][] = [
  ['valid base64 of an impossible date', b64(`2026-02-31T00:00:00.000000Z|${ID}`)],
  ['valid base64 of a malformed id', b64('2026-02-28T00:00:00.000000Z|------------------------------------')],
  ['valid base64 of an impossible offset', b64('-5')],
  ['valid base64 of garbage', b64('\u0000\u0001 garbage')],
  ['something that is not base64url', 'abc$def'],
  ['an over-long cursor', 'A'.repeat(4000)],
];

describe('page cursors on every list route', () => {
  let server: TestApp;
  let team: Team;
  let routes: string[];

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
    const base = await dialogue(team);
    const plan = await planWith(team.secretariat, base, [{ title: 'Map hotspots', owner: member(team.amina), dueDate: '2026-12-31' }]);
    routes = [
      `/api/v1/workspaces/${team.workspaceId}/processes?`,
      `${base}/plans?`,
      `${base}/actions?filter=overdue&`,
      `${base}/my-actions?`,
      `${base}/milestones?`,
      `${base}/actions/${plan.actions[0].id as string}/progress?`,
      ...['champions', 'core-group', 'facilitation-resources', 'cost-lines', 'funding-sources'].map(
        (list) => `${base}/initiation/${list}?`,
      ),
    ];
  });
  afterAll(() => server.close());

  it('serves the first page of every list route without a cursor', async () => {
    for (const route of routes) expect([route, (await team.convener.get(route)).status]).toEqual([route, 200]);
  });

  it.each(FORGED)('answers %s with 400 INVALID_INPUT naming cursor on every list route', async (_name, cursor) => {
    for (const route of routes) {
      const reply = await team.convener.get(`${route}cursor=${encodeURIComponent(cursor)}`);
      expect([route, reply.status, reply.body.code, reply.body.errors?.[0]?.field]).toEqual([route, 400, 'INVALID_INPUT', 'cursor']);
    }
  });
});
