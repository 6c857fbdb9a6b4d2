/**
 * Goals and milestones (Lesson 11 §5 "Goals and milestones", §6 "Keeping up the momentum"): what each
 * plan expects to change, measured by an indicator from a baseline towards a target, with quick wins
 * along the way. Every measurement is kept, so progress reads as a series (seed 003: baselines and
 * evaluations at 12, 18 and 24 months).
 */
import { invalidInput } from '../errors';

/** Whether the indicator should go up (trained officers, open markets) or down (incidents, complaints). */
export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  increase: 'Should increase',
  decrease: 'Should decrease',
};

export const MILESTONE_LIMITS = {
  titleMax: 200,
  unitMax: 40,
  noteMax: 1000,
  /** Indicator figures stay well inside what a double holds exactly to the cent. */
  valueAbsMax: 1_000_000_000_000,
  /** A plan's milestones fit on its page; a plan with more is better split by goal. */
  milestonesPerPlanMax: 100,
  /** Even a monthly measure for decades stays far below this; it keeps a chart and its table bounded. */
  valuesPerMilestoneMax: 1000,
} as const;

/** How many days ahead a milestone, a report-back or a deadline counts as "due soon". */
export const DUE_SOON_DAYS = 30;

export interface Indicator {
  baseline: number;
  target: number;
  direction: IndicatorDirection;
}

/** The target lies on the side the indicator should move to (or equals the baseline). */
export function assertValidIndicator(indicator: Indicator): void {
  const { baseline, target, direction } = indicator;
  if (direction === 'increase' && target < baseline) {
    throw invalidInput(
      'milestoneTargetBelowBaseline',
      'For an indicator that should increase, the target cannot be below the baseline.',
      'target',
    );
  }
  if (direction === 'decrease' && target > baseline) {
    throw invalidInput(
      'milestoneTargetAboveBaseline',
      'For an indicator that should decrease, the target cannot be above the baseline.',
      'target',
    );
  }
}

/**
 * How far the current value has come from the baseline towards the target, from 0 to 1 (clamped: going
 * backwards reads 0, overshooting reads 1); null before any value is recorded. When the target equals the
 * baseline there is no distance to cover: the milestone is reached while the value is not worse than it.
 */
export function indicatorProgress(indicator: Indicator, current: number | null): number | null {
  if (current === null) return null;
  const sign = indicator.direction === 'increase' ? 1 : -1;
  const gained = sign * (current - indicator.baseline);
  const needed = sign * (indicator.target - indicator.baseline);
  if (needed <= 0) return gained >= needed ? 1 : 0;
  return Math.min(1, Math.max(0, gained / needed));
}

export function isReached(indicator: Indicator, current: number | null): boolean {
  return indicatorProgress(indicator, current) === 1;
}

/** `YYYY-MM-DD` plus whole days, in the calendar (no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const MILESTONE_STATES = ['reached', 'overdue', 'due_soon', 'upcoming'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export const MILESTONE_STATE_LABELS: Record<MilestoneState, string> = {
  reached: 'Reached',
  overdue: 'Overdue',
  due_soon: 'Due soon',
  upcoming: 'Upcoming',
};

/** Where a milestone stands on `today` (the process's local date): reached wins over any date. */
export function milestoneState(milestone: Indicator & { dueDate: string; current: number | null }, today: string): MilestoneState {
  if (isReached(milestone, milestone.current)) return 'reached';
  if (milestone.dueDate < today) return 'overdue';
  return milestone.dueDate <= addDays(today, DUE_SOON_DAYS) ? 'due_soon' : 'upcoming';
}

/** A recorded measurement cannot be dated in the future: it says what was observed. */
export function assertMeasuredOn(measuredOn: string, today: string, field = 'measuredOn'): void {
  if (measuredOn > today) {
    throw invalidInput('dateInFuture', 'A value is recorded for a day that has come: the date cannot be in the future.', field);
  }
}
