import { expect } from '@jest/globals';
import { callApi, type Dialogue } from './helpers';

/**
 * What a participant finds waiting on a dialogue under way: an adopted charter to sign, and an action plan
 * "Safer market roads" with two actions the first member holds, one due far ahead and one long overdue.
 * `approvePlan` also proposes and approves the plan. Returns the plan's page.
 */
export async function seedCharterAndPlan(dialogue: Dialogue, options: { approvePlan?: boolean } = {}): Promise<{ planUrl: string }> {
  const convener = dialogue.convener.page;
  const api = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`;
  let version = (await callApi(convener, 'POST', `${api}/charter/versions`, {})).json;
  version = (await callApi(convener, 'POST', `${api}/charter/versions/${version.id as string}/propose`, { version: version.version })).json;
  version = (await callApi(convener, 'POST', `${api}/charter/versions/${version.id as string}/adopt`, { version: version.version })).json;
  expect(version.status).toBe('adopted');

  const plan = (await callApi(convener, 'POST', `${api}/plans`, { title: 'Safer market roads', goal: 'Traders reach the markets safely' }))
    .json;
  const planApi = `${api}/plans/${plan.id as string}`;
  const owner = { kind: 'member', id: dialogue.members[0].userId };
  for (const action of [
    { title: 'Repair the Kousseri bridge', owner, dueDate: '2099-03-01' },
    { title: 'Count the trucks at the border', owner, dueDate: '2020-01-10' },
  ]) {
    expect((await callApi(convener, 'POST', `${planApi}/actions`, action)).status).toBe(201);
  }
  if (options.approvePlan) {
    let current = (await callApi(convener, 'GET', planApi)).json;
    current = (await callApi(convener, 'POST', `${planApi}/propose`, { version: current.version })).json;
    current = (await callApi(convener, 'POST', `${planApi}/approve`, { version: current.version })).json;
    expect(current.status).toBe('approved');
  }
  return { planUrl: `${dialogue.processUrl}/plan/${plan.id as string}` };
}
