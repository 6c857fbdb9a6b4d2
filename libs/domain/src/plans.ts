/**
 * Action plans, their actions and the working groups that carry them out (Lesson 11 §5 "Action Plans",
 * §6 "Getting organised"): who does what, how and when, and whether the plan is agreed.
 */
import { DomainError, DomainErrorCode, invalidInput } from './errors';

export const PLAN_STATUSES = ['draft', 'proposed', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { draft: 'Draft', proposed: 'Proposed', approved: 'Approved' };

/**
 * The plan's state machine:
 *   draft → proposed (propose) → approved (approve);
 *   proposed → draft (withdraw: the proposal goes back for changes);
 *   approved → draft (reopen: revising an approved plan un-approves it until it is approved again).
 */
export type PlanMove = 'propose' | 'withdraw' | 'approve' | 'reopen';

const PLAN_MOVES: Record<PlanMove, { from: PlanStatus; to: PlanStatus; verb: string }> = {
  propose: { from: 'draft', to: 'proposed', verb: 'proposed' },
  withdraw: { from: 'proposed', to: 'draft', verb: 'withdrawn' },
  approve: { from: 'proposed', to: 'approved', verb: 'approved' },
  reopen: { from: 'approved', to: 'draft', verb: 'reopened' },
};

export function nextPlanStatus(current: PlanStatus, move: PlanMove): PlanStatus {
  const rule = PLAN_MOVES[move];
  if (rule.from !== current) {
    throw new DomainError(DomainErrorCode.PLAN_STATE_INVALID, `A ${current} plan cannot be ${rule.verb}; only a ${rule.from} one can.`);
  }
  return rule.to;
}

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'blocked', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  dropped: 'Dropped',
};

/** Statuses in which an action is still expected to be carried out. */
export function isOpenStatus(status: ActionStatus): boolean {
  return status !== 'done' && status !== 'dropped';
}

export const WORKING_GROUP_KINDS = ['working_group', 'task_force'] as const;
export type WorkingGroupKind = (typeof WORKING_GROUP_KINDS)[number];

export const WORKING_GROUP_KIND_LABELS: Record<WorkingGroupKind, string> = { working_group: 'Working group', task_force: 'Task force' };

