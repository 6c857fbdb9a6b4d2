import type { ProspectStatus, Stance } from '@common-ground/domain';
import { api, unwrap, unwrapEmpty } from '../../../api';
import type { components } from '../../../api/schema';
import { processIds, type ProcessRef } from '../../../context/process-ref';

type Schemas = components['schemas'];

export type Stakeholder = Schemas['StakeholderDto'];
export type StakeholderDetail = Schemas['StakeholderDetailDto'];
export type StakeholderList = Schemas['StakeholderListDto'];
export type StakeholderInput = Schemas['CreateStakeholderDto'];
export type StakeholderChanges = Schemas['UpdateStakeholderDto'];
export type ContactPoint = Schemas['ContactPointViewDto'];
export type Relationship = Schemas['RelationshipDto'];
export type RelationshipInput = Schemas['CreateRelationshipDto'];
export type RelationshipChanges = Schemas['UpdateRelationshipDto'];
export type StakeholderMap = Schemas['StakeholderMapDto'];
export type MapStakeholder = Schemas['MapStakeholderDto'];
export type MapRelationship = Schemas['MapRelationshipDto'];
export type StakeholderGroupList = Schemas['StakeholderGroupListDto'];
export type Prospect = Schemas['ProspectDto'];
export type ProspectDetail = Schemas['ProspectDetailDto'];
export type ProspectList = Schemas['ProspectListDto'];
export type ProspectInput = Schemas['CreateProspectDto'];
export type ProspectChanges = Schemas['UpdateProspectDto'];
export type Consultation = Schemas['ConsultationDto'];
export type ConsultationInput = Schemas['CreateConsultationDto'];
export type ProspectInvitation = Schemas['ProcessInvitationDto'];
export type ProspectInvitationInput = Omit<Schemas['CreateProcessInvitationDto'], 'prospectId' | 'alternateFor'>;

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';
export interface StakeholderQuery {
  q?: string;
  groupId?: string;
  stance?: Stance;
  page?: number;
}

export interface ProspectQuery {
  q?: string;
  status?: ProspectStatus;
  page?: number;
}

export const PAGE_SIZE = 25;

export function listStakeholders(ref: ProcessRef, query: StakeholderQuery, signal?: AbortSignal): Promise<StakeholderList> {
  return unwrap(api.GET(`${P}/stakeholders`, { params: { path: processIds(ref), query: { ...query, limit: PAGE_SIZE } }, signal }));
}

export function getStakeholder(ref: ProcessRef, stakeholderId: string, signal?: AbortSignal): Promise<StakeholderDetail> {
  return unwrap(api.GET(`${P}/stakeholders/{stakeholderId}`, { params: { path: { ...processIds(ref), stakeholderId } }, signal }));
}

export function createStakeholder(ref: ProcessRef, input: StakeholderInput): Promise<Stakeholder> {
  return unwrap(api.POST(`${P}/stakeholders`, { params: { path: processIds(ref) }, body: input }));
}

export function updateStakeholder(ref: ProcessRef, stakeholderId: string, changes: StakeholderChanges): Promise<Stakeholder> {
  return unwrap(api.PATCH(`${P}/stakeholders/{stakeholderId}`, { params: { path: { ...processIds(ref), stakeholderId } }, body: changes }));
}

export function deleteStakeholder(ref: ProcessRef, stakeholderId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/stakeholders/{stakeholderId}`, { params: { path: { ...processIds(ref), stakeholderId } } }));
}

export function createRelationship(ref: ProcessRef, input: RelationshipInput): Promise<Relationship> {
  return unwrap(api.POST(`${P}/stakeholder-relationships`, { params: { path: processIds(ref) }, body: input }));
}

export function updateRelationship(ref: ProcessRef, relationshipId: string, changes: RelationshipChanges): Promise<Relationship> {
  return unwrap(
    api.PATCH(`${P}/stakeholder-relationships/{relationshipId}`, {
      params: { path: { ...processIds(ref), relationshipId } },
      body: changes,
    }),
  );
}

export function deleteRelationship(ref: ProcessRef, relationshipId: string): Promise<void> {
  return unwrapEmpty(
    api.DELETE(`${P}/stakeholder-relationships/{relationshipId}`, { params: { path: { ...processIds(ref), relationshipId } } }),
  );
}

export function getStakeholderMap(ref: ProcessRef, signal?: AbortSignal): Promise<StakeholderMap> {
  return unwrap(api.GET(`${P}/stakeholder-map`, { params: { path: processIds(ref) }, signal }));
}

export function listGroups(ref: ProcessRef, signal?: AbortSignal): Promise<StakeholderGroupList> {
  return unwrap(api.GET(`${P}/stakeholder-groups`, { params: { path: processIds(ref) }, signal }));
}

export function listProspects(ref: ProcessRef, query: ProspectQuery, signal?: AbortSignal): Promise<ProspectList> {
  return unwrap(api.GET(`${P}/prospects`, { params: { path: processIds(ref), query: { ...query, limit: PAGE_SIZE } }, signal }));
}

export function getProspect(ref: ProcessRef, prospectId: string, signal?: AbortSignal): Promise<ProspectDetail> {
  return unwrap(api.GET(`${P}/prospects/{prospectId}`, { params: { path: { ...processIds(ref), prospectId } }, signal }));
}

export function createProspect(ref: ProcessRef, input: ProspectInput): Promise<ProspectDetail> {
  return unwrap(api.POST(`${P}/prospects`, { params: { path: processIds(ref) }, body: input }));
}

export function updateProspect(ref: ProcessRef, prospectId: string, changes: ProspectChanges): Promise<ProspectDetail> {
  return unwrap(api.PATCH(`${P}/prospects/{prospectId}`, { params: { path: { ...processIds(ref), prospectId } }, body: changes }));
}

export function changeProspectStatus(
  ref: ProcessRef,
  prospectId: string,
  status: ProspectStatus,
  version: number,
): Promise<ProspectDetail> {
  return unwrap(
    api.POST(`${P}/prospects/{prospectId}/status`, { params: { path: { ...processIds(ref), prospectId } }, body: { status, version } }),
  );
}

export function deleteProspect(ref: ProcessRef, prospectId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/prospects/{prospectId}`, { params: { path: { ...processIds(ref), prospectId } } }));
}

export function addConsultation(ref: ProcessRef, prospectId: string, input: ConsultationInput): Promise<ProspectDetail> {
  return unwrap(
    api.POST(`${P}/prospects/{prospectId}/consultations`, { params: { path: { ...processIds(ref), prospectId } }, body: input }),
  );
}

export function deleteConsultation(ref: ProcessRef, prospectId: string, consultationId: string): Promise<void> {
  return unwrapEmpty(
    api.DELETE(`${P}/prospects/{prospectId}/consultations/{consultationId}`, {
      params: { path: { ...processIds(ref), prospectId, consultationId } },
    }),
  );
}

/** Invites the prospect to the process: they become invited now and active when they accept. */
export function inviteProspect(ref: ProcessRef, prospectId: string, input: ProspectInvitationInput): Promise<ProspectInvitation> {
  return unwrap(api.POST(`${P}/invitations`, { params: { path: processIds(ref) }, body: { ...input, prospectId } }));
}
