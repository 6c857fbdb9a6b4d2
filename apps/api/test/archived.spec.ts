import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Action, can, type Grants, PROCESS_ROLES, writes } from '@common-ground/domain';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp } from './harness';
import { type Route, routesOf, urlOf } from './routes';

interface Person {
  grants: Grants;
  client: Client;
}

const processRoutes = (app: TestApp['app']) => routesOf(app).filter((route) => route.action && route.path.includes(':processId'));

function send(who: Client, route: Route, url: string) {
  if (route.method === 'GET') return who.get(url);
  if (route.method === 'DELETE') return who.delete(url);
  return who.request(route.method, url, {});
}

describe('an archived process is a read-only record on every route', () => {
  let server: TestApp;
  let founder: Client;
  let workspaceId: string;
  let processId: string;
  const people: Person[] = [];

  beforeAll(async () => {
    server = await startTestApp();
    founder = await new Client(server.url).signUp('Founder');
    workspaceId = await createWorkspace(founder, 'Archive');
    processId = (await createProcess(founder, workspaceId)).id as string;
    people.push({ grants: { workspaceRole: 'owner', processRole: 'convener' }, client: founder });
    for (const role of PROCESS_ROLES.filter((r) => r !== 'convener')) {
      const client = await new Client(server.url).signUp(role);
      await joinWorkspace(founder, client, workspaceId, 'member');
      const added = await founder.post(`/api/v1/workspaces/${workspaceId}/processes/${processId}/members`, {
        userId: client.user?.id,
        role,
      });
      expect(added.status).toBe(201);
      people.push({ grants: { workspaceRole: 'member', processRole: role }, client });
    }
  });
  afterAll(() => server.close());

  /** Someone whose role grants the action, so that only the process's status can refuse it. */
  const callerOf = (action: Action): Client => {
    const person = people.find((candidate) => can(candidate.grants, action));
    if (!person) throw new Error(`nobody in the fixture may ${action}`);
    return person.client;
  };

  it('says that an action writes exactly when its routes are not GETs', () => {
    const routes = routesOf(server.app).filter((route) => route.action);
    expect(routes.filter((route) => writes(route.action as Action) !== (route.method !== 'GET')).map((route) => route.signature)).toEqual(
      [],
    );
  });

  it('refuses every write with 409 PROCESS_ARCHIVED and answers every read as before', async () => {
    const routes = processRoutes(server.app);
    const urls = new Map(routes.map((route) => [route.signature, urlOf(route, workspaceId, processId)]));
    const reads = routes.filter((route) => route.method === 'GET');
    const readsBefore: string[] = [];
    for (const route of reads)
      readsBefore.push(
        `${route.signature}: ${(await send(callerOf(route.action as Action), route, urls.get(route.signature) as string)).status}`,
      );

    const current = await founder.get(`/api/v1/workspaces/${workspaceId}/processes/${processId}`);
    const archived = await founder.post(`/api/v1/workspaces/${workspaceId}/processes/${processId}/archive`, {
      version: current.body.version,
    });
    expect(archived.body.status).toBe('archived');

    const writeRoutes = routes.filter((route) => route.method !== 'GET');
    expect(writeRoutes.length).toBeGreaterThan(50);
    const refused: string[] = [];
    for (const route of writeRoutes) {
      const reply = await send(callerOf(route.action as Action), route, urls.get(route.signature) as string);
      refused.push(`${route.signature}: ${reply.status} ${reply.body?.type}`);
    }
    expect(refused).toEqual(writeRoutes.map((route) => `${route.signature}: 409 /problems/process-archived`));

    const readsAfter: string[] = [];
    for (const route of reads)
      readsAfter.push(
        `${route.signature}: ${(await send(callerOf(route.action as Action), route, urls.get(route.signature) as string)).status}`,
      );
    expect(readsAfter).toEqual(readsBefore);
    expect(readsAfter).toContain(`GET v1/workspaces/:workspaceId/processes/:processId: 200`);
  });
});

describe('a process of another workspace', () => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  it('is 404 on every process route, even to an admin of the workspace named in the URL', async () => {
    const founder = await new Client(server.url).signUp('Founder A');
    const workspaceA = await createWorkspace(founder, 'A');
    const admin = await new Client(server.url).signUp('Admin A');
    await joinWorkspace(founder, admin, workspaceA, 'admin');
    const other = await new Client(server.url).signUp('Founder B');
    const foreign = (await createProcess(other, await createWorkspace(other, 'B'))).id as string;

    const routes = processRoutes(server.app);
    const replies: string[] = [];
    for (const route of routes) replies.push(`${route.signature}: ${(await send(admin, route, urlOf(route, workspaceA, foreign))).status}`);
    expect(replies).toEqual(routes.map((route) => `${route.signature}: 404`));
  });
});
