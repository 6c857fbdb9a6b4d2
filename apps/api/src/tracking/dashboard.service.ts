import { Injectable } from '@nestjs/common';
import {
  addDays,
  costTotals,
  DASHBOARD_LIST_SIZE,
  DUE_SOON_DAYS,
  indicatorProgress,
  localDate,
  milestoneState,
  progressFromCounts,
  WHEEL_AREAS,
} from '@common-ground/domain';
import { processOf, type RequestContext } from '../common/request-context';
import { type Counts, DashboardRepository, type DashboardRow } from './dashboard.repository';
import type { DashboardDto, DashboardWheelAreaDto, ProgressSummaryDto } from './dto/dashboard.dto';

/** How many plans the dashboard lists with their progress (newest first); the Plan tab lists them all. */
const PLANS_SHOWN = 20;

const summary = (counts: Counts): ProgressSummaryDto => progressFromCounts(counts.actions, counts.done, counts.percentSum);

/** Every Coordination Wheel area in the wheel's order (with zeros where nothing is planned), then actions without one. */
function wheelAreas(rows: DashboardRow['wheelAreas']): DashboardWheelAreaDto[] {
  const byArea = new Map(rows.map((row) => [row.area, row]));
  const none = { actions: 0, done: 0, percentSum: 0 };
  const areas = WHEEL_AREAS.map((area) => ({ area, ...summary(byArea.get(area) ?? none) }));
  const unassigned = byArea.get(null);
  return unassigned ? [...areas, { area: null, ...summary(unassigned) }] : areas;
}

/**
 * The secretariat's dashboard (design.md §4): what is overdue, blocked or due soon, the funding gap and
 * progress per plan and per Coordination Wheel area, upcoming meetings and minutes not yet approved. Two statements whatever the size of the process:
 * the process itself and one aggregate query.
 */
@Injectable()
export class DashboardService {
  constructor(private readonly dashboard: DashboardRepository) {}

  async get(ctx: RequestContext): Promise<DashboardDto> {
    const process = processOf(ctx);
    const today = localDate(new Date(), process.timezone);
    const horizon = addDays(today, DUE_SOON_DAYS);
    const row = await this.dashboard.read(ctx.em, process.id, {
      today,
      horizon,
      listSize: DASHBOARD_LIST_SIZE,
      plansShown: PLANS_SHOWN,
      timeZone: process.timezone,
    });
    return {
      today,
      horizon,
      listSize: DASHBOARD_LIST_SIZE,
      overdueActions: row.overdueActions,
      blockedActions: row.blockedActions,
      milestonesDue: {
        total: row.milestonesDue.total,
        items: row.milestonesDue.items.map(({ baseline, direction, ...milestone }) => {
          const indicator = { baseline, target: milestone.target, direction };
          return {
            ...milestone,
            progress: indicatorProgress(indicator, milestone.currentValue),
            state: milestoneState({ ...indicator, dueDate: milestone.dueDate, current: milestone.currentValue }, today),
          };
        }),
      },
      reportBacks: row.reportBacks,
      funding: costTotals(row.funding).byCurrency,
      plans: {
        total: row.plans.total,
        items: row.plans.items.map(({ actions, done, percentSum, ...plan }) => ({ ...plan, ...summary({ actions, done, percentSum }) })),
      },
      wheelAreas: wheelAreas(row.wheelAreas),
      upcomingMeetings: row.upcomingMeetings,
      minutesPending: row.minutesPending,
    };
  }
}
