import type { Phase, ProcessRole, ProcessStatus } from '@common-ground/domain';
import {
  api,
  unwrap,
  unwrapEmpty,
  type CreateProcessInput,
  type Process,
  type ProcessList,
  type ProcessMember,
  type Readiness,
  type StakeholderGroup,
  type StakeholderGroupList,
  type Transition,
  type TransitionResult,
  type UpdateProcessInput,
  type WorkspaceMember,
} from '../../../api';

export const PAGE_SIZE = 20;

export interface ProcessQuery {
  q: string;
  status: ProcessStatus;
  cursor?: string | null;
}

const processPath = (workspaceId: string, processId: string) => ({ params: { path: { workspaceId, processId } } });

export function listProcesses(workspaceId: string, query: ProcessQuery, signal?: AbortSignal): Promise<ProcessList> {
  return unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/processes', {
      params: {
        path: { workspaceId },
        query: { q: query.q || undefined, status: query.status, limit: PAGE_SIZE, cursor: query.cursor ?? undefined },
      },
      signal,
    }),
  );
}

export function createProcess(workspaceId: string, input: CreateProcessInput): Promise<Process> {
  return unwrap(api.POST('/api/v1/workspaces/{workspaceId}/processes', { params: { path: { workspaceId } }, body: input }));
}

export function getProcess(workspaceId: string, processId: string, signal?: AbortSignal): Promise<Process> {
  return unwrap(api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}', { ...processPath(workspaceId, processId), signal }));
}

export function updateProcess(workspaceId: string, processId: string, input: UpdateProcessInput): Promise<Process> {
  return unwrap(
    api.PATCH('/api/v1/workspaces/{workspaceId}/processes/{processId}', { ...processPath(workspaceId, processId), body: input }),
  );
}

export function archiveProcess(workspaceId: string, processId: string, version: number): Promise<Process> {
  return unwrap(
    api.POST('/api/v1/workspaces/{workspaceId}/processes/{processId}/archive', {
      ...processPath(workspaceId, processId),
      body: { version },
    }),
  );
}

export function getReadiness(workspaceId: string, processId: string, signal?: AbortSignal): Promise<Readiness> {
  return unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}/readiness', { ...processPath(workspaceId, processId), signal }),
  );
}

export async function listTransitions(workspaceId: string, processId: string, signal?: AbortSignal): Promise<Transition[]> {
  const list = await unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}/transitions', { ...processPath(workspaceId, processId), signal }),
  );
  return list.items;
}

export interface TransitionInput {
  toPhase: Phase;
  version: number;
  justification?: string;
  reason?: string;
}

export function createTransition(workspaceId: string, processId: string, input: TransitionInput): Promise<TransitionResult> {
  return unwrap(
    api.POST('/api/v1/workspaces/{workspaceId}/processes/{processId}/transitions', { ...processPath(workspaceId, processId), body: input }),
  );
}

export async function listProcessMembers(workspaceId: string, processId: string, signal?: AbortSignal): Promise<ProcessMember[]> {
  const list = await unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}/members', { ...processPath(workspaceId, processId), signal }),
  );
  return list.items;
}

export function addProcessMember(workspaceId: string, processId: string, userId: string, role: ProcessRole): Promise<ProcessMember> {
  return unwrap(
    api.POST('/api/v1/workspaces/{workspaceId}/processes/{processId}/members', {
      ...processPath(workspaceId, processId),
      body: { userId, role },
    }),
  );
}

export function changeProcessMemberRole(workspaceId: string, processId: string, userId: string, role: ProcessRole): Promise<ProcessMember> {
  return unwrap(
    api.PATCH('/api/v1/workspaces/{workspaceId}/processes/{processId}/members/{userId}', {
      params: { path: { workspaceId, processId, userId } },
      body: { role },
    }),
  );
}

export function removeProcessMember(workspaceId: string, processId: string, userId: string): Promise<void> {
  return unwrapEmpty(
    api.DELETE('/api/v1/workspaces/{workspaceId}/processes/{processId}/members/{userId}', {
      params: { path: { workspaceId, processId, userId } },
    }),
  );
}

/** The workspace's people, to pick whom to add to a process. */
export async function listWorkspacePeople(workspaceId: string, signal?: AbortSignal): Promise<WorkspaceMember[]> {
  const list = await unwrap(api.GET('/api/v1/workspaces/{workspaceId}/members', { params: { path: { workspaceId } }, signal }));
  return list.items;
}

const GROUPS = '/api/v1/workspaces/{workspaceId}/processes/{processId}/stakeholder-groups';

export function listStakeholderGroups(workspaceId: string, processId: string, signal?: AbortSignal): Promise<StakeholderGroupList> {
  return unwrap(api.GET(GROUPS, { ...processPath(workspaceId, processId), signal }));
}

export function addStakeholderGroup(
  workspaceId: string,
  processId: string,
  name: string,
  indispensable: boolean,
): Promise<StakeholderGroup> {
  return unwrap(api.POST(GROUPS, { ...processPath(workspaceId, processId), body: { name, indispensable } }));
}

export function addStarterGroups(workspaceId: string, processId: string): Promise<StakeholderGroupList> {
  return unwrap(api.POST(`${GROUPS}/starter`, processPath(workspaceId, processId)));
}

export function setGroupIndispensable(
  workspaceId: string,
  processId: string,
  groupId: string,
  indispensable: boolean,
): Promise<StakeholderGroup> {
  return unwrap(api.PATCH(`${GROUPS}/{groupId}`, { params: { path: { workspaceId, processId, groupId } }, body: { indispensable } }));
}

export function removeStakeholderGroup(workspaceId: string, processId: string, groupId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${GROUPS}/{groupId}`, { params: { path: { workspaceId, processId, groupId } } }));
}

export function setMemberGroup(workspaceId: string, processId: string, userId: string, stakeholderGroupId: string | null): Promise<void> {
  return unwrapEmpty(
    api.PUT('/api/v1/workspaces/{workspaceId}/processes/{processId}/members/{userId}/group', {
      params: { path: { workspaceId, processId, userId } },
      body: { stakeholderGroupId },
    }),
  );
}

export function setMemberAlternate(workspaceId: string, processId: string, userId: string, alternateFor: string | null): Promise<void> {
  return unwrapEmpty(
    api.PUT('/api/v1/workspaces/{workspaceId}/processes/{processId}/members/{userId}/alternate', {
      params: { path: { workspaceId, processId, userId } },
      body: { alternateFor },
    }),
  );
}
