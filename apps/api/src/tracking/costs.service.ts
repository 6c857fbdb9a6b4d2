import { Injectable } from '@nestjs/common';
import {
  assertAmountFitsCurrency,
  assertCostingAllowed,
  can,
  COST_LIMITS,
  costTotals,
  DomainError,
  DomainErrorCode,
  formatAmount,
  parseAmount,
  invalidInput,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import { type CostLineRow, type CostLineWrite, CostsRepository } from './costs.repository';
import type { CostLineDto, CostLineListDto, CostTotalsDto, CreateCostLineDto, UpdateCostLineDto } from './dto/cost.dto';
import { PlansRepository } from '../plans/plans.repository';

const noSuchLine = () => new DomainError(DomainErrorCode.NOT_FOUND, 'No such cost line.');

function toDto(row: CostLineRow): CostLineDto {
  return {
    id: row.id,
    actionId: row.actionId,
    item: row.item,
    amount: row.amount,
    currency: row.currency,
    fundingSource: row.fundingSource,
    status: row.status,
    version: row.version,
  };
}

/** The amount as exact cents, checked against the currency, written back with two decimals. */
function exactAmount(amount: string | number, currency: string): string {
  const minor = parseAmount(amount);
  assertAmountFitsCurrency(minor, currency);
  return formatAmount(minor);
}

/** Costing the plan: cost lines per action, totals per plan (libs/domain/src/tracking/costs.ts). */
@Injectable()
export class CostsService {
  constructor(
    private readonly costs: CostsRepository,
    private readonly plans: PlansRepository,
  ) {}

  async listForAction(ctx: RequestContext, actionId: string): Promise<CostLineListDto> {
    const process = processOf(ctx);
    const action = await this.plans.actionRow(ctx.em, process.id, actionId);
    if (!action) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action.');
    const lines = await this.costs.listForAction(ctx.em, action.id);
    return {
      items: lines.map(toDto),
      totals: costTotals(lines),
      mayManage: can(ctx.grants, 'plans.manage') && process.status === 'active' && action.planStatus !== 'proposed',
    };
  }

  async planTotals(ctx: RequestContext, planId: string): Promise<CostTotalsDto> {
    const process = processOf(ctx);
    const plan = await this.plans.findPlan(ctx.em, process.id, planId);
    if (!plan) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action plan.');
    return costTotals(await this.costs.planSums(ctx.em, plan.id));
  }

  async create(ctx: RequestContext, actionId: string, dto: CreateCostLineDto): Promise<CostLineDto> {
    const process = processOf(ctx);
    const action = await this.plans.findAction(ctx.em, process.id, actionId);
    if (!action) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action.');
    await this.lockPlanForCosting(ctx, process.id, action.planId);
    if ((await this.costs.countForAction(ctx.em, action.id)) >= COST_LIMITS.linesPerActionMax) {
      throw invalidInput('actionCostLinesFull', `An action holds at most ${COST_LIMITS.linesPerActionMax} cost lines.`, undefined, {
        max: COST_LIMITS.linesPerActionMax,
      });
    }
    const line: CostLineWrite = {
      item: dto.item,
      amount: exactAmount(dto.amount, dto.currency),
      currency: dto.currency,
      fundingSource: dto.fundingSource ?? '',
      status: dto.status,
    };
    const id = await this.costs.insert(
      ctx.em,
      { id: action.id, planId: action.planId, workspaceId: process.workspaceId, processId: process.id },
      line,
      ctx.actor.id,
    );
    recordAudit(ctx, { objectType: 'cost_line', action: 'created', objectId: id, payload: { actionId: action.id, status: line.status } });
    return toDto((await this.costs.find(ctx.em, process.id, id)) as CostLineRow);
  }

  /** Edits at `version`; a stale version answers 409 with the line as it is now. */
  async update(ctx: RequestContext, lineId: string, dto: UpdateCostLineDto): Promise<CostLineDto> {
    const { process, current } = await this.lockedLine(ctx, lineId);
    const conflict = async () =>
      versionConflict(
        'Someone changed this cost line since you loaded it.',
        toDto((await this.costs.find(ctx.em, process.id, current.id)) as CostLineRow),
      );
    if (current.version !== dto.version) throw await conflict();
    const currency = dto.currency ?? current.currency;
    const line: CostLineWrite = {
      item: dto.item ?? current.item,
      amount: exactAmount(dto.amount ?? current.amount, currency),
      currency,
      fundingSource: dto.fundingSource ?? current.fundingSource,
      status: dto.status ?? current.status,
    };
    if (!(await this.costs.update(ctx.em, current.id, dto.version, line))) throw await conflict();
    recordAudit(ctx, {
      objectType: 'cost_line',
      action: 'updated',
      objectId: current.id,
      payload: { fields: changedFields(dto), status: line.status, version: dto.version + 1 },
    });
    return toDto((await this.costs.find(ctx.em, process.id, current.id)) as CostLineRow);
  }

  async remove(ctx: RequestContext, lineId: string): Promise<void> {
    const { current } = await this.lockedLine(ctx, lineId);
    await this.costs.delete(ctx.em, current.id);
    recordAudit(ctx, { objectType: 'cost_line', action: 'deleted', objectId: current.id, payload: { actionId: current.actionId } });
  }

  private async lockedLine(ctx: RequestContext, lineId: string) {
    const process = processOf(ctx);
    const current = await this.costs.find(ctx.em, process.id, lineId);
    if (!current) throw noSuchLine();
    await this.lockPlanForCosting(ctx, process.id, current.planId);
    return { process, current };
  }

  /** The plan locked `FOR SHARE` while its costs change (an approval waits), and its state checked. */
  private async lockPlanForCosting(ctx: RequestContext, processId: string, planId: string): Promise<void> {
    const plan = await this.plans.lockPlan(ctx.em, processId, planId, 'share');
    assertCostingAllowed(plan?.status ?? 'draft');
  }
}
