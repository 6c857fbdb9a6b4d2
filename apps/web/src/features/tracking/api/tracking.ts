import {
  api,
  unwrap,
  unwrapEmpty,
  type CostLine,
  type CostLineList,
  type CostTotals,
  type CreateCostLineInput,
  type CreateMilestoneInput,
  type CreateProgressUpdateInput,
  type Dashboard,
  type MilestoneDetail,
  type MilestoneList,
  type ProgressUpdate,
  type ProgressUpdateList,
  type RecordValueInput,
  type ReportBackEntry,
  type ReportBackSchedule,
  type UpdateCostLineInput,
  type UpdateMilestoneInput,
} from '../../../api';
import { processIds, type ProcessRef } from '../../../context/process-ref';

const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';
export function listPlanMilestones(ref: ProcessRef, planId: string, signal?: AbortSignal): Promise<MilestoneList> {
  return unwrap(api.GET(`${P}/plans/{planId}/milestones`, { params: { path: { ...processIds(ref), planId } }, signal }));
}

/** The process's milestones by due date; `due`: only those not reached and due within 30 days or overdue. */
export function listMilestones(ref: ProcessRef, due: boolean, cursor: string | null, signal?: AbortSignal): Promise<MilestoneList> {
  return unwrap(
    api.GET(`${P}/milestones`, {
      params: { path: processIds(ref), query: { limit: 50, ...(due ? { due: 'due' as const } : {}), ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export function createMilestone(ref: ProcessRef, planId: string, input: CreateMilestoneInput): Promise<MilestoneDetail> {
  return unwrap(api.POST(`${P}/plans/{planId}/milestones`, { params: { path: { ...processIds(ref), planId } }, body: input }));
}

export function getMilestone(ref: ProcessRef, milestoneId: string, signal?: AbortSignal): Promise<MilestoneDetail> {
  return unwrap(api.GET(`${P}/milestones/{milestoneId}`, { params: { path: { ...processIds(ref), milestoneId } }, signal }));
}

export function updateMilestone(ref: ProcessRef, milestoneId: string, input: UpdateMilestoneInput): Promise<MilestoneDetail> {
  return unwrap(api.PATCH(`${P}/milestones/{milestoneId}`, { params: { path: { ...processIds(ref), milestoneId } }, body: input }));
}

export function removeMilestone(ref: ProcessRef, milestoneId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/milestones/{milestoneId}`, { params: { path: { ...processIds(ref), milestoneId } } }));
}

export function recordMilestoneValue(ref: ProcessRef, milestoneId: string, input: RecordValueInput): Promise<MilestoneDetail> {
  return unwrap(api.POST(`${P}/milestones/{milestoneId}/values`, { params: { path: { ...processIds(ref), milestoneId } }, body: input }));
}

export function listCostLines(ref: ProcessRef, actionId: string, signal?: AbortSignal): Promise<CostLineList> {
  return unwrap(api.GET(`${P}/actions/{actionId}/cost-lines`, { params: { path: { ...processIds(ref), actionId } }, signal }));
}

export function addCostLine(ref: ProcessRef, actionId: string, input: CreateCostLineInput): Promise<CostLine> {
  return unwrap(api.POST(`${P}/actions/{actionId}/cost-lines`, { params: { path: { ...processIds(ref), actionId } }, body: input }));
}

export function updateCostLine(ref: ProcessRef, costLineId: string, input: UpdateCostLineInput): Promise<CostLine> {
  return unwrap(api.PATCH(`${P}/cost-lines/{costLineId}`, { params: { path: { ...processIds(ref), costLineId } }, body: input }));
}

export function removeCostLine(ref: ProcessRef, costLineId: string): Promise<void> {
  return unwrapEmpty(api.DELETE(`${P}/cost-lines/{costLineId}`, { params: { path: { ...processIds(ref), costLineId } } }));
}

export function getPlanCosts(ref: ProcessRef, planId: string, signal?: AbortSignal): Promise<CostTotals> {
  return unwrap(api.GET(`${P}/plans/{planId}/costs`, { params: { path: { ...processIds(ref), planId } }, signal }));
}

export function listProgress(ref: ProcessRef, actionId: string, cursor: string | null, signal?: AbortSignal): Promise<ProgressUpdateList> {
  return unwrap(
    api.GET(`${P}/actions/{actionId}/progress`, {
      params: { path: { ...processIds(ref), actionId }, query: { limit: 20, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export function reportProgress(ref: ProcessRef, actionId: string, input: CreateProgressUpdateInput): Promise<ProgressUpdate> {
  return unwrap(api.POST(`${P}/actions/{actionId}/progress`, { params: { path: { ...processIds(ref), actionId } }, body: input }));
}

export function getReportBacks(ref: ProcessRef, signal?: AbortSignal): Promise<ReportBackSchedule> {
  return unwrap(api.GET(`${P}/report-backs`, { params: { path: processIds(ref) }, signal }));
}

export function recordReportBack(ref: ProcessRef, userId: string, input: { reportedOn: string; note?: string }): Promise<ReportBackEntry> {
  return unwrap(api.POST(`${P}/report-backs/{userId}`, { params: { path: { ...processIds(ref), userId } }, body: input }));
}

export function getDashboard(ref: ProcessRef, signal?: AbortSignal): Promise<Dashboard> {
  return unwrap(api.GET(`${P}/dashboard`, { params: { path: processIds(ref) }, signal }));
}
