/**
 * Who is missing (Lessons 10-11): the active participants' composition compared with the selection
 * targets, without singling anyone out.
 *
 * The small-group rule: a self-declared category with fewer than SMALL_GROUP_THRESHOLD people is never
 * shown as an exact count. The reader also knows how many active participants there are, so a hidden
 * count must not be recoverable by subtracting the shown ones from that total (or from knowing how this
 * rule works): when it would be, the whole breakdown is withheld.
 */
import { AGE_BAND_LABELS, AGE_BANDS, type Demographics, type DiversityTargets, GENDER_LABELS, normaliseRegion } from './selection';
import { WHEEL_AREA_LABELS, WHEEL_AREAS, type WheelArea } from './process';

export const SMALL_GROUP_THRESHOLD = 5;

export interface Category {
  key: string;
  label: string;
  count: number;
}

/** How one category of a breakdown is shown. */
export type ShownCell = { key: string; label: string } & ({ shown: 'count'; count: number } | { shown: 'fewer_than_threshold' } | { shown: 'withheld' });

export interface Breakdown {
  cells: ShownCell[];
  /** True when no cell of this breakdown can be shown without revealing a small count. */
  withheld: boolean;
}

/**
 * Applies the small-group rule to a partition of the active participants (each person in exactly one
 * category; "not declared" is a category too).
 *
 * Counts of 0-4 are all shown alike as "fewer than 5"; the reader can only learn their sum S (total minus
 * the shown counts). With k such cells, each one can be anything from max(0, S - 4(k-1)) to min(4, S): a
 * single value only when k = 1 (it is S) or when every hidden cell is 4 (S = 4k), or when S = 0 (nobody to
 * protect). In the first two cases the breakdown is withheld. Whether a breakdown is withheld depends only
 * on k and S, and many tables share each answer, so the choice itself reveals no single count either; the
 * unit tests check this against every table of up to 16 people.
 */
export function protectBreakdown(categories: readonly Category[]): Breakdown {
  const small = categories.filter((category) => category.count < SMALL_GROUP_THRESHOLD);
  const hiddenSum = small.reduce((sum, category) => sum + category.count, 0);
  const k = small.length;
  const recoverable = (k === 1 && hiddenSum > 0) || (k >= 2 && hiddenSum === (SMALL_GROUP_THRESHOLD - 1) * k);
  if (recoverable) {
    return { withheld: true, cells: categories.map(({ key, label }) => ({ key, label, shown: 'withheld' })) };
  }
  return {
    withheld: false,
    cells: categories.map(({ key, label, count }) =>
      count < SMALL_GROUP_THRESHOLD ? { key, label, shown: 'fewer_than_threshold' } : { key, label, shown: 'count', count },
    ),
  };
}

/* ---------- The inclusion view ---------- */

export interface InclusionParticipant {
  /** The stakeholder group the participant represents, if any. */
  groupId: string | null;
  demographics: Demographics | null;
}

export interface InclusionGroup {
  id: string;
  name: string;
  indispensable: boolean;
}

export interface InclusionInput {
  /** Active participants, alternates not counted twice: the people who hold a seat. */
  participants: readonly InclusionParticipant[];
  groups: readonly InclusionGroup[];
  targets: DiversityTargets;
}

export interface GroupComposition {
  groupId: string | null;
  name: string;
  indispensable: boolean;
  /** Who represents which group is visible to every member, so these counts are exact. */
  count: number;
  /** An indispensable group without an active participant. */
  missing: boolean;
}

export interface WheelCoverage {
  area: WheelArea;
  label: string;
  covered: boolean;
  /** Exact only from SMALL_GROUP_THRESHOLD up; null when fewer (or none, which `covered` tells). */
  count: number | null;
}

export type TargetStatus = 'met' | 'unmet' | 'not_measurable';

export interface TargetResult {
  id: string;
  label: string;
  status: TargetStatus;
  detail: string;
}

