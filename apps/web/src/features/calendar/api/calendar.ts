import { api, unwrap, unwrapEmpty, type CalendarFeed } from '../../../api';

export interface ProcessRef {
  workspaceId: string;
  processId: string;
}

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';
const path = (ref: ProcessRef) => ({ workspaceId: ref.workspaceId, processId: ref.processId });

export function getCalendarFeed(ref: ProcessRef, signal?: AbortSignal): Promise<CalendarFeed> {
  return unwrap(api.GET(`${P}/calendar-feed`, { params: { path: path(ref) }, signal }));
}

export function createCalendarFeed(ref: ProcessRef): Promise<CalendarFeed> {
  return unwrap(api.POST(`${P}/calendar-feed`, { params: { path: path(ref) } }));
}

export function rotateCalendarFeed(ref: ProcessRef): Promise<CalendarFeed> {
  return unwrap(api.POST(`${P}/calendar-feed/rotate`, { params: { path: path(ref) } }));
}

export function revokeCalendarFeed(ref: ProcessRef): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/calendar-feed`, { params: { path: path(ref) } }));
}
