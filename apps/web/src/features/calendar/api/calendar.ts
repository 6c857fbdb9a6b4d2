import { api, unwrap, unwrapEmpty, type CalendarFeed } from '../../../api';
import { processIds, type ProcessRef } from '../../../context/process-ref';

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';

export function getCalendarFeed(ref: ProcessRef, signal?: AbortSignal): Promise<CalendarFeed> {
  return unwrap(api.GET(`${P}/calendar-feed`, { params: { path: processIds(ref) }, signal }));
}

export function createCalendarFeed(ref: ProcessRef): Promise<CalendarFeed> {
  return unwrap(api.POST(`${P}/calendar-feed`, { params: { path: processIds(ref) } }));
}

export function rotateCalendarFeed(ref: ProcessRef): Promise<CalendarFeed> {
  return unwrap(api.POST(`${P}/calendar-feed/rotate`, { params: { path: processIds(ref) } }));
}

export function revokeCalendarFeed(ref: ProcessRef): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/calendar-feed`, { params: { path: processIds(ref) } }));
}
