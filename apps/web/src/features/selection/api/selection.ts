import {
  api,
  unwrap,
  unwrapEmpty,
  type ConceptNote,
  type ConceptNoteVersion,
  type ConceptNoteVersionList,
  type CreateProcessInvitationInput,
  type Demographics,
  type DemographicsInput,
  type DoNoHarm,
  type DoNoHarmAnswerInput,
  type Inclusion,
  type ProcessInvitation,
  type ProcessMember,
  type SelectionCriteria,
  type SelectionCriteriaInput,
  type StakeholderGroup,
} from '../../../api';
import { atProcess, type ProcessRef } from '../../../context/process-ref';

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';

export function getCriteria(ref: ProcessRef, signal?: AbortSignal): Promise<SelectionCriteria> {
  return unwrap(api.GET(`${P}/selection/criteria`, { ...atProcess(ref), signal }));
}

export function saveCriteria(ref: ProcessRef, input: SelectionCriteriaInput): Promise<SelectionCriteria> {
  return unwrap(api.PUT(`${P}/selection/criteria`, { ...atProcess(ref), body: input }));
}

export function getDoNoHarm(ref: ProcessRef, signal?: AbortSignal): Promise<DoNoHarm> {
  return unwrap(api.GET(`${P}/selection/do-no-harm`, { ...atProcess(ref), signal }));
}

export function saveDoNoHarm(ref: ProcessRef, answers: DoNoHarmAnswerInput[], version: number): Promise<DoNoHarm> {
  return unwrap(api.PUT(`${P}/selection/do-no-harm`, { ...atProcess(ref), body: { answers, version } }));
}

export function completeDoNoHarm(ref: ProcessRef, version: number): Promise<DoNoHarm> {
  return unwrap(api.POST(`${P}/selection/do-no-harm/complete`, { ...atProcess(ref), body: { version } }));
}

export function getConceptNote(ref: ProcessRef, signal?: AbortSignal): Promise<ConceptNote> {
  return unwrap(api.GET(`${P}/concept-note`, { ...atProcess(ref), signal }));
}

export function listConceptNoteVersions(ref: ProcessRef, before: number | null, signal?: AbortSignal): Promise<ConceptNoteVersionList> {
  return unwrap(
    api.GET(`${P}/concept-note/versions`, {
      params: { path: { workspaceId: ref.workspaceId, processId: ref.processId }, query: { before: before ?? undefined, limit: 10 } },
      signal,
    }),
  );
}

export function getConceptNoteVersion(ref: ProcessRef, number: number, signal?: AbortSignal): Promise<ConceptNoteVersion> {
  return unwrap(
    api.GET(`${P}/concept-note/versions/{number}`, {
      params: { path: { workspaceId: ref.workspaceId, processId: ref.processId, number } },
      signal,
    }),
  );
}

export function saveConceptNote(ref: ProcessRef, body: string, baseVersion: number): Promise<ConceptNoteVersion> {
  return unwrap(api.POST(`${P}/concept-note/versions`, { ...atProcess(ref), body: { body, baseVersion } }));
}

export async function listProcessInvitations(ref: ProcessRef, signal?: AbortSignal): Promise<ProcessInvitation[]> {
  return (await unwrap(api.GET(`${P}/invitations`, { ...atProcess(ref), signal }))).items;
}

export function inviteToProcess(ref: ProcessRef, input: CreateProcessInvitationInput): Promise<ProcessInvitation> {
  return unwrap(api.POST(`${P}/invitations`, { ...atProcess(ref), body: input }));
}

export function revokeProcessInvitation(ref: ProcessRef, invitationId: string): Promise<void> {
  return unwrapEmpty(
    api.DELETE(`${P}/invitations/{invitationId}`, {
      params: { path: { workspaceId: ref.workspaceId, processId: ref.processId, invitationId } },
    }),
  );
}

export function getMyDemographics(ref: ProcessRef, signal?: AbortSignal): Promise<Demographics> {
  return unwrap(api.GET(`${P}/demographics/me`, { ...atProcess(ref), signal }));
}

export function saveMyDemographics(ref: ProcessRef, input: DemographicsInput): Promise<Demographics> {
  return unwrap(api.PUT(`${P}/demographics/me`, { ...atProcess(ref), body: input }));
}

export function getInclusion(ref: ProcessRef, signal?: AbortSignal): Promise<Inclusion> {
  return unwrap(api.GET(`${P}/inclusion`, { ...atProcess(ref), signal }));
}

/** Whom an invitee can represent or stand in for. */
export async function listInvitationChoices(
  ref: ProcessRef,
  signal?: AbortSignal,
): Promise<{ groups: StakeholderGroup[]; principals: ProcessMember[] }> {
  const [groups, members] = await Promise.all([
    unwrap(api.GET(`${P}/stakeholder-groups`, { ...atProcess(ref), signal })),
    unwrap(api.GET(`${P}/members`, { ...atProcess(ref), signal })),
  ]);
  return { groups: groups.items, principals: members.items.filter((member) => member.role === 'participant' && !member.alternateFor) };
}
