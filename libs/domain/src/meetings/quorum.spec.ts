import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluateQuorum, isValidShare, needed, NO_QUORUM, type QuorumRule, type Share } from './quorum';

const share = fc
  .record({ denominator: fc.integer({ min: 1, max: 100 }), numerator: fc.integer({ min: 1, max: 100 }) })
  .filter(({ numerator, denominator }) => numerator <= denominator)
  .map(({ numerator, denominator }): Share => ({ numerator, denominator }));

describe('the number of people a share needs', () => {
  it('is the smallest whole number reaching the share', () => {
    expect(needed({ numerator: 1, denominator: 2 }, 10)).toBe(5);
    expect(needed({ numerator: 1, denominator: 2 }, 11)).toBe(6);
    expect(needed({ numerator: 2, denominator: 3 }, 9)).toBe(6);
    expect(needed({ numerator: 2, denominator: 3 }, 10)).toBe(7);
    expect(needed({ numerator: 1, denominator: 1 }, 13)).toBe(13);
  });

  it('is never more than everyone, reaches the share, and one fewer would not (property)', () => {
    fc.assert(
      fc.property(share, fc.integer({ min: 1, max: 100_000 }), (s, of) => {
        const n = needed(s, of);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(of);
        expect(n * s.denominator).toBeGreaterThanOrEqual(of * s.numerator);
        if (n > 1) expect((n - 1) * s.denominator).toBeLessThan(of * s.numerator);
      }),
    );
  });

  it('asks for nobody when there is no rule or nobody is entitled', () => {
    expect(needed(null, 40)).toBe(0);
    expect(needed({ numerator: 1, denominator: 2 }, 0)).toBe(0);
  });

  it('accepts only proper fractions with a small denominator', () => {
    expect(isValidShare({ numerator: 2, denominator: 3 })).toBe(true);
    expect(isValidShare({ numerator: 4, denominator: 3 })).toBe(false);
    expect(isValidShare({ numerator: 0, denominator: 3 })).toBe(false);
    expect(isValidShare({ numerator: 1, denominator: 0 })).toBe(false);
    expect(isValidShare({ numerator: 1.5, denominator: 3 })).toBe(false);
    expect(isValidShare({ numerator: 1, denominator: 1e9 })).toBe(false);
  });
});

describe('quorum', () => {
  const majorityBalanced: QuorumRule = { attendance: { numerator: 1, denominator: 2 }, ballots: null, sectorBalanced: true };
  const groups = ['police', 'civil-society', 'government'];

  it('is met with a majority present and every indispensable group there', () => {
    const result = evaluateQuorum(majorityBalanced, {
      entitled: 12,
      present: 7,
      ballots: 0,
      indispensableGroups: groups,
      groupsPresent: groups,
    });
    expect(result).toEqual({
      met: true,
      attendance: { needed: 6, have: 7, met: true },
      ballots: { needed: 0, have: 0, met: true },
      missingGroups: [],
    });
  });

  it('is not met when an indispensable group is absent, however many came', () => {
    const result = evaluateQuorum(majorityBalanced, {
      entitled: 12,
      present: 12,
      ballots: 0,
      indispensableGroups: groups,
      groupsPresent: ['police', 'government'],
    });
    expect(result.met).toBe(false);
    expect(result.missingGroups).toEqual(['civil-society']);
  });

  it('counts ballots against those entitled when the rule has a ballot quorum', () => {
    const rule: QuorumRule = { attendance: null, ballots: { numerator: 2, denominator: 3 }, sectorBalanced: false };
    expect(evaluateQuorum(rule, { entitled: 9, present: 0, ballots: 5, indispensableGroups: [], groupsPresent: [] }).met).toBe(false);
    expect(evaluateQuorum(rule, { entitled: 9, present: 0, ballots: 6, indispensableGroups: [], groupsPresent: [] }).met).toBe(true);
  });

  it('is always met without a rule, and more people present never breaks a quorum that was met (property)', () => {
    const facts = fc.record({
      entitled: fc.integer({ min: 0, max: 500 }),
      present: fc.integer({ min: 0, max: 500 }),
      ballots: fc.integer({ min: 0, max: 500 }),
      extra: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(share, fc.option(share, { nil: null }), facts, (attendance, ballots, f) => {
        const base = { indispensableGroups: [], groupsPresent: [] };
        expect(evaluateQuorum(NO_QUORUM, { ...f, ...base }).met).toBe(true);
        const rule: QuorumRule = { attendance, ballots, sectorBalanced: false };
        if (evaluateQuorum(rule, { ...f, ...base }).met) {
          expect(evaluateQuorum(rule, { ...f, present: f.present + f.extra, ballots: f.ballots + f.extra, ...base }).met).toBe(true);
        }
      }),
    );
  });
});
