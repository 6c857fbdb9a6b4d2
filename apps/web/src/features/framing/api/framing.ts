import {
  api,
  unwrap,
  unwrapEmpty,
  type CreateVisionInput,
  type Framing,
  type ProblemStatementVersion,
  type UpdateVisionInput,
  type Vision,
} from '../../../api';
import { atProcess, type ProcessRef } from '../../../context/process-ref';

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';

export function getFraming(ref: ProcessRef, signal?: AbortSignal): Promise<Framing> {
  return unwrap(api.GET(`${P}/framing`, { ...atProcess(ref), signal }));
}

export function getProblemVersion(ref: ProcessRef, number: number, signal?: AbortSignal): Promise<ProblemStatementVersion> {
  return unwrap(
    api.GET(`${P}/problem-statement/versions/{number}`, { params: { path: { ...atProcess(ref).params.path, number } }, signal }),
  );
}

export function saveProblemStatement(ref: ProcessRef, text: string, baseVersion: number): Promise<ProblemStatementVersion> {
  return unwrap(api.POST(`${P}/problem-statement/versions`, { ...atProcess(ref), body: { text, baseVersion } }));
}

export function agreeProblemStatement(ref: ProcessRef, version: number, agreedOn: string | null): Promise<ProblemStatementVersion> {
  return unwrap(api.PUT(`${P}/problem-statement/agreement`, { ...atProcess(ref), body: { version, agreedOn } }));
}

export function addVision(ref: ProcessRef, input: CreateVisionInput): Promise<Vision> {
  return unwrap(api.POST(`${P}/visions`, { ...atProcess(ref), body: input }));
}

export function updateVision(ref: ProcessRef, visionId: string, input: UpdateVisionInput): Promise<Vision> {
  return unwrap(api.PATCH(`${P}/visions/{visionId}`, { params: { path: { ...atProcess(ref).params.path, visionId } }, body: input }));
}

export function removeVision(ref: ProcessRef, visionId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/visions/{visionId}`, { params: { path: { ...atProcess(ref).params.path, visionId } } }));
}
