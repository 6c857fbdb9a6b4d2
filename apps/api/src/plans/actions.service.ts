import { Injectable } from '@nestjs/common';
import {
  type ActionChange,
  type ActionOwner,
  assertPlanAllows,
  assertValidAction,
  assertValidDependencies,
  DomainError,
  DomainErrorCode,
  localDate,
  PLAN_LIMITS,
  invalidInput,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import { notifyActionAssigned } from '../notifications/producers';
import type { ProcessEntity } from '../processes/process.entity';
import { ownerOf, actionRights, toActionDto } from './action-view';
import type {
  ActionDto,
  ActionListDto,
  AttentionQueryDto,
  CreateActionDto,
  PageQueryDto,
  UpdateActionDto,
  UpdateActionStatusDto,
} from './dto/plan.dto';
import { pageOf, pageResult } from '../common/db/page';
import type { ActionPlanEntity } from './plan.entity';
import { type ActionRow, type ActionWrite, PlansRepository } from './plans.repository';

const noSuchAction = () => new DomainError(DomainErrorCode.NOT_FOUND, 'No such action.');

/** The fields of an edit that only track progress: a proposed plan still accepts those. */
const STATUS_FIELDS = new Set(['status', 'dropReason', 'version']);

/** Actions of a plan: drafted and edited by plan managers, their status also by those who hold them. */
@Injectable()
export class ActionsService {
  constructor(private readonly plans: PlansRepository) {}

  async create(ctx: RequestContext, planId: string, dto: CreateActionDto): Promise<ActionDto> {
    const process = processOf(ctx);
    const plan = await this.plans.lockPlan(ctx.em, process.id, planId, 'share');
    if (!plan) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action plan.');
    assertPlanAllows(plan.status, 'add');
    if ((await this.plans.countActions(ctx.em, plan.id)) >= PLAN_LIMITS.actionsPerPlanMax) {
      throw invalidInput(
        'planActionsFull',
        `A plan holds at most ${PLAN_LIMITS.actionsPerPlanMax} actions; start another plan for another goal.`,
        undefined,
        { max: PLAN_LIMITS.actionsPerPlanMax },
      );
    }
    const status = dto.status ?? 'planned';
    const write: ActionWrite = {
      title: dto.title,
      description: dto.description ?? '',
      owner: dto.owner ?? null,
      startDate: dto.startDate ?? null,
      dueDate: dto.dueDate ?? null,
      wheelArea: dto.wheelArea ?? null,
      status,
      dropReason: status === 'dropped' ? (dto.dropReason ?? null) : null,
    };
    await this.assertValid(ctx, process, plan, null, write, dto.dependsOn);
    const id = await this.plans.insertAction(ctx.em, plan, write, ctx.actor.id);
    if (dto.dependsOn?.length)
      await this.plans.setDependencies(ctx.em, { id, workspaceId: plan.workspaceId, processId: plan.processId }, dto.dependsOn);
    recordAudit(ctx, {
      objectType: 'action',
      action: 'created',
      objectId: id,
      payload: { planId: plan.id, status, dependsOn: dto.dependsOn ?? [] },
    });
    await this.tellHolders(ctx, process, { id, planId: plan.id, title: write.title, dueDate: write.dueDate }, null, write.owner);
    return this.view(ctx, process, id);
  }

  async update(ctx: RequestContext, actionId: string, dto: UpdateActionDto): Promise<ActionDto> {
    const statusOnly = Object.entries(dto).every(([key, value]) => value === undefined || STATUS_FIELDS.has(key));
    let previousOwner: ActionOwner | null = null;
    const changed = await this.change(ctx, actionId, dto.version, statusOnly ? 'status' : 'edit', (current) => {
      previousOwner = ownerOf(current);
      const status = dto.status ?? current.status;
      return {
        write: {
          title: dto.title ?? current.title,
          description: dto.description ?? current.description,
          owner: dto.owner === undefined ? ownerOf(current) : dto.owner,
          startDate: dto.startDate === undefined ? current.startDate : dto.startDate,
          dueDate: dto.dueDate === undefined ? current.dueDate : dto.dueDate,
          wheelArea: dto.wheelArea === undefined ? current.wheelArea : dto.wheelArea,
          status,
          dropReason: status === 'dropped' ? (dto.dropReason === undefined ? current.dropReason : dto.dropReason) : null,
        },
        dependsOn: dto.dependsOn,
      };
    });
    recordAudit(ctx, {
      objectType: 'action',
      action: 'updated',
      objectId: changed.id,
      payload: { fields: changedFields(dto), status: changed.status, version: changed.version },
    });
    const owner = changed.owner ? { kind: changed.owner.kind, id: changed.owner.id } : null;
    await this.tellHolders(ctx, processOf(ctx), changed, previousOwner, owner);
    return changed;
  }

  /** The status route: plan managers for any action, others only for actions they hold (403 otherwise). */
  async updateStatus(ctx: RequestContext, actionId: string, dto: UpdateActionStatusDto): Promise<ActionDto> {
    const changed = await this.change(ctx, actionId, dto.version, 'status', (current, mayUpdate) => {
      if (!mayUpdate(ownerOf(current))) {
        throw new DomainError(
          DomainErrorCode.FORBIDDEN,
          'You can change the status only of actions you hold: yours, your working group’s or your stakeholder group’s.',
        );
      }
      return {
        write: {
          ...current,
          owner: ownerOf(current),
          status: dto.status,
          dropReason: dto.status === 'dropped' ? (dto.dropReason ?? null) : null,
        },
        dependsOn: undefined,
      };
    });
    recordAudit(ctx, {
      objectType: 'action',
      action: 'status_changed',
      objectId: changed.id,
      payload: { status: changed.status, version: changed.version },
    });
    return changed;
  }

  async remove(ctx: RequestContext, actionId: string): Promise<void> {
    const process = processOf(ctx);
    const action = await this.plans.findAction(ctx.em, process.id, actionId);
    if (!action) throw noSuchAction();
    const plan = await this.plans.lockPlan(ctx.em, process.id, action.planId, 'share');
    assertPlanAllows((plan as ActionPlanEntity).status, 'delete');
    await this.plans.deleteAction(ctx.em, action.id);
    recordAudit(ctx, { objectType: 'action', action: 'deleted', objectId: action.id, payload: { planId: action.planId } });
  }

  async get(ctx: RequestContext, actionId: string): Promise<ActionDto> {
    return this.view(ctx, processOf(ctx), actionId);
  }

  /** The process's overdue or blocked actions, one page at a time (the dashboard's "see all"). */
  async needingAttention(ctx: RequestContext, query: AttentionQueryDto): Promise<ActionListDto> {
    const process = processOf(ctx);
    const page = pageOf(query);
    const day = localDate(new Date(), process.timezone);
    const rows = await this.plans.listActions(ctx.em, process.id, {
      attention: query.filter,
      today: day,
      limit: page.limit + 1,
      offset: page.offset,
    });
    const rights = await actionRights(ctx, this.plans, process.id);
    const result = pageResult(rows, page);
    return { items: result.items.map((row) => toActionDto(row, day, rights)), nextCursor: result.nextCursor };
  }

  /** The actions the signed-in person holds in this process, soonest due first. */
  async mine(ctx: RequestContext, query: PageQueryDto): Promise<ActionListDto> {
    const process = processOf(ctx);
    const page = pageOf(query);
    const rows = await this.plans.listActions(ctx.em, process.id, { heldBy: ctx.actor.id, limit: page.limit + 1, offset: page.offset });
    const rights = await actionRights(ctx, this.plans, process.id);
    const result = pageResult(rows, page);
    const day = localDate(new Date(), process.timezone);
    return { items: result.items.map((row) => toActionDto(row, day, rights)), nextCursor: result.nextCursor };
  }

  /**
   * Loads the action and locks its plan, lets `decide` compute the new fields, checks them against the
   * rules and writes them at `version` (409 with the current action when stale).
   */
  private async change(
    ctx: RequestContext,
    actionId: string,
    version: number,
    kind: ActionChange,
    decide: (
      current: ActionRow,
      mayUpdate: (owner: ActionOwner | null) => boolean,
    ) => { write: ActionWrite; dependsOn: string[] | undefined },
  ): Promise<ActionDto> {
    const process = processOf(ctx);
    const found = await this.plans.findAction(ctx.em, process.id, actionId);
    if (!found) throw noSuchAction();
    const plan = (await this.plans.lockPlan(ctx.em, process.id, found.planId, 'share')) as ActionPlanEntity;
    const current = (await this.plans.actionRow(ctx.em, process.id, found.id)) as ActionRow;
    const { write, dependsOn } = decide(current, (await actionRights(ctx, this.plans, process.id)).mayUpdateStatus);
    if (current.version !== version) throw await this.conflict(ctx, process, current.id);
    assertPlanAllows(plan.status, kind);
    await this.assertValid(ctx, process, plan, current.id, write, dependsOn, ownerOf(current));
    if (!(await this.plans.updateAction(ctx.em, current.id, version, write, ctx.actor.id)))
      throw await this.conflict(ctx, process, current.id);
    if (dependsOn)
      await this.plans.setDependencies(ctx.em, { id: current.id, workspaceId: plan.workspaceId, processId: plan.processId }, dependsOn);
    return this.view(ctx, process, current.id);
  }

  /** The action's rules, its owner (when it changes) and its dependencies (when given; serialised per process). */
  private async assertValid(
    ctx: RequestContext,
    process: ProcessEntity,
    plan: ActionPlanEntity,
    actionId: string | null,
    write: ActionWrite,
    dependsOn: string[] | undefined,
    previousOwner: ActionOwner | null = null,
  ): Promise<void> {
    assertValidAction(write, plan.status);
    const ownerChanged = write.owner && (write.owner.kind !== previousOwner?.kind || write.owner.id !== previousOwner.id);
    if (write.owner && ownerChanged && !(await this.plans.ownerExists(ctx.em, process.id, write.owner))) {
      throw invalidInput(
        'actionOwnerUnknown',
        'The owner must be a person, a stakeholder group or a working group of this process.',
        'owner',
      );
    }
    if (dependsOn === undefined || (actionId === null && dependsOn.length === 0)) return;
    await this.plans.lockDependencies(ctx.em, process.id);
    const { graph, titles } = await this.plans.dependencyGraph(ctx.em, process.id);
    assertValidDependencies({ actionId, dependsOn, graph, titles });
  }

  /** A new owner's holders hear that the action is theirs (not when the owner stays the same). */
  private async tellHolders(
    ctx: RequestContext,
    process: ProcessEntity,
    action: { id: string; planId: string; title: string; dueDate: string | null },
    before: ActionOwner | null,
    after: ActionOwner | null,
  ): Promise<void> {
    if (!after || (before && before.kind === after.kind && before.id === after.id)) return;
    await notifyActionAssigned(
      ctx.em,
      { workspaceId: process.workspaceId, processId: process.id, processTitle: process.title },
      { ...action, owner: after },
      ctx.actor.id,
    );
  }

  private async conflict(ctx: RequestContext, process: ProcessEntity, actionId: string): Promise<DomainError> {
    return versionConflict('Someone changed this action since you loaded it.', await this.view(ctx, process, actionId));
  }

  private async view(ctx: RequestContext, process: ProcessEntity, actionId: string): Promise<ActionDto> {
    const row = await this.plans.actionRow(ctx.em, process.id, actionId);
    const rights = await actionRights(ctx, this.plans, process.id);
    if (!row) throw noSuchAction();
    return toActionDto(row, localDate(new Date(), process.timezone), rights);
  }
}
