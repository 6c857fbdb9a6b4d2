import { api, unwrap } from '../../../api';
import type { components } from '../../../api/schema';

export type AuditEvent = components['schemas']['AuditEventDto'];
export type AuditEventList = components['schemas']['AuditEventListDto'];
export type AuditVerification = components['schemas']['AuditVerificationDto'];

export const AUDIT_PAGE_SIZE = 50;

export interface AuditScope {
  workspaceId: string;
  /** Set for a process's trail (conveners); null for the workspace's (owners and admins). */
  processId: string | null;
}

export interface AuditFilters {
  processId?: string;
  objectType?: string;
  actorId?: string;
  cursor?: string;
}

export function listAuditEvents(scope: AuditScope, filters: AuditFilters, signal?: AbortSignal): Promise<AuditEventList> {
  const query = {
    objectType: (filters.objectType || undefined) as never,
    actorId: filters.actorId || undefined,
    cursor: filters.cursor,
    limit: AUDIT_PAGE_SIZE,
  };
  if (scope.processId) {
    return unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}/audit/events', {
        params: { path: { workspaceId: scope.workspaceId, processId: scope.processId }, query },
        signal,
      }),
    );
  }
  return unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/audit/events', {
      params: { path: { workspaceId: scope.workspaceId }, query: { ...query, processId: filters.processId || undefined } },
      signal,
    }),
  );
}

export function verifyAuditChain(scope: AuditScope): Promise<AuditVerification> {
  if (scope.processId) {
    return unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}/audit/verification', {
        params: { path: { workspaceId: scope.workspaceId, processId: scope.processId } },
      }),
    );
  }
  return unwrap(api.GET('/api/v1/workspaces/{workspaceId}/audit/verification', { params: { path: { workspaceId: scope.workspaceId } } }));
}

export interface Option {
  id: string;
  label: string;
}

/** The people who can appear in the trail's person filter: the workspace's members, or the process's. */
export async function listPeople(scope: AuditScope, signal?: AbortSignal): Promise<Option[]> {
  const list = scope.processId
    ? await unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}/members', {
          params: { path: { workspaceId: scope.workspaceId, processId: scope.processId } },
          signal,
        }),
      )
    : await unwrap(api.GET('/api/v1/workspaces/{workspaceId}/members', { params: { path: { workspaceId: scope.workspaceId } }, signal }));
  return list.items.map((person) => ({ id: person.userId, label: person.displayName }));
}

/** The workspace's processes, active and archived, for the process filter. */
export async function listProcessOptions(workspaceId: string, signal?: AbortSignal): Promise<Option[]> {
  const [active, archived] = await Promise.all(
    (['active', 'archived'] as const).map((status) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/processes', { params: { path: { workspaceId }, query: { status, limit: 100 } }, signal }),
      ),
    ),
  );
  return [...active.items, ...archived.items].map((process) => ({ id: process.id, label: process.title }));
}
