/**
 * The agreements of the Acquaint phase besides the charter (Lesson 11 §4): ground rules, the
 * accountability map and its report-back schedule, the grievance procedure and the confidentiality regime.
 */

/** The seed's "Sample Ground Rules" (Lesson 11 §4). */
export const SAMPLE_GROUND_RULES = [
  'Listen to each other',
  'Stay open to learning and new perspectives',
  'Respectful behaviour',
  'Avoid disruptions or distractions (e.g. mobile phones, laptops, side-talk, interrupting each other)',
  'Ask questions whenever something is not clear or unresolved',
  'Commit to staying involved in the process',
  'Find common ground, while respecting and understanding differences',
] as const;

export const GROUND_RULE_STATUSES = ['proposed', 'adopted', 'retired'] as const;
export type GroundRuleStatus = (typeof GROUND_RULE_STATUSES)[number];

export const REPORT_FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'after_each_meeting'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];

export const REPORT_FREQUENCY_LABELS: Record<ReportFrequency, string> = {
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  after_each_meeting: 'After each meeting',
};

/**
 * When the next report-back is due: one period after the last one (or after the entry was agreed).
 * "After each meeting" depends on the meeting calendar, which a later capability brings: null until then.
 */
/** Calendar months later, kept inside the target month: 31 January + 1 month is 28 (or 29) February. */
function addMonths(date: Date, months: number): Date {
  const next = new Date(date.getTime());
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, lastDay));
  return next;
}

export function nextReportDue(frequency: ReportFrequency, last: Date): Date | null {
  const next = new Date(last.getTime());
  switch (frequency) {
    case 'weekly':
      next.setUTCDate(next.getUTCDate() + 7);
      return next;
    case 'fortnightly':
      next.setUTCDate(next.getUTCDate() + 14);
      return next;
    case 'monthly':
      return addMonths(last, 1);
    case 'quarterly':
      return addMonths(last, 3);
    case 'after_each_meeting':
      return null;
  }
}

/** The grievance procedure's deadlines: an answer cannot be due before the acknowledgement. */
export function grievanceDeadlinesProblem(acknowledgeDays: number, respondDays: number): string | null {
  return respondDays < acknowledgeDays ? 'The time to respond cannot be shorter than the time to acknowledge.' : null;
}

export const CONFIDENTIALITY_MODES = ['on_the_record', 'chatham_house', 'off_the_record'] as const;
export type ConfidentialityMode = (typeof CONFIDENTIALITY_MODES)[number];

export const CONFIDENTIALITY_LABELS: Record<ConfidentialityMode, string> = {
  on_the_record: 'On the record',
  chatham_house: 'Chatham House Rule',
  off_the_record: 'Off the record',
};

/** Under the Chatham House Rule or off the record, documents name stakeholder groups, never the signers. */
export function withholdsNames(mode: ConfidentialityMode): boolean {
  return mode !== 'on_the_record';
}
