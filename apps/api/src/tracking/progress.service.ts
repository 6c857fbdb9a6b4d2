import { Injectable } from '@nestjs/common';
import { assertMeasuredOn, assertValidProgress, DomainError, DomainErrorCode, localDate, invalidInput } from '@common-ground/domain';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import { actionRights, ownerOf } from '../plans/action-view';
import type { PageQueryDto } from '../plans/dto/plan.dto';
import type { CreateProgressUpdateDto, ProgressUpdateDto, ProgressUpdateListDto } from './dto/progress.dto';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesService } from './milestones.service';
import { pageOf, pageResult } from '../common/db/page';
import { PlansRepository } from '../plans/plans.repository';
import { type ProgressRow, ProgressRepository } from './progress.repository';

function toDto(row: ProgressRow): ProgressUpdateDto {
  return {
    id: row.id,
    actionId: row.actionId,
    text: row.body,
    percent: row.percent,
    milestoneId: row.milestoneId,
    milestoneTitle: row.milestoneTitle,
    indicatorValue: row.indicatorValue,
    links: row.links,
    author: { id: row.authorId, displayName: row.authorName },
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

const noSuchAction = () => new DomainError(DomainErrorCode.NOT_FOUND, 'No such action.');

/** Owners report progress on their actions (Lesson 11 §6 "Keeping up the momentum"). */
@Injectable()
export class ProgressService {
  constructor(
    private readonly progress: ProgressRepository,
    private readonly plans: PlansRepository,
    private readonly milestones: MilestonesRepository,
    private readonly milestoneService: MilestonesService,
  ) {}

  async list(ctx: RequestContext, actionId: string, query: PageQueryDto): Promise<ProgressUpdateListDto> {
    const process = processOf(ctx);
    const action = await this.plans.findAction(ctx.em, process.id, actionId);
    if (!action) throw noSuchAction();
    const page = pageOf(query);
    const result = pageResult(await this.progress.listForAction(ctx.em, action.id, { limit: page.limit + 1, offset: page.offset }), page);
    return { items: result.items.map(toDto), nextCursor: result.nextCursor };
  }

  /**
   * Posts an update. Plan managers report on any action; others only on actions they hold (403 otherwise).
   * An indicator value goes to a milestone linked to this action and is appended to its series.
   */
  async create(ctx: RequestContext, actionId: string, dto: CreateProgressUpdateDto): Promise<ProgressUpdateDto> {
    const process = processOf(ctx);
    const action = await this.plans.actionRow(ctx.em, process.id, actionId);
    if (!action) throw noSuchAction();
    if (!(await actionRights(ctx, this.plans, process.id)).mayReportProgress(ownerOf(action))) {
      throw new DomainError(
        DomainErrorCode.FORBIDDEN,
        'You can report progress only on actions you hold: yours, your working group’s or your stakeholder group’s.',
      );
    }
    const report = {
      text: dto.text ?? '',
      percent: dto.percent ?? null,
      indicatorValue: dto.indicatorValue ?? null,
      links: dto.links ?? [],
    };
    assertValidProgress(report);
    const milestone = await this.linkedMilestone(ctx, process.id, action.id, dto);
    const today = localDate(new Date(), process.timezone);
    const measuredOn = dto.measuredOn ?? today;
    assertMeasuredOn(measuredOn, today);
    const id = await this.progress.insert(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      actionId: action.id,
      body: report.text,
      percent: report.percent,
      milestoneId: milestone?.id ?? null,
      indicatorValue: report.indicatorValue,
      links: report.links,
      authorId: ctx.actor.id,
    });
    recordAudit(ctx, {
      objectType: 'progress_update',
      action: 'created',
      objectId: id,
      payload: { actionId: action.id, percent: report.percent, milestoneId: milestone?.id ?? null, links: report.links.length },
    });
    if (milestone && report.indicatorValue !== null) {
      await this.milestoneService.appendValue(ctx, milestone, {
        value: report.indicatorValue,
        measuredOn,
        note: report.text.slice(0, 1000),
        progressUpdateId: id,
      });
    }
    return toDto(await this.progress.find(ctx.em, id));
  }

  /** The milestone the update's indicator value is for (locked for the append), or null; both or neither are given. */
  private async linkedMilestone(ctx: RequestContext, processId: string, actionId: string, dto: CreateProgressUpdateDto) {
    if (dto.milestoneId === undefined && dto.indicatorValue === undefined) return null;
    if (dto.milestoneId === undefined) {
      throw invalidInput('progressMilestoneRequired', 'Say which milestone the indicator value is for.', 'milestoneId');
    }
    if (dto.indicatorValue === undefined) {
      throw invalidInput('progressIndicatorValueRequired', 'Give the indicator’s value for the milestone.', 'indicatorValue');
    }
    const milestone = await this.milestones.find(ctx.em, processId, dto.milestoneId, true);
    if (!milestone || milestone.actionId !== actionId) {
      throw invalidInput('progressMilestoneNotLinked', 'The indicator value must be for a milestone linked to this action.', 'milestoneId');
    }
    return milestone;
  }
}
