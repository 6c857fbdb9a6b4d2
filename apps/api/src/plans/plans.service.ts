import { Injectable } from '@nestjs/common';
import {
  approvalGaps,
  assertApprovable,
  assertPlanEditable,
  DomainError,
  DomainErrorCode,
  localDate,
  nextPlanStatus,
  type PlanMove,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import type { ProcessEntity } from '../processes/process.entity';
import { fieldsOf, actionRights, toActionDto } from './action-view';
import type { CreatePlanDto, PlanDto, PlanListDto, PlanListQueryDto, PlanSummaryDto, UpdatePlanDto } from './dto/plan.dto';
import { pageOf, pageResult } from '../common/db/page';
import { type PlanRow, PlansRepository } from './plans.repository';

function toSummary(row: PlanRow): PlanSummaryDto {
  return {
    id: row.id,
    title: row.title,
    goal: row.goal,
    status: row.status,
    actionCount: row.actionCount,
    doneCount: row.doneCount,
    overdueCount: row.overdueCount,
    approvedAt: row.approvedAt ? new Date(row.approvedAt).toISOString() : null,
    approvedBy: row.approvedBy ? { id: row.approvedBy, displayName: row.approverName ?? '' } : null,
    createdAt: new Date(row.createdAt).toISOString(),
    version: row.version,
  };
}

const today = (process: ProcessEntity) => localDate(new Date(), process.timezone);

/** Action plans: list, draft, propose, approve, reopen (the state machine is in libs/domain/src/plans.ts). */
@Injectable()
export class PlansService {
  constructor(private readonly plans: PlansRepository) {}

  async list(ctx: RequestContext, query: PlanListQueryDto): Promise<PlanListDto> {
    const process = processOf(ctx);
    const page = pageOf(query);
    const rows = await this.plans.listPlans(ctx.em, process.id, {
      status: query.status ?? null,
      search: query.q || null,
      today: today(process),
      limit: page.limit + 1,
      offset: page.offset,
    });
    const result = pageResult(rows, page);
    return { items: result.items.map(toSummary), nextCursor: result.nextCursor };
  }

  async get(ctx: RequestContext, planId: string): Promise<PlanDto> {
    const process = processOf(ctx);
    const day = today(process);
    const row = await this.plans.planRow(ctx.em, process.id, planId, day);
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action plan.');
    const actions = await this.plans.listActions(ctx.em, process.id, { planId });
    const rights = await actionRights(ctx, this.plans, process.id);
    return {
      ...toSummary(row),
      actions: actions.map((action) => toActionDto(action, day, rights)),
      gaps: approvalGaps(actions.map(fieldsOf)),
      today: day,
    };
  }

  async create(ctx: RequestContext, dto: CreatePlanDto): Promise<PlanDto> {
    const process = processOf(ctx);
    const id = await this.plans.insertPlan(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      title: dto.title,
      goal: dto.goal,
      createdBy: ctx.actor.id,
    });
    recordAudit(ctx, { objectType: 'action_plan', action: 'created', objectId: id });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, planId: string, dto: UpdatePlanDto): Promise<PlanDto> {
    const plan = await this.lockedPlan(ctx, planId, dto.version);
    assertPlanEditable(plan.status, 'edit');
    await this.plans.updatePlan(ctx.em, plan.id, plan.version, { title: dto.title ?? plan.title, goal: dto.goal ?? plan.goal });
    recordAudit(ctx, {
      objectType: 'action_plan',
      action: 'updated',
      objectId: plan.id,
      payload: { fields: changedFields(dto), version: plan.version + 1 },
    });
    return this.get(ctx, plan.id);
  }

  async remove(ctx: RequestContext, planId: string): Promise<void> {
    const process = processOf(ctx);
    const plan = await this.plans.lockPlan(ctx.em, process.id, planId, 'update');
    if (!plan) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action plan.');
    assertPlanEditable(plan.status, 'delete');
    await this.plans.deletePlan(ctx.em, plan.id);
    recordAudit(ctx, { objectType: 'action_plan', action: 'deleted', objectId: plan.id, payload: { status: plan.status } });
  }

  /** Approval checks the plan's actions while the plan row is locked, so no action changes meanwhile. */
  async move(ctx: RequestContext, planId: string, move: PlanMove, version: number): Promise<PlanDto> {
    const plan = await this.lockedPlan(ctx, planId, version);
    const status = nextPlanStatus(plan.status, move);
    if (move === 'approve') assertApprovable((await this.plans.listActions(ctx.em, plan.processId, { planId: plan.id })).map(fieldsOf));
    const approval = move === 'approve' ? { approvedAt: new Date(), approvedBy: ctx.actor.id } : { approvedAt: null, approvedBy: null };
    await this.plans.updatePlan(ctx.em, plan.id, plan.version, { status, ...approval });
    recordAudit(ctx, {
      objectType: 'action_plan',
      action: 'status_changed',
      objectId: plan.id,
      payload: { move, from: plan.status, status, version: plan.version + 1 },
    });
    return this.get(ctx, plan.id);
  }

  /** The plan locked for a change at `version`; 409 with the current plan when the version is stale. */
  private async lockedPlan(ctx: RequestContext, planId: string, version: number) {
    const process = processOf(ctx);
    const plan = await this.plans.lockPlan(ctx.em, process.id, planId, 'update');
    if (!plan) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action plan.');
    if (plan.version !== version) {
      throw versionConflict('Someone changed this plan since you loaded it.', await this.get(ctx, plan.id));
    }
    return plan;
  }
}
