/**
 * Carrying the plans out (Lesson 11 §6): owners report progress on their actions, participants report
 * back to their constituencies on the schedule of the accountability map (the feedback loop), and the
 * secretariat follows it all on one page.
 */
import type { ReportFrequency } from '../agreements';
import { nextReportDue } from '../agreements';
import { invalidInput } from '../errors';
import { localDate, type ActionStatus } from '../plans';

export const PROGRESS_LIMITS = {
  textMax: 4000,
  linksMax: 5,
  linkMax: 2000,
  noteMax: 1000,
} as const;

/** An absolute http(s) address with a host: what a progress update may link to (a report, photos, minutes). */
export function isHttpLink(text: string): boolean {
  if (text.length > PROGRESS_LIMITS.linkMax) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export interface ProgressReport {
  text: string;
  percent: number | null;
  indicatorValue: number | null;
  links: readonly string[];
}

/** A progress update says something: words, a percentage or an indicator value. */
export function assertValidProgress(report: ProgressReport): void {
  if (!report.text.trim() && report.percent === null && report.indicatorValue === null) {
    throw invalidInput('progressEmpty', 'Say what progress was made, or give a percentage or an indicator value.', 'text');
  }
  if (report.links.length > PROGRESS_LIMITS.linksMax) {
    throw invalidInput('progressLinksFull', `Link at most ${PROGRESS_LIMITS.linksMax} documents.`, 'links', {
      max: PROGRESS_LIMITS.linksMax,
    });
  }
  const bad = report.links.find((link) => !isHttpLink(link));
  if (bad !== undefined) {
    throw invalidInput('progressLinkInvalid', `“${bad.slice(0, 80)}” is not a web address starting with http:// or https://.`, 'links', {
      link: bad.slice(0, 80),
    });
  }
}

/**
 * How complete one action is, in percent: a done action is complete, a dropped one does not count (null),
 * any other is at its last reported percentage (0 before any report).
 */
export function actionPercent(status: ActionStatus, lastReportedPercent: number | null): number | null {
  if (status === 'dropped') return null;
  if (status === 'done') return 100;
  return lastReportedPercent ?? 0;
}

export interface ProgressSummary {
  /** Actions that count: all but the dropped ones. */
  actions: number;
  done: number;
  /** done / actions, 0 to 1; null when no action counts. */
  doneShare: number | null;
  /** The mean of `actionPercent` over the actions that count, 0 to 100; null when none counts. */
  meanPercent: number | null;
}

/** Progress of a group of actions (a plan, a Coordination Wheel area): share done and mean percent complete. */
export function summarizeProgress(actions: readonly { status: ActionStatus; percent: number | null }[]): ProgressSummary {
  const percents = actions.map((action) => actionPercent(action.status, action.percent)).filter((value): value is number => value !== null);
  const done = actions.filter((action) => action.status === 'done').length;
  return progressFromCounts(
    percents.length,
    done,
    percents.reduce((sum, value) => sum + value, 0),
  );
}

/** The same summary from counts, as the dashboard's aggregate query returns them. */
export function progressFromCounts(actions: number, done: number, percentSum: number): ProgressSummary {
  return {
    actions,
    done,
    doneShare: actions === 0 ? null : done / actions,
    meanPercent: actions === 0 ? null : percentSum / actions,
  };
}

/** One participant's next report-back, on the process's calendar. */
export interface ReportBackDue {
  /** The local date it is due, or null when the frequency has no date ("after each meeting"). */
  dueOn: string | null;
  overdue: boolean;
}

/**
 * When a participant owes their next report-back: one period after the last one (or after their entry was
 * agreed), as a date in the process's time zone; overdue once that date has passed.
 */
export function reportBackDue(frequency: ReportFrequency, since: Date, timeZone: string, today: string): ReportBackDue {
  const next = nextReportDue(frequency, since);
  const dueOn = next ? localDate(next, timeZone) : null;
  return { dueOn, overdue: dueOn !== null && dueOn < today };
}

/** A report-back is recorded after it happened: its date cannot lie in the future. */
export function assertReportedOn(reportedOn: string, today: string): void {
  if (reportedOn > today) {
    throw invalidInput('dateInFuture', 'A report-back is recorded once it happened: the date cannot be in the future.', 'reportedOn');
  }
}

/** How many items each list of the secretariat's dashboard shows before "see all". */
export const DASHBOARD_LIST_SIZE = 10;
