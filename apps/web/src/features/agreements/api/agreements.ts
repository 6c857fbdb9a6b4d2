import {
  api,
  unwrap,
  type AccountabilityEntry,
  type AccountabilityInput,
  type AccountabilityMap,
  type AmendGroundRuleInput,
  type Confidentiality,
  type ConfidentialityInput,
  type GrievanceProcedure,
  type GrievanceProcedureInput,
  type GroundRule,
  type GroundRuleComment,
  type GroundRuleCommentList,
  type GroundRuleList,
  type RetireGroundRuleInput,
} from '../../../api';
import { atProcess, type ProcessRef } from '../../../context/process-ref';

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';

export function listGroundRules(ref: ProcessRef, signal?: AbortSignal): Promise<GroundRuleList> {
  return unwrap(api.GET(`${P}/ground-rules`, { ...atProcess(ref), signal }));
}

export function proposeGroundRule(ref: ProcessRef, text: string): Promise<GroundRule> {
  return unwrap(api.POST(`${P}/ground-rules`, { ...atProcess(ref), body: { text } }));
}

export function addSampleRules(ref: ProcessRef): Promise<GroundRuleList> {
  return unwrap(api.POST(`${P}/ground-rules/samples`, atProcess(ref)));
}

export function adoptGroundRules(ref: ProcessRef, ruleIds: string[], decision: string): Promise<GroundRuleList> {
  return unwrap(api.POST(`${P}/ground-rules/adopt`, { ...atProcess(ref), body: { ruleIds, decision } }));
}

export function amendGroundRule(ref: ProcessRef, ruleId: string, input: AmendGroundRuleInput): Promise<GroundRule> {
  return unwrap(api.PATCH(`${P}/ground-rules/{ruleId}`, { ...atProcess(ref, { ruleId: ruleId }), body: input }));
}

export function retireGroundRule(ref: ProcessRef, ruleId: string, input: RetireGroundRuleInput): Promise<GroundRule> {
  return unwrap(api.POST(`${P}/ground-rules/{ruleId}/retire`, { ...atProcess(ref, { ruleId: ruleId }), body: input }));
}

export function listRuleComments(ref: ProcessRef, ruleId: string, signal?: AbortSignal): Promise<GroundRuleCommentList> {
  return unwrap(api.GET(`${P}/ground-rules/{ruleId}/comments`, { ...atProcess(ref, { ruleId: ruleId }), signal }));
}

export function commentOnRule(ref: ProcessRef, ruleId: string, body: string): Promise<GroundRuleComment> {
  return unwrap(api.POST(`${P}/ground-rules/{ruleId}/comments`, { ...atProcess(ref, { ruleId: ruleId }), body: { body } }));
}

export function getAccountability(ref: ProcessRef, signal?: AbortSignal): Promise<AccountabilityMap> {
  return unwrap(api.GET(`${P}/accountability`, { ...atProcess(ref), signal }));
}

export function saveAccountability(ref: ProcessRef, userId: string, input: AccountabilityInput): Promise<AccountabilityEntry> {
  return unwrap(
    api.PUT(`${P}/accountability/{userId}`, {
      params: { path: { workspaceId: ref.workspaceId, processId: ref.processId, userId } },
      body: input,
    }),
  );
}

export function getGrievanceProcedure(ref: ProcessRef, signal?: AbortSignal): Promise<GrievanceProcedure> {
  return unwrap(api.GET(`${P}/grievance-procedure`, { ...atProcess(ref), signal }));
}

export function saveGrievanceProcedure(ref: ProcessRef, input: GrievanceProcedureInput): Promise<GrievanceProcedure> {
  return unwrap(api.PUT(`${P}/grievance-procedure`, { ...atProcess(ref), body: input }));
}

export function getConfidentiality(ref: ProcessRef, signal?: AbortSignal): Promise<Confidentiality> {
  return unwrap(api.GET(`${P}/confidentiality`, { ...atProcess(ref), signal }));
}

export function saveConfidentiality(ref: ProcessRef, input: ConfidentialityInput): Promise<Confidentiality> {
  return unwrap(api.PUT(`${P}/confidentiality`, { ...atProcess(ref), body: input }));
}
