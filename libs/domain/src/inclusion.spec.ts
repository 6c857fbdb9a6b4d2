import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type Breakdown, type Category, inclusionView, type InclusionParticipant, protectBreakdown, regionBreakdown, SMALL_GROUP_THRESHOLD } from './inclusion';
import { AGE_BANDS, type Demographics, GENDERS, NO_TARGETS } from './selection';
import { WHEEL_AREAS } from './process';

const table = (counts: readonly number[]): Category[] => counts.map((count, index) => ({ key: `c${String(index)}`, label: `Category ${String(index)}`, count }));

/** What a reader sees: only the displayed cells, never the counts behind them. */
const seen = (breakdown: Breakdown) => JSON.stringify(breakdown.cells.map((cell) => (cell.shown === 'count' ? cell.count : cell.shown)));

/** Every way to share `total` people among `parts` categories. */
function compositions(total: number, parts: number): number[][] {
  if (parts === 1) return [[total]];
  const result: number[][] = [];
  for (let first = 0; first <= total; first += 1) for (const rest of compositions(total - first, parts - 1)) result.push([first, ...rest]);
  return result;
}

/** For each (categories, total): the tables grouped by what a reader sees of them. */
const indexes = new Map<string, Map<string, number[][]>>();
function tablesLookingLike(counts: readonly number[]): number[][] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const id = `${String(counts.length)}:${String(total)}`;
  let index = indexes.get(id);
  if (!index) {
    index = new Map();
    for (const candidate of compositions(total, counts.length)) {
      const key = seen(protectBreakdown(table(candidate)));
      index.set(key, [...(index.get(key) ?? []), candidate]);
    }
    indexes.set(id, index);
  }
  return index.get(seen(protectBreakdown(table(counts)))) ?? [];
}

/** Up to 16 people in 2 to 6 categories: small enough to enumerate every table a reader could suspect. */
const MAX_PEOPLE = 16;
const smallTable = fc
  .integer({ min: 2, max: 6 })
  .chain((parts) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: parts, maxLength: parts }))
  .filter((counts) => counts.reduce((sum, n) => sum + n, 0) <= MAX_PEOPLE);

