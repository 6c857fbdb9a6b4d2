/** The two ids that name a process in the API's paths and the app's URLs; shared by every feature. */
export interface ProcessRef {
  workspaceId: string;
  processId: string;
}

export function processRefOf(process: { workspaceId: string; id: string }): ProcessRef {
  return { workspaceId: process.workspaceId, processId: process.id };
}

/** The tabs of a process page, as their URL segments (`plan/:planId` etc. hang under `plan`). */
export type ProcessTab =
  | 'initiate'
  | 'checklist'
  | 'members'
  | 'stakeholders'
  | 'selection'
  | 'charter'
  | 'agreements'
  | 'plan'
  | 'dashboard'
  | 'details'
  | 'audit';

/** The app URL of a process, or of one of its tabs and what lies under it: `processPath(ref, 'plan', planId)`. */
export function processPath(ref: ProcessRef, tab?: ProcessTab, ...rest: string[]): string {
  const base = `/w/${ref.workspaceId}/p/${ref.processId}`;
  return tab ? [base, tab, ...rest].join('/') : base;
}

/** Just the two ids, e.g. to spread into an API call's path parameters with more (`{ ...processIds(ref), planId }`). */
export function processIds(ref: ProcessRef): ProcessRef {
  return { workspaceId: ref.workspaceId, processId: ref.processId };
}

/** The path parameters of an API call on the process, with more when the route has them (`{ planId }`). */
export function atProcess<Extra extends Record<string, string> = Record<never, never>>(
  ref: ProcessRef,
  extra?: Extra,
): { params: { path: ProcessRef & Extra } } {
  return { params: { path: { ...processIds(ref), ...(extra as Extra) } } };
}
