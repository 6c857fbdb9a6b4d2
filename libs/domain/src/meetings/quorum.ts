/**
 * Quorum (seed 004, "Decision making": rules set in advance, "a quorum of members"): of attendance (who is
 * present of those entitled to take part), of ballots (who voted of those entitled), and optionally
 * sector-balanced — every indispensable stakeholder group present, so no decision is taken behind the
 * back of a group the process cannot do without. Shares are fractions, so no rounding of a float decides.
 */

export interface Share {
  numerator: number;
  denominator: number;
}

export interface QuorumRule {
  /** Share of those entitled who must be present; null: no attendance quorum. */
  attendance: Share | null;
  /** Share of those entitled who must have cast a ballot or taken a position; null: none. */
  ballots: Share | null;
  /** Every indispensable stakeholder group has someone present. */
  sectorBalanced: boolean;
}

export const NO_QUORUM: QuorumRule = { attendance: null, ballots: null, sectorBalanced: false };

export interface QuorumFacts {
  /** People entitled to take part (invited participants, or all active participants when asynchronous). */
  entitled: number;
  present: number;
  ballots: number;
  /** Ids of the indispensable stakeholder groups. */
  indispensableGroups: readonly string[];
  /** Ids of the groups with at least one person present (alternates count for their group). */
  groupsPresent: readonly string[];
}

export interface QuorumResult {
  met: boolean;
  attendance: { needed: number; have: number; met: boolean };
  ballots: { needed: number; have: number; met: boolean };
  /** Indispensable groups nobody is present for (empty unless the rule is sector-balanced). */
  missingGroups: string[];
}

export function isValidShare(share: Share): boolean {
  return (
    Number.isInteger(share.numerator) &&
    Number.isInteger(share.denominator) &&
    share.denominator > 0 &&
    share.denominator <= 100 &&
    share.numerator > 0 &&
    share.numerator <= share.denominator
  );
}

/** The smallest whole number of people that reaches the share of `of` (at least one when anyone is entitled). */
export function needed(share: Share | null, of: number): number {
  if (share === null || of <= 0) return 0;
  return Math.max(1, Math.floor((of * share.numerator + share.denominator - 1) / share.denominator));
}

export function evaluateQuorum(rule: QuorumRule, facts: QuorumFacts): QuorumResult {
  const attendanceNeeded = needed(rule.attendance, facts.entitled);
  const ballotsNeeded = needed(rule.ballots, facts.entitled);
  const present = new Set(facts.groupsPresent);
  const missingGroups = rule.sectorBalanced ? facts.indispensableGroups.filter((group) => !present.has(group)) : [];
  const attendance = { needed: attendanceNeeded, have: facts.present, met: facts.present >= attendanceNeeded };
  const ballots = { needed: ballotsNeeded, have: facts.ballots, met: facts.ballots >= ballotsNeeded };
  return { met: attendance.met && ballots.met && missingGroups.length === 0, attendance, ballots, missingGroups };
}
