import { type ActionFields, type ActionHolder, type ActionOwner, can, holdsAction, isOverdue } from '@common-ground/domain';
import type { RequestContext } from '../common/request-context';
import type { ActionDto } from './dto/plan.dto';
import type { ActionRow, PlansRepository } from './plans.repository';

export function ownerOf(row: Pick<ActionRow, 'ownerKind' | 'ownerId'>): ActionOwner | null {
  return row.ownerKind && row.ownerId ? { kind: row.ownerKind, id: row.ownerId } : null;
}

export function fieldsOf(row: ActionRow): ActionFields & { id: string; title: string } {
  return {
    id: row.id,
    title: row.title,
    owner: ownerOf(row),
    startDate: row.startDate,
    dueDate: row.dueDate,
    status: row.status,
    dropReason: row.dropReason,
  };
}

/** The matrix actions a participant may take only on actions they hold; plans.manage roles take them on any. */
export type HolderAction = 'actions.updateStatus' | 'actions.reportProgress' | 'milestones.record';

type OwnerRule = (owner: ActionOwner | null) => boolean;

/**
 * May the signed-in person do each of these to an action (given its owner)? Those who manage plans may
 * on any; others whose role grants the action only on the actions they hold (the row-level check on top
 * of the matrix). The groups through which the person holds actions are read once, when needed.
 */
export async function holderRules<A extends HolderAction>(
  ctx: RequestContext,
  plans: PlansRepository,
  processId: string,
  actions: readonly A[],
): Promise<Record<A, OwnerRule>> {
  const manages = can(ctx.grants, 'plans.manage');
  const needsHolder = !manages && actions.some((action) => can(ctx.grants, action));
  const holder: ActionHolder | null = needsHolder
    ? { userId: ctx.actor.id, ...(await plans.holderOf(ctx.em, processId, ctx.actor.id)) }
    : null;
  const rule = (action: A): OwnerRule => {
    if (manages) return () => true;
    if (!holder || !can(ctx.grants, action)) return () => false;
    return (owner) => holdsAction(owner, holder);
  };
  return Object.fromEntries(actions.map((action) => [action, rule(action)])) as Record<A, OwnerRule>;
}

/** What the signed-in person may do to each action, given its owner. */
export interface ActionRights {
  mayUpdateStatus: OwnerRule;
  mayReportProgress: OwnerRule;
}

export async function actionRights(ctx: RequestContext, plans: PlansRepository, processId: string): Promise<ActionRights> {
  const rules = await holderRules(ctx, plans, processId, ['actions.updateStatus', 'actions.reportProgress']);
  return { mayUpdateStatus: rules['actions.updateStatus'], mayReportProgress: rules['actions.reportProgress'] };
}

export function toActionDto(row: ActionRow, today: string, rights: ActionRights): ActionDto {
  const owner = ownerOf(row);
  return {
    id: row.id,
    planId: row.planId,
    planTitle: row.planTitle,
    planStatus: row.planStatus,
    title: row.title,
    description: row.description,
    owner: owner ? { ...owner, name: row.ownerName ?? '' } : null,
    startDate: row.startDate,
    dueDate: row.dueDate,
    wheelArea: row.wheelArea,
    status: row.status,
    dropReason: row.dropReason,
    dependsOn: row.dependsOn,
    overdue: isOverdue(row, today),
    mayUpdateStatus: rights.mayUpdateStatus(owner),
    mayReportProgress: rights.mayReportProgress(owner),
    progressPercent: row.progressPercent,
    statusChangedAt: new Date(row.statusChangedAt).toISOString(),
    version: row.version,
  };
}