/** Who carries an action out: one person of the process, a stakeholder group, or a working group. */
export const OWNER_KINDS = ['member', 'stakeholder_group', 'working_group'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export interface ActionOwner {
  kind: OwnerKind;
  id: string;
}

export const PLAN_LIMITS = {
  titleMax: 200,
  goalMax: 4000,
  descriptionMax: 4000,
  dropReasonMax: 1000,
  dependenciesMax: 20,
  /** Keeps a plan's page and its approval check bounded; a bigger plan is better split by goal. */
  actionsPerPlanMax: 300,
  workingGroupNameMax: 120,
  mandateMax: 4000,
  workingGroupMembersMax: 200,
} as const;

/** What the plan's state lets one do to its actions. */
export type ActionChange = 'add' | 'edit' | 'status' | 'delete';

/**
 * A draft is edited freely. A proposal is frozen while it is decided, except for the actions' status.
 * An approved plan is carried out: actions are re-assigned, re-scheduled and added as the work adapts
 * (Lesson 11 §6 "Adapting"), but not deleted: an action that will not happen is dropped, with a reason.
 */
export function assertPlanAllows(status: PlanStatus, change: ActionChange): void {
  if (status === 'draft' || change === 'status') return;
  if (status === 'proposed') {
    throw new DomainError(
      DomainErrorCode.PLAN_STATE_INVALID,
      'The plan is proposed for approval; withdraw it to draft before changing its actions.',
    );
  }
  if (change === 'delete') {
    throw new DomainError(
      DomainErrorCode.PLAN_STATE_INVALID,
      'An action of an approved plan is not deleted: set its status to dropped and say why.',
    );
  }
}

/** The plan's own title and goal change only in a draft; reopen an approved plan to revise it. */
export function assertPlanEditable(status: PlanStatus, what: 'edit' | 'delete'): void {
  if (status === 'draft') return;
  throw new DomainError(
    DomainErrorCode.PLAN_STATE_INVALID,
    what === 'edit'
      ? `A ${status} plan is not edited; ${status === 'approved' ? 'reopen' : 'withdraw'} it to draft first.`
      : 'Only a draft plan can be deleted.',
  );
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` date that exists in the calendar. */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The fields of an action that the rules read. Dates are `YYYY-MM-DD`. */
export interface ActionFields {
  owner: ActionOwner | null;
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
  dropReason: string | null;
}

/** Checks one action against the rules of its plan's state; throws naming the first field at fault. */
export function assertValidAction(action: ActionFields, planStatus: PlanStatus): void {
  if (action.startDate && action.dueDate && action.dueDate < action.startDate) {
    throw invalidInput('actionDueBeforeStart', 'The due date cannot be before the start date.', 'dueDate');
  }
  if (action.status === 'dropped' && !(action.dropReason ?? '').trim()) {
    throw invalidInput('actionDropReasonRequired', 'Say why the action is dropped.', 'dropReason');
  }
  if (planStatus === 'approved' && action.status !== 'dropped') {
    if (!action.owner) throw invalidInput('actionOwnerRequired', 'Every action of an approved plan has an owner.', 'owner');
    if (!action.dueDate) throw invalidInput('actionDueDateRequired', 'Every action of an approved plan has a due date.', 'dueDate');
  }
}

export interface ApprovalGap {
  actionId: string;
  title: string;
  missing: ('owner' | 'dueDate')[];
}

/** Actions that keep a plan from approval: each open or finished action needs an owner and a due date. */
export function approvalGaps(actions: readonly (ActionFields & { id: string; title: string })[]): ApprovalGap[] {
  return actions
    .filter((action) => action.status !== 'dropped')
    .map((action) => ({
      actionId: action.id,
      title: action.title,
      missing: [...(action.owner ? [] : ['owner' as const]), ...(action.dueDate ? [] : ['dueDate' as const])],
    }))
    .filter((gap) => gap.missing.length > 0);
}

/** A plan is approved only with at least one action that is not dropped, and no gaps. */
export function assertApprovable(actions: readonly (ActionFields & { id: string; title: string })[]): void {
  if (!actions.some((action) => action.status !== 'dropped')) {
    throw new DomainError(DomainErrorCode.PLAN_NOT_READY, 'Add at least one action before the plan is approved.', undefined, {
      actions: [],
    });
  }
  const gaps = approvalGaps(actions);
  if (gaps.length > 0) {
    const names = gaps.map(
      (gap) => `“${gap.title}” (no ${gap.missing.map((field) => (field === 'owner' ? 'owner' : 'due date')).join(', no ')})`,
    );
    throw new DomainError(
      DomainErrorCode.PLAN_NOT_READY,
      `Every action needs an owner and a due date before the plan is approved: ${names.join('; ')}.`,
      undefined,
      {
        actions: gaps,
      },
    );
  }
}

/** Which actions each action depends on (by id), for the whole process. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/**
 * The cycle that making `actionId` depend on `dependsOn` would close, as a path that starts and ends at
 * `actionId` (A → B → C → A), or null. A cycle through `actionId` exists exactly when one of the new
 * dependencies already reaches `actionId` through the existing edges.
 */
export function findDependencyCycle(graph: DependencyGraph, actionId: string, dependsOn: readonly string[]): string[] | null {
  // Iterative depth-first search (deep chains cannot overflow the stack); `reachedFrom` leads back along the path.
  const reachedFrom = new Map<string, string>();
  const stack: string[] = [];
  for (const start of dependsOn) {
    if (reachedFrom.has(start)) continue;
    reachedFrom.set(start, actionId);
    stack.push(start);
  }
  while (stack.length > 0) {
    const node = stack.pop() as string;
    if (node === actionId) return pathBack(reachedFrom, actionId);
    for (const next of graph.get(node) ?? []) {
      if (next !== actionId && reachedFrom.has(next)) continue;
      reachedFrom.set(next, node);
      if (next === actionId) return pathBack(reachedFrom, actionId);
      stack.push(next);
    }
  }
  return null;
}

/** actionId → … → actionId, read backwards from the edge that closed the circle. */
function pathBack(reachedFrom: ReadonlyMap<string, string>, actionId: string): string[] {
  const path = [actionId];
  let node = reachedFrom.get(actionId) as string;
  while (node !== actionId) {
    path.push(node);
    node = reachedFrom.get(node) as string;
  }
  path.push(actionId);
  return path.reverse();
}

export interface DependencyChange {
  /** The action whose dependencies are set; null for an action not created yet (nothing depends on it). */
  actionId: string | null;
  dependsOn: readonly string[];
  /** The process's dependencies as they are now. */
  graph: DependencyGraph;
  /** The ids of the process's actions, for unknown ones and for naming actions in messages. */
  titles: ReadonlyMap<string, string>;
}

/** An action depends only on other actions of the same process, never on itself, and never in a circle. */
export function assertValidDependencies(change: DependencyChange): void {
  const { actionId, dependsOn, graph, titles } = change;
  if (actionId && dependsOn.includes(actionId)) {
    throw invalidInput('actionDependsOnItself', 'An action cannot depend on itself.', 'dependsOn');
  }
  if (dependsOn.some((id) => !titles.has(id))) {
    throw invalidInput('actionDependencyUnknown', 'An action can depend only on other actions of this process.', 'dependsOn');
  }
  if (!actionId) return;
  const cycle = findDependencyCycle(graph, actionId, dependsOn);
  if (cycle) {
    const names = cycle.map((id) => `“${titles.get(id) ?? id}”`);
    throw new DomainError(
      DomainErrorCode.INVALID_INPUT,
      `These dependencies would form a cycle: ${names.join(' → ')}.`,
      'dependsOn',
      { cycle },
      { reason: 'actionDependencyCycle', params: { titles: cycle.map((id) => titles.get(id) ?? id) } },
    );
  }
}

/** The calendar day it is in a time zone, `YYYY-MM-DD`: what "today" means for a process's deadlines. */
export function localDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Past its due date and not finished. `today` is the process's local date, `YYYY-MM-DD`. */
export function isOverdue(action: { dueDate: string | null; status: ActionStatus }, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && isOpenStatus(action.status);
}

/** The person updating an action, with the groups through which they may own actions. */
export interface ActionHolder {
  userId: string;
  /** Working groups the person leads or belongs to. */
  workingGroupIds: readonly string[];
  /** The stakeholder group the person represents in the process, if any. */
  stakeholderGroupId: string | null;
}

/**
 * Does this person own the action: directly, through a working group they lead or belong to, or as a
 * representative of the stakeholder group that owns it?
 */
export function holdsAction(owner: ActionOwner | null, holder: ActionHolder): boolean {
  if (!owner) return false;
  switch (owner.kind) {
    case 'member':
      return owner.id === holder.userId;
    case 'working_group':
      return holder.workingGroupIds.includes(owner.id);
    case 'stakeholder_group':
      return owner.id === holder.stakeholderGroupId;
  }
}

/** What the Implement gate reads about the plans of a process. */
export interface PlanFacts {
  approvedPlans: number;
  /** Actions of approved plans, not dropped, without an owner. */
  actionsWithoutOwner: number;
  /** Actions of approved plans, not dropped, without a due date. */
  actionsWithoutDueDate: number;
}