describe('the small-group rule', () => {
  it('never shows an exact count below 5, and shows true counts otherwise', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const breakdown = protectBreakdown(table(counts));
        breakdown.cells.forEach((cell, index) => {
          if (cell.shown === 'count') {
            expect(cell.count).toBe(counts[index]);
            expect(cell.count).toBeGreaterThanOrEqual(SMALL_GROUP_THRESHOLD);
          }
        });
      }),
    );
  });

  it('leaves a reader who knows the total and how the rule works unable to tell any count of 1 to 4', () => {
    // The reader's best knowledge: every table with the same number of people that looks the same.
    fc.assert(
      fc.property(smallTable, (counts) => {
        const alike = tablesLookingLike(counts);
        expect(alike).toContainEqual(counts);
        counts.forEach((count, index) => {
          if (count < 1 || count >= SMALL_GROUP_THRESHOLD) return;
          const possible = new Set(alike.map((candidate) => candidate[index]));
          expect(possible.size).toBeGreaterThan(1);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('cannot be undone by subtracting the shown counts from the total', () => {
    fc.assert(
      fc.property(smallTable, (counts) => {
        const breakdown = protectBreakdown(table(counts));
        const hidden = breakdown.cells.map((cell, index) => (cell.shown === 'count' ? null : index)).filter((index): index is number => index !== null);
        const total = counts.reduce((sum, n) => sum + n, 0);
        const shown = breakdown.cells.reduce((sum, cell) => sum + (cell.shown === 'count' ? cell.count : 0), 0);
        const protectedCells = hidden.filter((index) => counts[index] >= 1);
        if (protectedCells.length === 0) return;
        // Subtraction leaves a sum over several cells, never one cell alone.
        expect(total - shown).toBe(hidden.reduce((sum, index) => sum + counts[index], 0));
        expect(hidden.length).toBeGreaterThan(1);
      }),
    );
  });

  it('withholds the breakdown when one small category would be the difference, or when every hidden category holds four', () => {
    expect(protectBreakdown(table([12, 9, 2])).withheld).toBe(true);
    expect(protectBreakdown(table([12, 4, 4])).withheld).toBe(true);
    expect(protectBreakdown(table([12, 3, 4])).cells.map((cell) => cell.shown)).toEqual(['count', 'fewer_than_threshold', 'fewer_than_threshold']);
    expect(protectBreakdown(table([12, 9, 0])).withheld).toBe(false);
    expect(protectBreakdown(table([12, 9])).cells).toEqual([expect.objectContaining({ count: 12 }), expect.objectContaining({ count: 9 })]);
  });
});

const person = (overrides: Partial<Demographics> = {}): Demographics => ({ gender: null, ageBand: null, region: null, wheelAreas: [], ...overrides });
const participants = (people: Demographics[], groupId: string | null = null): InclusionParticipant[] => people.map((demographics) => ({ groupId, demographics }));
const repeat = (n: number, make: () => Demographics) => Array.from({ length: n }, make);

describe('the inclusion view', () => {
  const groups = [
    { id: 'police', name: 'Police', indispensable: true },
    { id: 'women', name: "Women's organisations", indispensable: true },
    { id: 'private', name: 'Private sector', indispensable: false },
  ];

  it('counts participants by group and flags indispensable groups without an active participant', () => {
    const view = inclusionView({
      participants: [...participants([person(), person()], 'police'), ...participants([person()], 'private'), ...participants([person()])],
      groups,
      targets: NO_TARGETS,
    });
    expect(view.groups.map((group) => `${group.name}:${String(group.count)}:${group.missing ? 'missing' : 'ok'}`)).toEqual([
      'Police:2:ok',
      "Women's organisations:0:missing",
      'Private sector:1:ok',
      'No stakeholder group:1:ok',
    ]);
    expect(view.missingIndispensable).toEqual(["Women's organisations"]);
    expect(view.targets).toEqual([expect.objectContaining({ id: 'indispensable-groups', status: 'unmet', detail: "No active participant from: Women's organisations." })]);
  });

  it('measures the share of women only among those who declared a gender, exactly at the boundary', () => {
    const targets = { ...NO_TARGETS, everyIndispensableGroup: false, minWomenPercent: 40 };
    const people = [...repeat(2, () => person({ gender: 'woman' })), ...repeat(3, () => person({ gender: 'man' })), ...repeat(4, () => person({ gender: 'prefer_not_to_say' }))];
    const met = inclusionView({ participants: participants(people), groups: [], targets });
    expect(met.targets).toEqual([expect.objectContaining({ id: 'women', status: 'met' })]);
    const below = inclusionView({ participants: participants([...people, person({ gender: 'another' })]), groups: [], targets });
    expect(below.targets[0].status).toBe('unmet');
    const tooFew = inclusionView({ participants: participants(people.slice(1)), groups: [], targets });
    expect(tooFew.targets[0]).toMatchObject({ status: 'not_measurable' });
    expect(tooFew.targets[0].detail).toContain('Fewer than 5');
  });

  it('states targets without counts, so a target cannot reveal a hidden cell', () => {
    const targets = { everyIndispensableGroup: false, minWomenPercent: 30, minRegions: 2, ageBandMinimums: { under_25: 2 } };
    const people = [...repeat(6, () => person({ gender: 'man', region: 'North', ageBand: '35_49' })), ...repeat(1, () => person({ gender: 'woman', region: 'Lakeside', ageBand: 'under_25' }))];
    const view = inclusionView({ participants: participants(people), groups: [], targets });
    expect(view.targets.map((target) => `${target.id}:${target.status}`)).toEqual(['women:unmet', 'regions:met', 'age:under_25:unmet']);
    for (const target of view.targets) expect(target.detail).not.toMatch(/\b1\b|Lakeside/);
  });

  it('names only regions of at least five people, counting the others together', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('North', 'north ', 'Lakeside', 'Hill country', 'Capital', null), { maxLength: 30 }), (regions) => {
        const { breakdown, distinctRegions } = regionBreakdown(regions.map((region) => person({ region })));
        const sizes = new Map<string, number>();
        for (const region of regions) if (region) sizes.set(region.trim().toLowerCase(), (sizes.get(region.trim().toLowerCase()) ?? 0) + 1);
        expect(distinctRegions).toBe(sizes.size);
        for (const [region, size] of sizes) {
          const named = breakdown.cells.some((cell) => cell.label.toLowerCase() === region);
          if (size < SMALL_GROUP_THRESHOLD) expect(named).toBe(false);
          if (size >= SMALL_GROUP_THRESHOLD) expect(named).toBe(true);
        }
      }),
    );
  });

  it('shows breadth across the five Coordination Wheel areas, with small counts hidden', () => {
    const people = [...repeat(5, () => person({ wheelAreas: ['joint_assessment', 'joint_planning'] })), person({ wheelAreas: ['joint_monitoring_evaluation'] })];
    const view = inclusionView({ participants: participants(people), groups: [], targets: NO_TARGETS });
    expect(view.breadth).toBe(3);
    expect(view.wheel.map((area) => `${area.area}:${area.covered ? 'covered' : 'not covered'}:${String(area.count)}`)).toEqual([
      'joint_capacity_building:not covered:null',
      'joint_assessment:covered:5',
      'joint_planning:covered:5',
      'joint_implementation:not covered:null',
      'joint_monitoring_evaluation:covered:null',
    ]);
  });

  it('never shows an exact count below 5 anywhere in the demographic breakdowns', () => {
    const demographics = fc.record({
      gender: fc.option(fc.constantFrom(...GENDERS)),
      ageBand: fc.option(fc.constantFrom(...AGE_BANDS)),
      region: fc.option(fc.constantFrom('North', 'South', 'East')),
      wheelAreas: fc.subarray([...WHEEL_AREAS]),
    });
    fc.assert(
      fc.property(fc.array(fc.option(demographics), { maxLength: 25 }), (people) => {
        const view = inclusionView({ participants: people.map((demographics) => ({ groupId: null, demographics })), groups: [], targets: NO_TARGETS });
        for (const breakdown of [view.gender, view.ageBand, view.region]) {
          for (const cell of breakdown.cells) if (cell.shown === 'count') expect(cell.count).toBeGreaterThanOrEqual(SMALL_GROUP_THRESHOLD);
        }
        for (const area of view.wheel) if (area.count !== null) expect(area.count).toBeGreaterThanOrEqual(SMALL_GROUP_THRESHOLD);
      }),
    );
  });
});
