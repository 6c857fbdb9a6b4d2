import {
  api,
  unwrap,
  unwrapEmpty,
  type CreateActionInput,
  type CreatePlanInput,
  type Plan,
  type PlanAction,
  type PlanActionList,
  type PlanList,
  type ProcessMember,
  type StakeholderGroupList,
  type UpdateActionInput,
  type UpdatePlanInput,
  type WorkingGroup,
  type WorkingGroupInput,
  type WorkingGroupList,
} from '../../../api';
import type { ActionStatus } from '@common-ground/domain';
import { atProcess, processIds, type ProcessRef } from '../../../context/process-ref';

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';

export function listWorkingGroups(ref: ProcessRef, signal?: AbortSignal): Promise<WorkingGroupList> {
  return unwrap(api.GET(`${P}/working-groups`, { ...atProcess(ref), signal }));
}

export function createWorkingGroup(ref: ProcessRef, input: WorkingGroupInput): Promise<WorkingGroup> {
  return unwrap(api.POST(`${P}/working-groups`, { ...atProcess(ref), body: input }));
}

export function updateWorkingGroup(
  ref: ProcessRef,
  groupId: string,
  input: WorkingGroupInput & { version: number },
): Promise<WorkingGroup> {
  return unwrap(api.PUT(`${P}/working-groups/{groupId}`, { params: { path: { ...atProcess(ref).params.path, groupId } }, body: input }));
}

export function removeWorkingGroup(ref: ProcessRef, groupId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/working-groups/{groupId}`, { params: { path: { ...atProcess(ref).params.path, groupId } } }));
}

export function listPlans(ref: ProcessRef, cursor: string | null, signal?: AbortSignal): Promise<PlanList> {
  return unwrap(api.GET(`${P}/plans`, { params: { path: atProcess(ref).params.path, query: cursor ? { cursor } : {} }, signal }));
}

export function createPlan(ref: ProcessRef, input: CreatePlanInput): Promise<Plan> {
  return unwrap(api.POST(`${P}/plans`, { ...atProcess(ref), body: input }));
}

export function getPlan(ref: ProcessRef, planId: string, signal?: AbortSignal): Promise<Plan> {
  return unwrap(api.GET(`${P}/plans/{planId}`, { ...atProcess(ref, { planId: planId }), signal }));
}

export function updatePlan(ref: ProcessRef, planId: string, input: UpdatePlanInput): Promise<Plan> {
  return unwrap(api.PATCH(`${P}/plans/{planId}`, { ...atProcess(ref, { planId: planId }), body: input }));
}

export function removePlan(ref: ProcessRef, planId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/plans/{planId}`, atProcess(ref, { planId: planId })));
}

export type PlanMove = 'propose' | 'withdraw' | 'approve' | 'reopen';

export function movePlan(ref: ProcessRef, planId: string, move: PlanMove, version: number): Promise<Plan> {
  const request = { ...atProcess(ref, { planId: planId }), body: { version } };
  switch (move) {
    case 'propose':
      return unwrap(api.POST(`${P}/plans/{planId}/propose`, request));
    case 'withdraw':
      return unwrap(api.POST(`${P}/plans/{planId}/withdraw`, request));
    case 'approve':
      return unwrap(api.POST(`${P}/plans/{planId}/approve`, request));
    case 'reopen':
      return unwrap(api.POST(`${P}/plans/{planId}/reopen`, request));
  }
}

export function addAction(ref: ProcessRef, planId: string, input: CreateActionInput): Promise<PlanAction> {
  return unwrap(api.POST(`${P}/plans/{planId}/actions`, { ...atProcess(ref, { planId: planId }), body: input }));
}

export function updateAction(ref: ProcessRef, actionId: string, input: UpdateActionInput): Promise<PlanAction> {
  return unwrap(api.PATCH(`${P}/actions/{actionId}`, { ...atProcess(ref, { actionId: actionId }), body: input }));
}

export function setActionStatus(
  ref: ProcessRef,
  actionId: string,
  input: { status: ActionStatus; dropReason?: string | null; version: number },
): Promise<PlanAction> {
  return unwrap(api.PUT(`${P}/actions/{actionId}/status`, { ...atProcess(ref, { actionId: actionId }), body: input }));
}

export function removeAction(ref: ProcessRef, actionId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/actions/{actionId}`, atProcess(ref, { actionId: actionId })));
}

/** One page of the actions the signed-in person holds (a person rarely holds more than a page of 100). */
export function listMyActions(ref: ProcessRef, signal?: AbortSignal): Promise<PlanActionList> {
  return unwrap(api.GET(`${P}/my-actions`, { params: { path: atProcess(ref).params.path, query: { limit: MY_ACTIONS_PAGE } }, signal }));
}

export const MY_ACTIONS_PAGE = 100;

/** The people, stakeholder groups and working groups an action can be given to. */
export interface OwnerChoices {
  members: ProcessMember[];
  stakeholderGroups: StakeholderGroupList['items'];
  workingGroups: WorkingGroup[];
}

export async function getOwnerChoices(ref: ProcessRef, signal?: AbortSignal): Promise<OwnerChoices> {
  const [members, groups, workingGroups] = await Promise.all([
    listMembers(ref, signal),
    listStakeholderGroups(ref, signal),
    listWorkingGroups(ref, signal),
  ]);
  return { members, stakeholderGroups: groups.items, workingGroups: workingGroups.items };
}

export function listStakeholderGroups(ref: ProcessRef, signal?: AbortSignal): Promise<StakeholderGroupList> {
  return unwrap(api.GET(`${P}/stakeholder-groups`, { ...atProcess(ref), signal }));
}

export function listMembers(ref: ProcessRef, signal?: AbortSignal): Promise<ProcessMember[]> {
  return unwrap(api.GET(`${P}/members`, { ...atProcess(ref), signal })).then((list) => list.items);
}

export function getAction(ref: ProcessRef, actionId: string, signal?: AbortSignal): Promise<PlanAction> {
  return unwrap(api.GET(`${P}/actions/{actionId}`, { params: { path: { ...processIds(ref), actionId } }, signal }));
}

export type AttentionFilter = 'overdue' | 'blocked';

export function listActionsNeedingAttention(
  ref: ProcessRef,
  filter: AttentionFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<PlanActionList> {
  return unwrap(
    api.GET(`${P}/actions`, { params: { path: processIds(ref), query: { filter, limit: 50, ...(cursor ? { cursor } : {}) } }, signal }),
  );
}

/** The plan's CSV export: a plain link, so the browser downloads it with the session cookie. */
export function planCsvUrl(ref: ProcessRef, planId: string): string {
  return `/api/v1/workspaces/${ref.workspaceId}/processes/${ref.processId}/plans/${planId}/export.csv`;
}
