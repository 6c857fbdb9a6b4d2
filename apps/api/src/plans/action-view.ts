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

/**
 * May the signed-in person change an action's status? Those who manage plans may change any; others who
 * hold the status action only the actions they hold (the row-level check on top of the matrix).
 */
export async function statusPermission(
  ctx: RequestContext,
  plans: PlansRepository,
  processId: string,
): Promise<(owner: ActionOwner | null) => boolean> {
  if (can(ctx.grants, 'plans.manage')) return () => true;
  if (!can(ctx.grants, 'actions.updateStatus')) return () => false;
  const holder: ActionHolder = { userId: ctx.actor.id, ...(await plans.holderOf(ctx.em, processId, ctx.actor.id)) };
  return (owner) => holdsAction(owner, holder);
}

export function toActionDto(row: ActionRow, today: string, mayUpdateStatus: (owner: ActionOwner | null) => boolean): ActionDto {
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
    mayUpdateStatus: mayUpdateStatus(owner),
    statusChangedAt: new Date(row.statusChangedAt).toISOString(),
    version: row.version,
  };
}
