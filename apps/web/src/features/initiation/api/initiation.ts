import { api, unwrap, unwrapEmpty } from '../../../api';
import type {
  ChampionInput,
  Champion,
  ChecklistInput,
  ChecklistStatusList,
  CoreMember,
  CoreMemberInput,
  CostLine,
  CostLineInput,
  FacilitationResource,
  FacilitationResourceInput,
  FundingSource,
  FundingSourceInput,
  Hosting,
  HostingInput,
  InitiationSummary,
  KeyQuestions,
  KeyQuestionsInput,
  Mou,
  MouInput,
  MyChecklist,
  RealityCheck,
  SharedChecklist,
} from './types';
import { atProcess, type ProcessRef } from '../../../context/process-ref';
import type { Page, PageQuery } from '../../../hooks/use-paged-list';

const I = '/api/v1/workspaces/{workspaceId}/processes/{processId}/initiation';

export function getSummary(ref: ProcessRef, signal?: AbortSignal): Promise<InitiationSummary> {
  return unwrap(api.GET(I, { ...atProcess(ref), signal }));
}

export function getKeyQuestions(ref: ProcessRef, signal?: AbortSignal): Promise<KeyQuestions> {
  return unwrap(api.GET(`${I}/key-questions`, { ...atProcess(ref), signal }));
}

export function saveKeyQuestions(ref: ProcessRef, input: KeyQuestionsInput): Promise<KeyQuestions> {
  return unwrap(api.PUT(`${I}/key-questions`, { ...atProcess(ref), body: input }));
}

export function getHosting(ref: ProcessRef, signal?: AbortSignal): Promise<Hosting> {
  return unwrap(api.GET(`${I}/hosting`, { ...atProcess(ref), signal }));
}

export function saveHosting(ref: ProcessRef, input: HostingInput): Promise<Hosting> {
  return unwrap(api.PUT(`${I}/hosting`, { ...atProcess(ref), body: input }));
}

export function getMou(ref: ProcessRef, signal?: AbortSignal): Promise<Mou> {
  return unwrap(api.GET(`${I}/mou`, { ...atProcess(ref), signal }));
}

export function saveMou(ref: ProcessRef, input: MouInput): Promise<Mou> {
  return unwrap(api.PUT(`${I}/mou`, { ...atProcess(ref), body: input }));
}

export function getRealityCheck(ref: ProcessRef, signal?: AbortSignal): Promise<RealityCheck> {
  return unwrap(api.GET(`${I}/reality-check`, { ...atProcess(ref), signal }));
}

export function saveRealityCheck(ref: ProcessRef, input: { contingencyPlan: string; version: number }): Promise<RealityCheck> {
  return unwrap(api.PUT(`${I}/reality-check`, { ...atProcess(ref), body: input }));
}

export function getMyChecklist(ref: ProcessRef, signal?: AbortSignal): Promise<MyChecklist> {
  return unwrap(api.GET(`${I}/my-checklist`, { ...atProcess(ref), signal }));
}

export function saveMyChecklist(ref: ProcessRef, input: ChecklistInput): Promise<MyChecklist> {
  return unwrap(api.PUT(`${I}/my-checklist`, { ...atProcess(ref), body: input }));
}

export function listChecklistStatuses(ref: ProcessRef, signal?: AbortSignal): Promise<ChecklistStatusList> {
  return unwrap(api.GET(`${I}/checklists`, { ...atProcess(ref), signal }));
}

export function getSharedChecklist(ref: ProcessRef, groupId: string, signal?: AbortSignal): Promise<SharedChecklist> {
  return unwrap(api.GET(`${I}/checklists/{groupId}`, { params: { path: { ...atProcess(ref).params.path, groupId } }, signal }));
}

export type { Page, PageQuery };

/** Reading and changing one of the initiation lists; each list gets one of these. */
export interface ListApi<T, Input> {
  page(ref: ProcessRef, query: PageQuery, signal?: AbortSignal): Promise<Page<T>>;
  add(ref: ProcessRef, input: Input): Promise<T>;
  replace(ref: ProcessRef, id: string, input: Input & { version: number }): Promise<T>;
  remove(ref: ProcessRef, id: string): Promise<void>;
}

