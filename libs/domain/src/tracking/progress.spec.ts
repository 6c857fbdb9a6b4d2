import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ACTION_STATUSES } from '../plans';
import {
  actionPercent,
  assertReportedOn,
  assertValidProgress,
  isHttpLink,
  progressFromCounts,
  reportBackDue,
  summarizeProgress,
} from './progress';

describe('progress updates', () => {
  const report = { text: 'Hotspots mapped in two districts', percent: null, indicatorValue: null, links: [] as string[] };

  it('accepts words, a percentage or an indicator value, and refuses an empty update naming the text', () => {
    expect(() => assertValidProgress(report)).not.toThrow();
    expect(() => assertValidProgress({ ...report, text: '', percent: 40 })).not.toThrow();
    expect(() => assertValidProgress({ ...report, text: ' ', indicatorValue: 0 })).not.toThrow();
    expect(() => assertValidProgress({ ...report, text: '  ' })).toThrow(/Say what progress was made/);
  });

  it('links up to five http(s) documents and nothing else', () => {
    expect(() => assertValidProgress({ ...report, links: ['https://example.org/report.pdf', 'http://10.0.0.1/minutes'] })).not.toThrow();
    expect(() => assertValidProgress({ ...report, links: ['javascript:alert(1)'] })).toThrow(/is not a web address/);
    expect(() => assertValidProgress({ ...report, links: ['ftp://example.org/x'] })).toThrow(/is not a web address/);
    expect(() => assertValidProgress({ ...report, links: Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`) })).toThrow(
      /at most 5/,
    );
    expect(isHttpLink('https://')).toBe(false);
    expect(isHttpLink(`https://example.org/${'a'.repeat(2000)}`)).toBe(false);
  });
});

describe('progress of a group of actions', () => {
  it('counts a done action as complete, leaves dropped ones out and starts others at 0', () => {
    expect(actionPercent('done', 40)).toBe(100);
    expect(actionPercent('dropped', 40)).toBeNull();
    expect(actionPercent('in_progress', 40)).toBe(40);
    expect(actionPercent('planned', null)).toBe(0);
    expect(
      summarizeProgress([
        { status: 'done', percent: null },
        { status: 'in_progress', percent: 50 },
        { status: 'planned', percent: null },
        { status: 'dropped', percent: 90 },
      ]),
    ).toEqual({ actions: 3, done: 1, doneShare: 1 / 3, meanPercent: 50 });
    expect(summarizeProgress([{ status: 'dropped', percent: null }])).toEqual({ actions: 0, done: 0, doneShare: null, meanPercent: null });
  });

  it('gives the same summary from counts as from the actions, and stays within bounds (property)', () => {
    const action = fc.record({ status: fc.constantFrom(...ACTION_STATUSES), percent: fc.option(fc.integer({ min: 0, max: 100 })) });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 50 }), (actions) => {
        const summary = summarizeProgress(actions);
        const counting = actions.filter((a) => a.status !== 'dropped');
        const sum = counting.reduce((total, a) => total + (actionPercent(a.status, a.percent) as number), 0);
        expect(progressFromCounts(counting.length, summary.done, sum)).toEqual(summary);
        return (
          summary.meanPercent === null || (summary.meanPercent >= 0 && summary.meanPercent <= 100 && (summary.doneShare as number) <= 1)
        );
      }),
    );
  });
});

describe('report-backs', () => {
  it('is due one period after the last report, as a date in the process’s time zone', () => {
    // 21:30 UTC on 31 January is already 1 February in Nairobi (UTC+3).
    const since = new Date('2026-01-31T21:30:00Z');
    expect(reportBackDue('monthly', since, 'Africa/Nairobi', '2026-03-01')).toEqual({ dueOn: '2026-03-01', overdue: false });
    expect(reportBackDue('monthly', since, 'UTC', '2026-03-01')).toEqual({ dueOn: '2026-02-28', overdue: true });
    expect(reportBackDue('after_each_meeting', since, 'UTC', '2026-03-01')).toEqual({ dueOn: null, overdue: false });
  });

  it('refuses a report-back dated in the future', () => {
    expect(() => assertReportedOn('2026-03-02', '2026-03-01')).toThrow(/future/);
    expect(() => assertReportedOn('2026-03-01', '2026-03-01')).not.toThrow();
  });
});
