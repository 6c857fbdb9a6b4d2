import type { CharterSectionKey } from '@common-ground/domain';
import {
  api,
  unwrap,
  unwrapEmpty,
  type CharterAmendment,
  type CharterBoard,
  type CharterComment,
  type CharterContent,
  type CharterOverview,
  type CharterSignature,
  type CharterVerification,
  type CharterVersion,
  type CreateCharterAmendmentInput,
  type RatificationRuleInput,
} from '../../../api';
import { atProcess, type ProcessRef } from '../../../context/process-ref';

const CHARTER = '/api/v1/workspaces/{workspaceId}/processes/{processId}/charter';
const VERSION = '/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}';

export function getCharter(ref: ProcessRef, signal?: AbortSignal): Promise<CharterOverview> {
  return unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}/charter', {
      ...atProcess(ref),
      signal,
    }),
  );
}

export function startDraft(ref: ProcessRef, fromVersionId?: string): Promise<CharterVersion> {
  return unwrap(
    api.POST('/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions', {
      ...atProcess(ref),
      body: fromVersionId ? { fromVersionId } : {},
    }),
  );
}

export function getVersion(ref: ProcessRef, versionId: string, signal?: AbortSignal): Promise<CharterVersion> {
  return unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}', {
      ...atProcess(ref, { versionId: versionId }),
      signal,
    }),
  );
}

export function saveDraft(ref: ProcessRef, versionId: string, content: CharterContent, version: number): Promise<CharterVersion> {
  return unwrap(
    api.PATCH('/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}', {
      ...atProcess(ref, { versionId: versionId }),
      body: { content, version },
    }),
  );
}

export type VersionMove = 'propose' | 'withdraw' | 'adopt';

export function moveVersion(ref: ProcessRef, versionId: string, move: VersionMove, version: number): Promise<CharterVersion> {
  const options = { ...atProcess(ref, { versionId: versionId }), body: { version } };
  switch (move) {
    case 'propose':
      return unwrap(api.POST('/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/propose', options));
    case 'withdraw':
      return unwrap(api.POST('/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/withdraw', options));
    case 'adopt':
      return unwrap(api.POST('/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/adopt', options));
  }
}

/** Signs for oneself, or, as an alternate the charter allows, for the participant one stands in for. */
export function signVersion(ref: ProcessRef, versionId: string, onBehalfOf?: string): Promise<CharterSignature> {
  return unwrap(
    api.POST('/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/signatures', {
      ...atProcess(ref, { versionId: versionId }),
      body: onBehalfOf ? { onBehalfOf } : {},
    }),
  );
}

export function verifyVersion(ref: ProcessRef, versionId: string): Promise<CharterVerification> {
  return unwrap(
    api.GET(
      '/api/v1/workspaces/{workspaceId}/processes/{processId}/charter/versions/{versionId}/verify',
      atProcess(ref, { versionId: versionId }),
    ),
  );
}

export function declineToSign(ref: ProcessRef, versionId: string, reason: string): Promise<void> {
  return unwrapEmpty(api.POST(`${VERSION}/declines`, { ...atProcess(ref, { versionId: versionId }), body: { reason } }));
}

export function getBoard(ref: ProcessRef, versionId: string, signal?: AbortSignal): Promise<CharterBoard> {
  return unwrap(api.GET(`${VERSION}/board`, { ...atProcess(ref, { versionId: versionId }), signal }));
}

export function setRatificationRule(ref: ProcessRef, rule: RatificationRuleInput): Promise<RatificationRuleInput> {
  return unwrap(api.PUT(`${CHARTER}/rule`, { ...atProcess(ref), body: rule }));
}

/** A plain link: the browser downloads the file with the session cookie. */
export function pdfUrl(ref: ProcessRef, versionId: string): string {
  return `/api/v1/workspaces/${ref.workspaceId}/processes/${ref.processId}/charter/versions/${versionId}/pdf`;
}

export async function listComments(ref: ProcessRef, versionId: string, signal?: AbortSignal): Promise<CharterComment[]> {
  const list = await unwrap(api.GET(`${VERSION}/comments`, { ...atProcess(ref, { versionId: versionId }), signal }));
  return list.items;
}

export function addComment(ref: ProcessRef, versionId: string, sectionKey: CharterSectionKey, body: string): Promise<CharterComment> {
  return unwrap(api.POST(`${VERSION}/comments`, { ...atProcess(ref, { versionId: versionId }), body: { sectionKey, body } }));
}

export async function listAmendments(ref: ProcessRef, versionId: string, signal?: AbortSignal): Promise<CharterAmendment[]> {
  const list = await unwrap(api.GET(`${VERSION}/amendments`, { ...atProcess(ref, { versionId: versionId }), signal }));
  return list.items;
}

export function proposeAmendment(ref: ProcessRef, versionId: string, input: CreateCharterAmendmentInput): Promise<CharterAmendment> {
  return unwrap(api.POST(`${VERSION}/amendments`, { ...atProcess(ref, { versionId: versionId }), body: input }));
}

export function acceptAmendment(ref: ProcessRef, amendmentId: string, reason?: string): Promise<CharterAmendment> {
  return unwrap(
    api.POST(`${CHARTER}/amendments/{amendmentId}/accept`, {
      ...atProcess(ref, { amendmentId: amendmentId }),
      body: reason ? { reason } : {},
    }),
  );
}

export function rejectAmendment(ref: ProcessRef, amendmentId: string, reason: string): Promise<CharterAmendment> {
  return unwrap(
    api.POST(`${CHARTER}/amendments/{amendmentId}/reject`, { ...atProcess(ref, { amendmentId: amendmentId }), body: { reason } }),
  );
}
