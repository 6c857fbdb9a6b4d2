import { expect } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, type TestApp } from './harness';

/** A workspace with a convener, a secretariat, two participants and an observer, and fresh processes for each test. */
export interface Team {
  workspaceId: string;
  convener: Client;
  secretariat: Client;
  amina: Client;
  bilal: Client;
  observer: Client;
}

export async function makeTeam(server: TestApp): Promise<Team> {
  const convener = await new Client(server.url).signUp('Convener');
  const workspaceId = await createWorkspace(convener);
  const team = {
    workspaceId,
    convener,
    secretariat: await new Client(server.url).signUp('Sara Secretariat'),
    amina: await new Client(server.url).signUp('Amina Participant'),
    bilal: await new Client(server.url).signUp('Bilal Participant'),
    observer: await new Client(server.url).signUp('Omar Observer'),
  };
  for (const client of [team.secretariat, team.amina, team.bilal, team.observer]) await joinWorkspace(convener, client, workspaceId);
  return team;
}

/** A fresh process with everyone of the team in their role; returns its API path. */
export async function dialogue(team: Team, input: Record<string, unknown> = {}): Promise<string> {
  const process = await createProcess(team.convener, team.workspaceId, input);
  const base = `/api/v1/workspaces/${team.workspaceId}/processes/${process.id}`;
  for (const [client, role] of [
    [team.secretariat, 'secretariat'],
    [team.amina, 'participant'],
    [team.bilal, 'participant'],
    [team.observer, 'observer'],
  ] as const) {
    expect((await team.convener.post(`${base}/members`, { userId: client.user?.id, role })).status).toBe(201);
  }
  return base;
}

export const member = (client: Client) => ({ kind: 'member', id: client.user?.id as string });

/** A plan with the given actions (each `{ title, owner?, dueDate? … }`), approved when asked. */
export async function planWith(
  by: Client,
  base: string,
  actions: Record<string, unknown>[],
  approved = false,
  approver: Client = by,
): Promise<{ id: string; actions: any[]; version: number }> {
  const plan = (await by.post(`${base}/plans`, { title: 'Safer market roads', goal: 'Traders reach the markets safely' })).body;
  for (const action of actions) {
    const added = await by.post(`${base}/plans/${plan.id}/actions`, action);
    expect(added.status).toBe(201);
  }
  let current = (await by.get(`${base}/plans/${plan.id}`)).body;
  if (approved) {
    current = (await by.post(`${base}/plans/${plan.id}/propose`, { version: current.version })).body;
    current = (await approver.post(`${base}/plans/${plan.id}/approve`, { version: current.version })).body;
    expect(current.status).toBe('approved');
  }
  return current;
}
