import {
  api,
  unwrap,
  type CreateDecisionInput,
  type Decision,
  type DecisionPage,
  type DecisionRule,
  type DecisionRules,
  type Objections,
  type SetDecisionRuleInput,
} from '../../../api';
import { atProcess, type ProcessRef } from '../../../context/process-ref';
import type { QuestionKind } from '@common-ground/domain';

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';

const at = (ref: ProcessRef, decisionId: string) => ({ params: { path: { ...atProcess(ref).params.path, decisionId } } });

export function getDecisions(ref: ProcessRef, cursor: string | null, signal?: AbortSignal): Promise<DecisionPage> {
  return unwrap(api.GET(`${P}/decisions`, { params: { path: atProcess(ref).params.path, query: cursor ? { cursor } : {} }, signal }));
}

export function getDecision(ref: ProcessRef, decisionId: string, signal?: AbortSignal): Promise<Decision> {
  return unwrap(api.GET(`${P}/decisions/{decisionId}`, { ...at(ref, decisionId), signal }));
}

export function createDecision(ref: ProcessRef, input: CreateDecisionInput): Promise<Decision> {
  return unwrap(api.POST(`${P}/decisions`, { ...atProcess(ref), body: input }));
}

export function closeDecision(ref: ProcessRef, decisionId: string, version: number): Promise<Decision> {
  return unwrap(api.POST(`${P}/decisions/{decisionId}/close`, { ...at(ref, decisionId), body: { version } }));
}

export function recordOutcome(
  ref: ProcessRef,
  decisionId: string,
  input: { outcomeStatement: string; reviewOn: string | null; version: number },
): Promise<Decision> {
  return unwrap(api.PUT(`${P}/decisions/{decisionId}/outcome`, { ...at(ref, decisionId), body: input }));
}

export function takePosition(
  ref: ProcessRef,
  decisionId: string,
  input: { position?: 'agree' | 'stand_aside' | 'block'; choice?: number; reason?: string },
): Promise<Decision> {
  return unwrap(api.PUT(`${P}/decisions/{decisionId}/position`, { ...at(ref, decisionId), body: input }));
}

export function castBallot(ref: ProcessRef, decisionId: string, choice: number): Promise<Decision> {
  return unwrap(api.POST(`${P}/decisions/{decisionId}/ballot`, { ...at(ref, decisionId), body: { choice } }));
}

export function getDecisionRules(ref: ProcessRef, signal?: AbortSignal): Promise<DecisionRules> {
  return unwrap(api.GET(`${P}/decision-rules`, { ...atProcess(ref), signal }));
}

export function setDecisionRule(ref: ProcessRef, questionKind: QuestionKind, input: SetDecisionRuleInput): Promise<DecisionRule> {
  return unwrap(
    api.PUT(`${P}/decision-rules/{questionKind}`, { params: { path: { ...atProcess(ref).params.path, questionKind } }, body: input }),
  );
}

export function getObjections(ref: ProcessRef, signal?: AbortSignal): Promise<Objections> {
  return unwrap(api.GET(`${P}/objections`, { ...atProcess(ref), signal }));
}

export function reviewObjection(
  ref: ProcessRef,
  objectionId: string,
  how: 'answer' | 'withdrawal',
  input: { note: string; version: number },
): Promise<Objections> {
  const params = { params: { path: { ...atProcess(ref).params.path, objectionId } }, body: input };
  return unwrap(
    how === 'answer'
      ? api.PUT(`${P}/objections/{objectionId}/answer`, params)
      : api.PUT(`${P}/objections/{objectionId}/withdrawal`, params),
  );
}
