import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Action, ACTION_NAMES, ACTIONS, can, type Grants, PROCESS_ROLES } from '@common-ground/domain';
import { ModulesContainer } from '@nestjs/core';
import { PERMISSION_KEY, PUBLIC_KEY } from '../src/common/access.decorators';
import { Client, createProcess, createWorkspace, joinWorkspace, type Reply, startTestApp, type TestApp, uniqueEmail } from './harness';

interface Subject {
  name: string;
  grants: Grants;
  client: Client;
}

interface Fixture {
  workspaceId: string;
  processId: string;
  founder: Client;
  spareUserId: string;
}

/** One request per action of the matrix; a new action must add its row here or the coverage test fails. */
const REQUESTS: Record<Exclude<Action, 'workspace.create' | 'workspace.list' | 'invitation.accept'>, (who: Client, f: Fixture) => Promise<Reply>> = {
  'workspace.view': (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}`),
  'workspace.rename': async (who, f) => {
    const current = await f.founder.get(`/api/v1/workspaces/${f.workspaceId}`);
    return who.patch(`/api/v1/workspaces/${f.workspaceId}`, { name: 'Renamed', version: current.body.version });
  },
  'workspace.members.view': (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/members`),
  'workspace.members.invite': (who, f) => who.post(`/api/v1/workspaces/${f.workspaceId}/invitations`, { email: uniqueEmail('guest'), role: 'member' }),
  'process.create': (who, f) => who.post(`/api/v1/workspaces/${f.workspaceId}/processes`, { title: 'New', level: 'local', wheelAreas: [], ownershipTarget: 'information_sharing', timezone: 'UTC' }),
  'process.list': (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/processes`),
  'process.view': (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/processes/${f.processId}`),
  'process.edit': (who, f) => who.patch(`/api/v1/workspaces/${f.workspaceId}/processes/${f.processId}`, { title: 'Edited', version: 1 }),
  'process.archive': (who, f) => who.post(`/api/v1/workspaces/${f.workspaceId}/processes/${f.processId}/archive`, { version: 1 }),
  'process.transition': (who, f) =>
    who.post(`/api/v1/workspaces/${f.workspaceId}/processes/${f.processId}/transitions`, { toPhase: 'design', version: 1, justification: 'Matrix test override.' }),
  'process.members.view': (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/processes/${f.processId}/members`),
  'process.members.manage': (who, f) => who.post(`/api/v1/workspaces/${f.workspaceId}/processes/${f.processId}/members`, { userId: f.spareUserId, role: 'observer' }),
};

describe('permission matrix, cell by cell, through HTTP', () => {
  let server: TestApp;
  let founder: Client;
  let workspaceId: string;
  let spareUserId: string;
  const subjects: Subject[] = [];

  beforeAll(async () => {
    server = await startTestApp();
    founder = await new Client(server.url).signUp('Founder');
    workspaceId = await createWorkspace(founder, 'Matrix');
    for (const role of ['owner', 'admin', 'member'] as const) {
      const client = await new Client(server.url).signUp(`ws-${role}`);
      await joinWorkspace(founder, client, workspaceId, role);
      subjects.push({ name: `workspace ${role} outside the process`, grants: { workspaceRole: role }, client });
    }
    for (const role of PROCESS_ROLES) {
      const client = await new Client(server.url).signUp(`p-${role}`);
      await joinWorkspace(founder, client, workspaceId, 'member');
      subjects.push({ name: `${role} (workspace member)`, grants: { workspaceRole: 'member', processRole: role }, client });
    }
    const spare = await new Client(server.url).signUp('Spare');
    spareUserId = await joinWorkspace(founder, spare, workspaceId, 'member');
    const stranger = await new Client(server.url).signUp('Stranger');
    await createWorkspace(stranger, 'Elsewhere');
    subjects.push({ name: 'member of another workspace', grants: {}, client: stranger });
  });
  afterAll(() => server.close());

  it('has a request for every workspace and process action', () => {
    const scoped = ACTION_NAMES.filter((action) => ACTIONS[action].scope !== 'user');
    expect(Object.keys(REQUESTS).sort()).toEqual([...scoped].sort());
  });

  it.each(Object.keys(REQUESTS) as (keyof typeof REQUESTS)[])('enforces %s for every role', async (action) => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const subject of subjects) {
      // A fresh process per cell, so one cell's change (archive, transition) cannot decide another's.
      const process = await createProcess(founder, workspaceId);
      if (subject.grants.processRole) {
        const added = await founder.post(`/api/v1/workspaces/${workspaceId}/processes/${process.id}/members`, { userId: subject.client.user?.id, role: subject.grants.processRole });
        expect(added.status).toBe(201);
      }
      const reply = await REQUESTS[action](subject.client, { workspaceId, processId: process.id, founder, spareUserId });
      const allowed = can(subject.grants, action);
      const hidden = !subject.grants.workspaceRole || (ACTIONS[action].scope === 'process' && !can(subject.grants, 'process.view'));
      expected.push(`${subject.name}: ${allowed ? 'allowed' : hidden ? 404 : 403}`);
      outcomes.push(`${subject.name}: ${reply.status < 300 ? 'allowed' : reply.status}`);
    }
    expect(outcomes).toEqual(expected);
  });
});

describe('default deny', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  it('finds a @Permission or @Public declaration on every route', () => {
    const undeclared: string[] = [];
    let routes = 0;
    for (const module of server.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
        if (!type) continue;
        for (const name of Object.getOwnPropertyNames(type.prototype)) {
          const handler = (type.prototype as Record<string, unknown>)[name];
          if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata('path', handler) === undefined) continue;
          routes += 1;
          const declared = [handler, type].some((target) => Reflect.getMetadata(PERMISSION_KEY, target) !== undefined || Reflect.getMetadata(PUBLIC_KEY, target) === true);
          if (!declared) undeclared.push(`${type.name}.${name}`);
        }
      }
    }
    expect(routes).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });
});
