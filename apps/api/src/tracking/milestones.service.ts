import { Injectable } from '@nestjs/common';
import {
  addDays,
  assertMeasuredOn,
  assertPlanAllows,
  assertValidIndicator,
  type ActionChange,
  DomainError,
  DomainErrorCode,
  DUE_SOON_DAYS,
  localDate,
  MILESTONE_LIMITS,
  invalidInput,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import type { ProcessEntity } from '../processes/process.entity';
import { holderRules, ownerOf } from '../plans/action-view';
import type {
  CreateMilestoneDto,
  MilestoneDetailDto,
  MilestoneDto,
  MilestoneListDto,
  MilestoneListQueryDto,
  RecordValueDto,
  UpdateMilestoneDto,
} from './dto/milestone.dto';
import { toMilestoneDetail, toMilestoneDto } from './milestone-view';
import { type MilestoneRow, MilestonesRepository, type MilestoneWrite } from './milestones.repository';
import { pageOf, pageResult } from '../common/db/page';
import { PlansRepository } from '../plans/plans.repository';

const noSuchMilestone = () => new DomainError(DomainErrorCode.NOT_FOUND, 'No such milestone.');
const today = (process: ProcessEntity) => localDate(new Date(), process.timezone);

/** Milestones of action plans and the values measured of their indicators (libs/domain/src/tracking/milestones.ts). */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly milestones: MilestonesRepository,
    private readonly plans: PlansRepository,
  ) {}

  async listForPlan(ctx: RequestContext, planId: string): Promise<MilestoneListDto> {
    const process = processOf(ctx);
    if (!(await this.plans.findPlan(ctx.em, process.id, planId))) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action plan.');
    const rows = await this.milestones.listForPlan(ctx.em, process.id, planId);
    return { items: await this.views(ctx, process, rows), nextCursor: null, today: today(process) };
  }

  /** The process's milestones by due date; `due` keeps those not reached and due within 30 days or overdue. */
  async listForProcess(ctx: RequestContext, query: MilestoneListQueryDto): Promise<MilestoneListDto> {
    const process = processOf(ctx);
    const page = pageOf(query);
    const day = today(process);
    const rows = await this.milestones.listForProcess(ctx.em, process.id, {
      dueBy: query.due ? addDays(day, DUE_SOON_DAYS) : null,
      limit: page.limit + 1,
      offset: page.offset,
    });
    const result = pageResult(rows, page);
    return { items: await this.views(ctx, process, result.items), nextCursor: result.nextCursor, today: day };
  }

  async get(ctx: RequestContext, milestoneId: string): Promise<MilestoneDetailDto> {
    const process = processOf(ctx);
    return this.detail(ctx, process, milestoneId);
  }

  async create(ctx: RequestContext, planId: string, dto: CreateMilestoneDto): Promise<MilestoneDetailDto> {
    const process = processOf(ctx);
    const plan = await this.plans.lockPlan(ctx.em, process.id, planId, 'share');
    if (!plan) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action plan.');
    assertPlanAllows(plan.status, 'add');
    if ((await this.milestones.countForPlan(ctx.em, plan.id)) >= MILESTONE_LIMITS.milestonesPerPlanMax) {
      throw invalidInput('planMilestonesFull', `A plan holds at most ${MILESTONE_LIMITS.milestonesPerPlanMax} milestones.`, undefined, {
        max: MILESTONE_LIMITS.milestonesPerPlanMax,
      });
    }
    const write: MilestoneWrite = { ...dto, quickWin: dto.quickWin ?? false, actionId: dto.actionId ?? null };
    await this.assertValid(ctx, plan.id, write);
    const id = await this.milestones.insert(ctx.em, plan, write, ctx.actor.id);
    recordAudit(ctx, {
      objectType: 'milestone',
      action: 'created',
      objectId: id,
      payload: { planId: plan.id, actionId: write.actionId, quickWin: write.quickWin },
    });
    return this.detail(ctx, process, id);
  }

  /** Edits at `version`; a stale version answers 409 with the milestone as it is now. */
  async update(ctx: RequestContext, milestoneId: string, dto: UpdateMilestoneDto): Promise<MilestoneDetailDto> {
    const { process, current } = await this.lockedForChange(ctx, milestoneId, 'edit');
    if (current.version !== dto.version) throw await this.conflict(ctx, process, current.id);
    const write: MilestoneWrite = {
      title: dto.title ?? current.title,
      dueDate: dto.dueDate ?? current.dueDate,
      quickWin: dto.quickWin ?? current.quickWin,
      actionId: dto.actionId === undefined ? current.actionId : dto.actionId,
      unit: dto.unit ?? current.unit,
      baseline: dto.baseline ?? current.baseline,
      target: dto.target ?? current.target,
      direction: dto.direction ?? current.direction,
    };
    await this.assertValid(ctx, current.planId, write);
    if (!(await this.milestones.update(ctx.em, current.id, dto.version, write))) throw await this.conflict(ctx, process, current.id);
    recordAudit(ctx, {
      objectType: 'milestone',
      action: 'updated',
      objectId: current.id,
      payload: { fields: changedFields(dto), version: dto.version + 1 },
    });
    return this.detail(ctx, process, current.id);
  }

  async remove(ctx: RequestContext, milestoneId: string): Promise<void> {
    const { current } = await this.lockedForChange(ctx, milestoneId, 'delete');
    await this.milestones.delete(ctx.em, current.id);
    recordAudit(ctx, { objectType: 'milestone', action: 'deleted', objectId: current.id, payload: { planId: current.planId } });
  }

  /**
   * Appends a value to the series. Plan managers record on any milestone; a participant only on a
   * milestone of an action they hold. The milestone is locked meanwhile, so the latest value wins.
   */
  async recordValue(ctx: RequestContext, milestoneId: string, dto: RecordValueDto): Promise<MilestoneDetailDto> {
    const process = processOf(ctx);
    const milestone = await this.milestones.find(ctx.em, process.id, milestoneId, true);
    if (!milestone) throw noSuchMilestone();
    if (!(await this.mayRecord(ctx, process))(milestone)) {
      throw new DomainError(DomainErrorCode.FORBIDDEN, 'You can record values only for milestones of actions you hold.');
    }
    const day = today(process);
    const measuredOn = dto.measuredOn ?? day;
    assertMeasuredOn(measuredOn, day);
    await this.appendValue(ctx, milestone, { value: dto.value, measuredOn, note: dto.note ?? '', progressUpdateId: null });
    return this.detail(ctx, process, milestone.id);
  }

  /** Appends one value to a milestone (locked by the caller), within the series' size limit. */
  async appendValue(
    ctx: RequestContext,
    milestone: Pick<MilestoneRow, 'id' | 'workspaceId' | 'processId'>,
    value: { value: number; measuredOn: string; note: string; progressUpdateId: string | null },
  ): Promise<void> {
    if ((await this.milestones.countValues(ctx.em, milestone.id)) >= MILESTONE_LIMITS.valuesPerMilestoneMax) {
      throw invalidInput('milestoneValuesFull', `A milestone keeps at most ${MILESTONE_LIMITS.valuesPerMilestoneMax} values.`, 'value', {
        max: MILESTONE_LIMITS.valuesPerMilestoneMax,
      });
    }
    const id = await this.milestones.appendValue(ctx.em, {
      ...value,
      workspaceId: milestone.workspaceId,
      processId: milestone.processId,
      milestoneId: milestone.id,
      recordedBy: ctx.actor.id,
    });
    recordAudit(ctx, {
      objectType: 'milestone_value',
      action: 'recorded',
      objectId: id,
      payload: { milestoneId: milestone.id, measuredOn: value.measuredOn, progressUpdateId: value.progressUpdateId },
    });
  }

  /** The milestone, its plan locked `FOR SHARE` (so nothing changes under an approval) and checked for the change. */
  private async lockedForChange(ctx: RequestContext, milestoneId: string, change: ActionChange) {
    const process = processOf(ctx);
    const found = await this.milestones.find(ctx.em, process.id, milestoneId);
    if (!found) throw noSuchMilestone();
    const plan = await this.plans.lockPlan(ctx.em, process.id, found.planId, 'share');
    assertPlanAllows(plan?.status ?? found.planStatus, change);
    const current = (await this.milestones.find(ctx.em, process.id, found.id)) as MilestoneRow;
    return { process, current };
  }

  private async assertValid(ctx: RequestContext, planId: string, write: MilestoneWrite): Promise<void> {
    assertValidIndicator(write);
    if (write.actionId && !(await this.milestones.actionInPlan(ctx.em, planId, write.actionId))) {
      throw invalidInput('milestoneActionOtherPlan', 'A milestone can be linked only to an action of its own plan.', 'actionId');
    }
  }

  private async mayRecord(ctx: RequestContext, process: ProcessEntity): Promise<(row: MilestoneRow) => boolean> {
    const { 'milestones.record': rule } = await holderRules(ctx, this.plans, process.id, ['milestones.record']);
    return (row) => rule(ownerOf({ ownerKind: row.actionOwnerKind, ownerId: row.actionOwnerId }));
  }

  private async views(ctx: RequestContext, process: ProcessEntity, rows: MilestoneRow[]): Promise<MilestoneDto[]> {
    const mayRecord = await this.mayRecord(ctx, process);
    const day = today(process);
    return rows.map((row) => toMilestoneDto(row, day, mayRecord(row)));
  }

  private async detail(ctx: RequestContext, process: ProcessEntity, milestoneId: string): Promise<MilestoneDetailDto> {
    const row = await this.milestones.find(ctx.em, process.id, milestoneId);
    if (!row) throw noSuchMilestone();
    const values = await this.milestones.values(ctx.em, row.id);
    return toMilestoneDetail(row, values, today(process), (await this.mayRecord(ctx, process))(row));
  }

  private async conflict(ctx: RequestContext, process: ProcessEntity, milestoneId: string): Promise<DomainError> {
    return versionConflict('Someone changed this milestone since you loaded it.', await this.detail(ctx, process, milestoneId));
  }
}