export interface InclusionView {
  activeParticipants: number;
  groups: GroupComposition[];
  missingIndispensable: string[];
  gender: Breakdown;
  ageBand: Breakdown;
  region: Breakdown;
  /** How many different regions the participants declared. */
  distinctRegions: number;
  wheel: WheelCoverage[];
  /** How many of the five Coordination Wheel areas at least one participant's organisation works in. */
  breadth: number;
  targets: TargetResult[];
}

const NOT_DECLARED = { key: 'not_declared', label: 'Not declared' };

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.reduce((sum, item) => sum + (test(item) ? 1 : 0), 0);
}

export function groupComposition(participants: readonly InclusionParticipant[], groups: readonly InclusionGroup[]): GroupComposition[] {
  const known = new Set(groups.map((group) => group.id));
  const rows: GroupComposition[] = groups.map((group) => {
    const members = count(participants, (participant) => participant.groupId === group.id);
    return { groupId: group.id, name: group.name, indispensable: group.indispensable, count: members, missing: group.indispensable && members === 0 };
  });
  const ungrouped = count(participants, (participant) => !participant.groupId || !known.has(participant.groupId));
  if (ungrouped > 0) rows.push({ groupId: null, name: 'No stakeholder group', indispensable: false, count: ungrouped, missing: false });
  return rows;
}

/** "Prefer not to say" is an answer, but in the composition it protects the same as not answering. */
export function genderBreakdown(people: readonly (Demographics | null)[]): Breakdown {
  const of = (gender: 'woman' | 'man' | 'another') => count(people, (person) => person?.gender === gender);
  const women = of('woman');
  const men = of('man');
  const another = of('another');
  return protectBreakdown([
    { key: 'woman', label: 'Women', count: women },
    { key: 'man', label: 'Men', count: men },
    { key: 'another', label: GENDER_LABELS.another, count: another },
    { key: NOT_DECLARED.key, label: 'Not declared or prefer not to say', count: people.length - women - men - another },
  ]);
}

export function ageBandBreakdown(people: readonly (Demographics | null)[]): Breakdown {
  const bands = AGE_BANDS.map((band) => ({ key: band, label: AGE_BAND_LABELS[band], count: count(people, (person) => person?.ageBand === band) }));
  const declared = bands.reduce((sum, band) => sum + band.count, 0);
  return protectBreakdown([...bands, { ...NOT_DECLARED, count: people.length - declared }]);
}

/**
 * Regions are free text, so a region's very name can single someone out: only regions of at least
 * SMALL_GROUP_THRESHOLD people are named; the others are counted together, unnamed.
 */
export function regionBreakdown(people: readonly (Demographics | null)[]): { breakdown: Breakdown; distinctRegions: number } {
  const byRegion = new Map<string, { label: string; count: number }>();
  for (const person of people) {
    const key = normaliseRegion(person?.region);
    if (!key) continue;
    const entry = byRegion.get(key) ?? { label: (person?.region ?? '').trim().replace(/\s+/g, ' '), count: 0 };
    entry.count += 1;
    byRegion.set(key, entry);
  }
  const named = [...byRegion.entries()]
    .filter(([, entry]) => entry.count >= SMALL_GROUP_THRESHOLD)
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([key, entry]) => ({ key: `region:${key}`, label: entry.label, count: entry.count }));
  const declared = [...byRegion.values()].reduce((sum, entry) => sum + entry.count, 0);
  const namedCount = named.reduce((sum, entry) => sum + entry.count, 0);
  const breakdown = protectBreakdown([
    ...named,
    { key: 'other_regions', label: 'Other regions (each with fewer than 5 people)', count: declared - namedCount },
    { ...NOT_DECLARED, count: people.length - declared },
  ]);
  return { breakdown, distinctRegions: byRegion.size };
}

/** Breadth across the Coordination Wheel: an organisation can work in several areas, so this is no partition. */
export function wheelCoverage(people: readonly (Demographics | null)[]): WheelCoverage[] {
  return WHEEL_AREAS.map((area) => {
    const n = count(people, (person) => person?.wheelAreas.includes(area) ?? false);
    return { area, label: WHEEL_AREA_LABELS[area], covered: n > 0, count: n >= SMALL_GROUP_THRESHOLD ? n : null };
  });
}

const percent = (value: number) => `${String(value)} %`;

