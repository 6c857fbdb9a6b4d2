import {
  api,
  unwrap,
  type AttendanceCode,
  type CreateMeetingInput,
  type CreateStatementInput,
  type Meeting,
  type MeetingAttendance,
  type MeetingInvitationList,
  type MeetingInviteInput,
  type MeetingList,
  type Minutes,
  type MinutesStatement,
  type SaveReviewInput,
  type UpdateMeetingInput,
} from '../../../api';
import { atProcess, type ProcessRef } from '../../../context/process-ref';
import type { RsvpResponse } from '@common-ground/domain';

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}/meetings';

const at = (ref: ProcessRef, meetingId: string) => atProcess(ref, { meetingId });

export function listMeetings(
  ref: ProcessRef,
  when: 'upcoming' | 'past',
  cursor: string | null,
  signal?: AbortSignal,
): Promise<MeetingList> {
  return unwrap(api.GET(P, { params: { path: atProcess(ref).params.path, query: cursor ? { when, cursor } : { when } }, signal }));
}

export function createMeeting(ref: ProcessRef, input: CreateMeetingInput): Promise<Meeting> {
  return unwrap(api.POST(P, { ...atProcess(ref), body: input }));
}

export function getMeeting(ref: ProcessRef, meetingId: string, signal?: AbortSignal): Promise<Meeting> {
  return unwrap(api.GET(`${P}/{meetingId}`, { ...at(ref, meetingId), signal }));
}

export function updateMeeting(ref: ProcessRef, meetingId: string, input: UpdateMeetingInput): Promise<Meeting> {
  return unwrap(api.PATCH(`${P}/{meetingId}`, { ...at(ref, meetingId), body: input }));
}

export function cancelMeeting(ref: ProcessRef, meetingId: string, version: number): Promise<Meeting> {
  return unwrap(api.POST(`${P}/{meetingId}/cancel`, { ...at(ref, meetingId), body: { version } }));
}

export function getInvitations(ref: ProcessRef, meetingId: string, signal?: AbortSignal): Promise<MeetingInvitationList> {
  return unwrap(api.GET(`${P}/{meetingId}/invitations`, { ...at(ref, meetingId), signal }));
}

export function invite(ref: ProcessRef, meetingId: string, input: MeetingInviteInput): Promise<MeetingInvitationList> {
  return unwrap(api.POST(`${P}/{meetingId}/invitations`, { ...at(ref, meetingId), body: input }));
}

export function rsvp(ref: ProcessRef, meetingId: string, response: RsvpResponse, alternateId: string | null): Promise<Meeting> {
  return unwrap(api.POST(`${P}/{meetingId}/rsvp`, { ...at(ref, meetingId), body: { response, alternateId } }));
}

export function newAttendanceCode(ref: ProcessRef, meetingId: string): Promise<AttendanceCode> {
  return unwrap(api.POST(`${P}/{meetingId}/attendance-code`, at(ref, meetingId)));
}

export function getAttendance(ref: ProcessRef, meetingId: string, signal?: AbortSignal): Promise<MeetingAttendance> {
  return unwrap(api.GET(`${P}/{meetingId}/attendance`, { ...at(ref, meetingId), signal }));
}

export function recordAttendance(ref: ProcessRef, meetingId: string, memberIds: string[]): Promise<MeetingAttendance> {
  return unwrap(api.POST(`${P}/{meetingId}/attendance`, { ...at(ref, meetingId), body: { memberIds } }));
}

export function removeAttendance(ref: ProcessRef, meetingId: string, memberId: string): Promise<MeetingAttendance> {
  return unwrap(api.DELETE(`${P}/{meetingId}/attendance/{memberId}`, atProcess(ref, { meetingId, memberId })));
}

export function checkIn(ref: ProcessRef, meetingId: string, code: string): Promise<Meeting> {
  return unwrap(api.POST(`${P}/{meetingId}/check-in`, { ...at(ref, meetingId), body: { code } }));
}

export function getMinutes(ref: ProcessRef, meetingId: string, signal?: AbortSignal): Promise<Minutes> {
  return unwrap(api.GET(`${P}/{meetingId}/minutes`, { ...at(ref, meetingId), signal }));
}

export function addStatement(ref: ProcessRef, meetingId: string, input: CreateStatementInput): Promise<MinutesStatement> {
  return unwrap(api.POST(`${P}/{meetingId}/minutes/statements`, { ...at(ref, meetingId), body: input }));
}

export async function deleteStatement(ref: ProcessRef, meetingId: string, statementId: string): Promise<void> {
  await unwrap(api.DELETE(`${P}/{meetingId}/minutes/statements/{statementId}`, atProcess(ref, { meetingId, statementId })));
}

export function quoteMe(ref: ProcessRef, meetingId: string, statementId: string): Promise<MinutesStatement> {
  return unwrap(api.POST(`${P}/{meetingId}/minutes/statements/{statementId}/quote-me`, atProcess(ref, { meetingId, statementId })));
}

export function addActionPoint(ref: ProcessRef, meetingId: string, text: string): Promise<Minutes> {
  return unwrap(api.POST(`${P}/{meetingId}/minutes/action-points`, { ...at(ref, meetingId), body: { text } }));
}

export function moveMinutes(ref: ProcessRef, meetingId: string, move: 'submit' | 'reopen', version: number): Promise<Minutes> {
  return unwrap(
    move === 'submit'
      ? api.POST(`${P}/{meetingId}/minutes/submit`, { ...at(ref, meetingId), body: { version } })
      : api.POST(`${P}/{meetingId}/minutes/reopen`, { ...at(ref, meetingId), body: { version } }),
  );
}

export function review(ref: ProcessRef, meetingId: string, input: SaveReviewInput): Promise<Minutes> {
  return unwrap(api.POST(`${P}/{meetingId}/minutes/reviews`, { ...at(ref, meetingId), body: input }));
}
