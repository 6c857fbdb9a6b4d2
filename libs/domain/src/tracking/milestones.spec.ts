import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainError } from '../errors';
import {
  addDays,
  assertMeasuredOn,
  assertValidIndicator,
  type Indicator,
  indicatorProgress,
  isReached,
  milestoneState,
} from './milestones';

const figure = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });

/** An indicator whose target lies on the side of its direction (or on the baseline). */
const indicator = fc
  .record({
    baseline: figure,
    distance: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    direction: fc.constantFrom('increase' as const, 'decrease' as const),
  })
  .map(({ baseline, distance, direction }): Indicator => ({
    baseline,
    target: direction === 'increase' ? baseline + distance : baseline - distance,
    direction,
  }));

describe('indicator progress', () => {
  it('reads 0 at the baseline, 1 at the target and the share of the way in between', () => {
    const incidents: Indicator = { baseline: 40, target: 10, direction: 'decrease' };
    expect(indicatorProgress(incidents, 40)).toBe(0);
    expect(indicatorProgress(incidents, 25)).toBe(0.5);
    expect(indicatorProgress(incidents, 10)).toBe(1);
    const officers: Indicator = { baseline: 0, target: 200, direction: 'increase' };
    expect(indicatorProgress(officers, 50)).toBe(0.25);
    expect(indicatorProgress(officers, null)).toBeNull();
  });

  it('clamps going backwards to 0 and overshooting to 1', () => {
    const incidents: Indicator = { baseline: 40, target: 10, direction: 'decrease' };
    expect(indicatorProgress(incidents, 55)).toBe(0);
    expect(indicatorProgress(incidents, 2)).toBe(1);
  });

  it('treats a target equal to the baseline as reached while the value is not worse', () => {
    const keep: Indicator = { baseline: 5, target: 5, direction: 'increase' };
    expect(indicatorProgress(keep, 5)).toBe(1);
    expect(indicatorProgress(keep, 7)).toBe(1);
    expect(indicatorProgress(keep, 4.99)).toBe(0);
    const hold: Indicator = { baseline: 5, target: 5, direction: 'decrease' };
    expect(indicatorProgress(hold, 4)).toBe(1);
    expect(indicatorProgress(hold, 6)).toBe(0);
  });

  it('stays between 0 and 1 and is 1 at the target, for any indicator and value (property)', () => {
    fc.assert(
      fc.property(indicator, figure, (ind, value) => {
        const progress = indicatorProgress(ind, value) as number;
        return progress >= 0 && progress <= 1 && indicatorProgress(ind, ind.target) === 1;
      }),
    );
  });

  it('never falls when the value moves in the indicator’s direction (property)', () => {
    fc.assert(
      fc.property(indicator, figure, figure, (ind, a, b) => {
        const [worse, better] = ind.direction === 'increase' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        return (indicatorProgress(ind, worse) as number) <= (indicatorProgress(ind, better) as number);
      }),
    );
  });

  it('reads a decreasing indicator as the mirror of an increasing one (property)', () => {
    fc.assert(
      fc.property(indicator, figure, (ind, value) => {
        const mirrored: Indicator = {
          baseline: -ind.baseline,
          target: -ind.target,
          direction: ind.direction === 'increase' ? 'decrease' : 'increase',
        };
        return indicatorProgress(ind, value) === indicatorProgress(mirrored, -value);
      }),
    );
  });

  it('refuses a target on the wrong side of the baseline, naming the target', () => {
    expect(() => assertValidIndicator({ baseline: 10, target: 5, direction: 'increase' })).toThrow(/cannot be below the baseline/);
    expect(() => assertValidIndicator({ baseline: 10, target: 15, direction: 'decrease' })).toThrow(/cannot be above the baseline/);
    expect(() => assertValidIndicator({ baseline: 10, target: 10, direction: 'decrease' })).not.toThrow();
    try {
      assertValidIndicator({ baseline: 1, target: 0, direction: 'increase' });
    } catch (error) {
      expect((error as DomainError).field).toBe('target');
    }
  });
});

describe('milestone state', () => {
  const base = { baseline: 0, target: 10, direction: 'increase' as const };
  it('is reached whatever the date, otherwise overdue, due within 30 days, or upcoming', () => {
    expect(milestoneState({ ...base, dueDate: '2026-01-01', current: 10 }, '2026-06-01')).toBe('reached');
    expect(isReached(base, 12)).toBe(true);
    expect(milestoneState({ ...base, dueDate: '2026-05-31', current: 3 }, '2026-06-01')).toBe('overdue');
    expect(milestoneState({ ...base, dueDate: '2026-06-01', current: null }, '2026-06-01')).toBe('due_soon');
    expect(milestoneState({ ...base, dueDate: '2026-07-01', current: null }, '2026-06-01')).toBe('due_soon');
    expect(milestoneState({ ...base, dueDate: '2026-07-02', current: null }, '2026-06-01')).toBe('upcoming');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 30)).toBe('2027-01-30');
  });

  it('refuses a measurement dated in the future', () => {
    expect(() => assertMeasuredOn('2026-06-02', '2026-06-01')).toThrow(/future/);
    expect(() => assertMeasuredOn('2026-06-01', '2026-06-01')).not.toThrow();
  });
});
