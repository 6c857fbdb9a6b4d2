import { describe, expect, it } from '@jest/globals';
import { grievanceDeadlinesProblem, nextReportDue, SAMPLE_GROUND_RULES, withholdsNames } from './agreements';

describe('report-back schedule', () => {
  const last = new Date('2026-01-31T09:00:00.000Z');

  it('adds one period to the last report-back', () => {
    expect(nextReportDue('weekly', last)?.toISOString()).toBe('2026-02-07T09:00:00.000Z');
    expect(nextReportDue('fortnightly', last)?.toISOString()).toBe('2026-02-14T09:00:00.000Z');
    expect(nextReportDue('quarterly', new Date('2026-11-15T00:00:00.000Z'))?.toISOString()).toBe('2027-02-15T00:00:00.000Z');
  });

  it('keeps a monthly report-back inside the next month (31 January + 1 month = 28 February)', () => {
    expect(nextReportDue('monthly', last)?.toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(nextReportDue('quarterly', new Date('2027-11-30T12:00:00.000Z'))?.toISOString()).toBe('2028-02-29T12:00:00.000Z');
  });

  it('has no date for "after each meeting" until meetings exist, and does not change its input', () => {
    expect(nextReportDue('after_each_meeting', last)).toBeNull();
    expect(last.toISOString()).toBe('2026-01-31T09:00:00.000Z');
  });
});

describe('grievance deadlines', () => {
  it('refuses an answer due before the acknowledgement', () => {
    expect(grievanceDeadlinesProblem(3, 14)).toBeNull();
    expect(grievanceDeadlinesProblem(3, 3)).toBeNull();
    expect(grievanceDeadlinesProblem(7, 2)).toMatch(/shorter/);
  });
});

describe('confidentiality and ground rules', () => {
  it('withholds names except on the record', () => {
    expect([withholdsNames('on_the_record'), withholdsNames('chatham_house'), withholdsNames('off_the_record')]).toEqual([false, true, true]);
  });

  it('offers the seven sample ground rules of Lesson 11', () => {
    expect(SAMPLE_GROUND_RULES).toHaveLength(7);
    expect(SAMPLE_GROUND_RULES[0]).toBe('Listen to each other');
  });
});
