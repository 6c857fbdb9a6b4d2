import type { WorkspaceRole } from '@common-ground/domain';
import {
  api,
  unwrap,
  unwrapEmpty,
  type CreateInvitationInput,
  type Invitation,
  type InvitationPreview,
  type Workspace,
  type WorkspaceMember,
  type WorkspaceSummary,
} from '../../../api';

const LAST_WORKSPACE_KEY = 'cg.lastWorkspace';

export async function listWorkspaces(signal?: AbortSignal): Promise<WorkspaceSummary[]> {
  const list = await unwrap(api.GET('/api/v1/workspaces', { signal }));
  return list.items;
}

export function createWorkspace(name: string): Promise<Workspace> {
  return unwrap(api.POST('/api/v1/workspaces', { body: { name } }));
}

export function getWorkspace(workspaceId: string, signal?: AbortSignal): Promise<Workspace> {
  return unwrap(api.GET('/api/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } }, signal }));
}

export function renameWorkspace(workspaceId: string, name: string, version: number): Promise<Workspace> {
  return unwrap(api.PATCH('/api/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } }, body: { name, version } }));
}

export async function listWorkspaceMembers(workspaceId: string, signal?: AbortSignal): Promise<WorkspaceMember[]> {
  const list = await unwrap(api.GET('/api/v1/workspaces/{workspaceId}/members', { params: { path: { workspaceId } }, signal }));
  return list.items;
}

export function changeMemberRole(workspaceId: string, userId: string, role: WorkspaceRole): Promise<WorkspaceMember> {
  return unwrap(
    api.PATCH('/api/v1/workspaces/{workspaceId}/members/{userId}', { params: { path: { workspaceId, userId } }, body: { role } }),
  );
}

export function removeMember(workspaceId: string, userId: string): Promise<void> {
  return unwrapEmpty(api.DELETE('/api/v1/workspaces/{workspaceId}/members/{userId}', { params: { path: { workspaceId, userId } } }));
}

export function setWorkspaceSecurity(workspaceId: string, requireTwoFactorForLeads: boolean): Promise<Workspace> {
  return unwrap(
    api.PUT('/api/v1/workspaces/{workspaceId}/security', { params: { path: { workspaceId } }, body: { requireTwoFactorForLeads } }),
  );
}

export async function listInvitations(workspaceId: string, signal?: AbortSignal): Promise<Invitation[]> {
  const list = await unwrap(api.GET('/api/v1/workspaces/{workspaceId}/invitations', { params: { path: { workspaceId } }, signal }));
  return list.items;
}

export function createInvitation(workspaceId: string, input: CreateInvitationInput): Promise<Invitation> {
  return unwrap(api.POST('/api/v1/workspaces/{workspaceId}/invitations', { params: { path: { workspaceId } }, body: input }));
}

export function revokeInvitation(workspaceId: string, invitationId: string): Promise<void> {
  return unwrapEmpty(
    api.DELETE('/api/v1/workspaces/{workspaceId}/invitations/{invitationId}', { params: { path: { workspaceId, invitationId } } }),
  );
}

export function previewInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return unwrap(api.GET('/api/v1/invitations/{token}', { params: { path: { token } }, signal }));
}

/** Accepts the invitation; a process invitation also names the process joined. */
export function acceptInvitation(token: string): Promise<{ workspaceId: string; processId: string | null }> {
  return unwrap(api.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } } }));
}

/** The workspace opened last, to land there after signing in. */
export function rememberWorkspace(workspaceId: string): void {
  try {
    localStorage.setItem(LAST_WORKSPACE_KEY, workspaceId);
  } catch {
    // Storage may be disabled (private mode); landing on the first workspace is fine then.
  }
}

export function lastWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_WORKSPACE_KEY);
  } catch {
    return null;
  }
}