/**
 * Compares the composition with the targets. Demographic targets need at least SMALL_GROUP_THRESHOLD
 * declarations to be measurable, and their detail states the target, never a count.
 */
export function evaluateTargets(input: InclusionInput, groups: readonly GroupComposition[], distinctRegions: number): TargetResult[] {
  const { targets } = input;
  const people = input.participants.map((participant) => participant.demographics);
  const results: TargetResult[] = [];
  const measurable = (declared: number) => declared >= SMALL_GROUP_THRESHOLD;
  const tooFew = (what: string) => `Fewer than ${String(SMALL_GROUP_THRESHOLD)} active participants declared ${what}, so this cannot be measured without singling someone out.`;

  if (targets.everyIndispensableGroup) {
    const missing = groups.filter((group) => group.missing).map((group) => group.name);
    const indispensable = groups.filter((group) => group.indispensable).length;
    results.push({
      id: 'indispensable-groups',
      label: 'Every indispensable group represented',
      status: missing.length === 0 ? 'met' : 'unmet',
      detail:
        missing.length > 0
          ? `No active participant from: ${missing.join(', ')}.`
          : indispensable === 0
            ? 'No stakeholder group is marked indispensable.'
            : `All ${String(indispensable)} indispensable groups have an active participant.`,
    });
  }
  if (targets.minWomenPercent !== null) {
    const declared = count(people, (person) => person?.gender === 'woman' || person?.gender === 'man' || person?.gender === 'another');
    const women = count(people, (person) => person?.gender === 'woman');
    const label = `At least ${percent(targets.minWomenPercent)} women`;
    // Integer arithmetic: 2 of 5 is exactly 40 %.
    const met = women * 100 >= targets.minWomenPercent * declared;
    results.push({
      id: 'women',
      label,
      status: !measurable(declared) ? 'not_measurable' : met ? 'met' : 'unmet',
      detail: !measurable(declared) ? tooFew('a gender') : `Among participants who declared a gender, the share of women ${met ? 'reaches' : 'is below'} ${percent(targets.minWomenPercent)}.`,
    });
  }
  if (targets.minRegions !== null) {
    const declared = count(people, (person) => normaliseRegion(person?.region) !== null);
    const met = distinctRegions >= targets.minRegions;
    results.push({
      id: 'regions',
      label: `Participants from at least ${String(targets.minRegions)} regions`,
      status: !measurable(declared) ? 'not_measurable' : met ? 'met' : 'unmet',
      detail: !measurable(declared) ? tooFew('a region') : `Participants declared ${String(distinctRegions)} different region${distinctRegions === 1 ? '' : 's'}.`,
    });
  }
  const declaredAge = count(people, (person) => Boolean(person?.ageBand));
  for (const band of AGE_BANDS) {
    const minimum = targets.ageBandMinimums[band];
    if (minimum === undefined) continue;
    const met = count(people, (person) => person?.ageBand === band) >= minimum;
    results.push({
      id: `age:${band}`,
      label: `At least ${String(minimum)} participant${minimum === 1 ? '' : 's'} aged ${AGE_BAND_LABELS[band].toLowerCase()}`,
      status: !measurable(declaredAge) ? 'not_measurable' : met ? 'met' : 'unmet',
      detail: !measurable(declaredAge) ? tooFew('an age band') : met ? 'The minimum is reached.' : 'The minimum is not reached yet.',
    });
  }
  return results;
}

export function inclusionView(input: InclusionInput): InclusionView {
  const people = input.participants.map((participant) => participant.demographics);
  const groups = groupComposition(input.participants, input.groups);
  const region = regionBreakdown(people);
  const wheel = wheelCoverage(people);
  return {
    activeParticipants: input.participants.length,
    groups,
    missingIndispensable: groups.filter((group) => group.missing).map((group) => group.name),
    gender: genderBreakdown(people),
    ageBand: ageBandBreakdown(people),
    region: region.breakdown,
    distinctRegions: region.distinctRegions,
    wheel,
    breadth: count(wheel, (area) => area.covered),
    targets: evaluateTargets(input, groups, region.distinctRegions),
  };
}