export const LIST_PAGE_SIZE = 20;

const pageQuery = (query: PageQuery) => ({ q: query.q || undefined, cursor: query.cursor ?? undefined, limit: LIST_PAGE_SIZE });

// One block per list: openapi-fetch types each path separately, so the calls cannot share a path variable.
export const championsApi: ListApi<Champion, ChampionInput> = {
  page: (ref, query, signal) =>
    unwrap(api.GET(`${I}/champions`, { params: { ...atProcess(ref).params, query: pageQuery(query) }, signal })),
  add: (ref, input) => unwrap(api.POST(`${I}/champions`, { ...atProcess(ref), body: input })),
  replace: (ref, id, input) => unwrap(api.PUT(`${I}/champions/{itemId}`, { ...atProcess(ref, { itemId: id }), body: input })),
  remove: (ref, id) => unwrapEmpty(api.DELETE(`${I}/champions/{itemId}`, atProcess(ref, { itemId: id }))),
};

export const coreGroupApi: ListApi<CoreMember, CoreMemberInput> = {
  page: (ref, query, signal) =>
    unwrap(api.GET(`${I}/core-group`, { params: { ...atProcess(ref).params, query: pageQuery(query) }, signal })),
  add: (ref, input) => unwrap(api.POST(`${I}/core-group`, { ...atProcess(ref), body: input })),
  replace: (ref, id, input) => unwrap(api.PUT(`${I}/core-group/{itemId}`, { ...atProcess(ref, { itemId: id }), body: input })),
  remove: (ref, id) => unwrapEmpty(api.DELETE(`${I}/core-group/{itemId}`, atProcess(ref, { itemId: id }))),
};

export const facilitationResourcesApi: ListApi<FacilitationResource, FacilitationResourceInput> = {
  page: (ref, query, signal) =>
    unwrap(api.GET(`${I}/facilitation-resources`, { params: { ...atProcess(ref).params, query: pageQuery(query) }, signal })),
  add: (ref, input) => unwrap(api.POST(`${I}/facilitation-resources`, { ...atProcess(ref), body: input })),
  replace: (ref, id, input) => unwrap(api.PUT(`${I}/facilitation-resources/{itemId}`, { ...atProcess(ref, { itemId: id }), body: input })),
  remove: (ref, id) => unwrapEmpty(api.DELETE(`${I}/facilitation-resources/{itemId}`, atProcess(ref, { itemId: id }))),
};

export const costLinesApi: ListApi<CostLine, CostLineInput> = {
  page: (ref, query, signal) =>
    unwrap(api.GET(`${I}/cost-lines`, { params: { ...atProcess(ref).params, query: pageQuery(query) }, signal })),
  add: (ref, input) => unwrap(api.POST(`${I}/cost-lines`, { ...atProcess(ref), body: input })),
  replace: (ref, id, input) => unwrap(api.PUT(`${I}/cost-lines/{itemId}`, { ...atProcess(ref, { itemId: id }), body: input })),
  remove: (ref, id) => unwrapEmpty(api.DELETE(`${I}/cost-lines/{itemId}`, atProcess(ref, { itemId: id }))),
};

export const fundingSourcesApi: ListApi<FundingSource, FundingSourceInput> = {
  page: (ref, query, signal) =>
    unwrap(api.GET(`${I}/funding-sources`, { params: { ...atProcess(ref).params, query: pageQuery(query) }, signal })),
  add: (ref, input) => unwrap(api.POST(`${I}/funding-sources`, { ...atProcess(ref), body: input })),
  replace: (ref, id, input) => unwrap(api.PUT(`${I}/funding-sources/{itemId}`, { ...atProcess(ref, { itemId: id }), body: input })),
  remove: (ref, id) => unwrapEmpty(api.DELETE(`${I}/funding-sources/{itemId}`, atProcess(ref, { itemId: id }))),
};
