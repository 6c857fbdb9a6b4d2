/**
 * Decisions (Lesson 11 §3: "The decision making process should be explicitly agreed"; seed 004: "different
 * decision-making processes for different types of issues"): the charter sets a method per kind of
 * question, and each decision is taken by it — in a meeting or asynchronously between an opening and a
 * closing time. "Closed" follows from the closing time, never from a job having run.
 *
 * Consensus asks each person to agree, stand aside or block (a reason required for the two last); a straw
 * poll shows where the group stands and binds no one; a vote counts ballots against a quorum and a
 * threshold. Blocks and stand-asides go into the standing objections register.
 */
import { evaluateQuorum, isValidShare, NO_QUORUM, type QuorumFacts, type QuorumResult, type QuorumRule, type Share } from './quorum';

export const DECISION_METHODS = ['consensus', 'straw_poll', 'vote'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** The kinds of question a charter can set a method for; `general` covers the rest. */
export const QUESTION_KINDS = ['charter_adoption', 'ground_rules', 'plan_approval', 'gate_override', 'exit', 'general'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const CONSENSUS_POSITIONS = ['agree', 'stand_aside', 'block'] as const;
export type ConsensusPosition = (typeof CONSENSUS_POSITIONS)[number];

/** How many of the ballots the leading option needs in a vote. */
export const VOTE_THRESHOLDS = ['simple_majority', 'two_thirds', 'unanimity'] as const;
export type VoteThreshold = (typeof VOTE_THRESHOLDS)[number];

const THRESHOLD_SHARES: Record<VoteThreshold, { share: Share; strictlyMore: boolean }> = {
  simple_majority: { share: { numerator: 1, denominator: 2 }, strictlyMore: true },
  two_thirds: { share: { numerator: 2, denominator: 3 }, strictlyMore: false },
  unanimity: { share: { numerator: 1, denominator: 1 }, strictlyMore: false },
};

export const DECISION_LIMITS = {
  titleMax: 300,
  questionMax: 5000,
  optionsMin: 2,
  optionsMax: 20,
  optionMax: 300,
  reasonMax: 2000,
  outcomeMax: 5000,
  /** A decision opens and closes within this many days of now: further is a typing mistake. */
  horizonDays: 3660,
} as const;

/** Whether an opening or closing time is one people could mean (within the horizon, a real date). */
export function isDecisionTimeInRange(at: Date, now: Date): boolean {
  return !Number.isNaN(at.getTime()) && Math.abs(at.getTime() - now.getTime()) <= DECISION_LIMITS.horizonDays * 24 * 3600 * 1000;
}

/** How the charter says one kind of question is decided. */
export interface DecisionRule {
  method: DecisionMethod;
  quorum: QuorumRule;
  /** Only for `vote`. */
  threshold: VoteThreshold;
  /** Whether a decision of this kind may be taken by secret ballot (never for consensus: a block has a reason and an author). */
  secretBallotAllowed: boolean;
}

export type DecisionRules = Record<QuestionKind, DecisionRule>;

const CONSENSUS_OF_THOSE_PRESENT: DecisionRule = {
  method: 'consensus',
  quorum: { attendance: { numerator: 1, denominator: 2 }, ballots: null, sectorBalanced: true },
  threshold: 'simple_majority',
  secretBallotAllowed: false,
};

/**
 * Until the charter says otherwise: binding questions by consensus of a majority present with every
 * indispensable group there; a gate override by the conveners' consensus; the rest by consensus without quorum.
 */
export const DEFAULT_DECISION_RULES: DecisionRules = {
  charter_adoption: CONSENSUS_OF_THOSE_PRESENT,
  ground_rules: CONSENSUS_OF_THOSE_PRESENT,
  plan_approval: CONSENSUS_OF_THOSE_PRESENT,
  exit: CONSENSUS_OF_THOSE_PRESENT,
  gate_override: { ...CONSENSUS_OF_THOSE_PRESENT, quorum: NO_QUORUM },
  general: { ...CONSENSUS_OF_THOSE_PRESENT, quorum: NO_QUORUM },
};

export type DecisionRuleProblem = 'secretConsensus' | 'invalidShare';

export function decisionRuleProblem(rule: DecisionRule): DecisionRuleProblem | null {
  if (rule.method === 'consensus' && rule.secretBallotAllowed) return 'secretConsensus';
  for (const share of [rule.quorum.attendance, rule.quorum.ballots]) if (share && !isValidShare(share)) return 'invalidShare';
  return null;
}

// ── time ─────────────────────────────────────────────────────────────────────────────────────────────

export type DecisionPhase = 'scheduled' | 'open' | 'closed';

export function decisionPhase(decision: { opensAt: Date; closesAt: Date }, now: Date): DecisionPhase {
  if (now < decision.opensAt) return 'scheduled';
  if (now < decision.closesAt) return 'open';
  return 'closed';
}

/** Results hidden until closing stay hidden from everyone, the conveners included, until the closing time. */
export function resultsVisible(decision: { opensAt: Date; closesAt: Date; hideResultsUntilClosed: boolean }, now: Date): boolean {
  return !decision.hideResultsUntilClosed || decisionPhase(decision, now) === 'closed';
}

export type DecisionSettingsProblem =
  | 'closesBeforeOpens'
  | 'resultsHidingRelaxed'
  | 'secretBallotNotAllowed'
  | 'secretBallotChanged'
  | 'methodChangedAfterOpening'
  | 'optionsChangedAfterOpening'
  | 'tooFewOptions'
  | 'duplicateOptions';

export interface DecisionSettings {
  method: DecisionMethod;
  opensAt: Date;
  closesAt: Date;
  secretBallot: boolean;
  hideResultsUntilClosed: boolean;
  /** Option texts for a straw poll or vote; empty for consensus. */
  options: readonly string[];
}

/**
 * Checks a decision's settings against the rule and, when changed, against what was set before: results
 * hidden until closing cannot be relaxed once set; the ballot's secrecy and the method cannot change once
 * it opened (positions already given were given under them).
 */
export function decisionSettingsProblem(
  rule: DecisionRule,
  next: DecisionSettings,
  before: DecisionSettings | null,
  now: Date,
): DecisionSettingsProblem | null {
  if (next.closesAt <= next.opensAt) return 'closesBeforeOpens';
  if (next.secretBallot && (!rule.secretBallotAllowed || next.method === 'consensus')) return 'secretBallotNotAllowed';
  if (next.method !== 'consensus') {
    if (next.options.length < DECISION_LIMITS.optionsMin) return 'tooFewOptions';
    const distinct = new Set(next.options.map((option) => option.trim().toLowerCase()));
    if (distinct.size !== next.options.length) return 'duplicateOptions';
  }
  if (before) {
    if (before.hideResultsUntilClosed && !next.hideResultsUntilClosed) return 'resultsHidingRelaxed';
    const opened = now >= before.opensAt;
    if (opened && before.secretBallot !== next.secretBallot) return 'secretBallotChanged';
    if (opened && before.method !== next.method) return 'methodChangedAfterOpening';
    // The options are what people chose between: once open, they stay.
    if (opened && before.options.join('\u0000') !== next.options.join('\u0000')) return 'optionsChangedAfterOpening';
  }
  return null;
}

// ── consensus ────────────────────────────────────────────────────────────────────────────────────────

/** A block and a stand-aside need their reason: the group must be able to answer it. */
export function positionNeedsReason(position: ConsensusPosition): boolean {
  return position !== 'agree';
}

export type ConsensusOutcome = 'consensus' | 'consensus_with_stand_asides' | 'blocked' | 'no_quorum' | 'no_positions';

export interface ConsensusResult {
  outcome: ConsensusOutcome;
  agree: number;
  standAside: number;
  block: number;
  quorum: QuorumResult;
}

/** A block stops consensus; otherwise the agreement of those who took a position carries it, stand-asides noted. */
export function consensusResult(
  positions: readonly ConsensusPosition[],
  rule: QuorumRule,
  facts: Omit<QuorumFacts, 'ballots'>,
): ConsensusResult {
  const agree = positions.filter((position) => position === 'agree').length;
  const standAside = positions.filter((position) => position === 'stand_aside').length;
  const block = positions.filter((position) => position === 'block').length;
  const quorum = evaluateQuorum(rule, { ...facts, ballots: positions.length });
  const outcome: ConsensusOutcome =
    block > 0
      ? 'blocked'
      : !quorum.met
        ? 'no_quorum'
        : agree === 0
          ? 'no_positions'
          : standAside > 0
            ? 'consensus_with_stand_asides'
            : 'consensus';
  return { outcome, agree, standAside, block, quorum };
}

/** Whether a consensus outcome carries the decision. */
export function consensusCarries(outcome: ConsensusOutcome): boolean {
  return outcome === 'consensus' || outcome === 'consensus_with_stand_asides';
}

// ── straw polls and votes ────────────────────────────────────────────────────────────────────────────

export type VoteOutcome = 'adopted' | 'not_adopted' | 'tied' | 'no_quorum' | 'no_ballots' | 'indicative';

export interface VoteResult {
  outcome: VoteOutcome;
  /** Ballots per option, in the options' order. */
  counts: number[];
  ballots: number;
  /** The option with most ballots when one leads alone; null on a tie or with no ballots. */
  leading: number | null;
  quorum: QuorumResult;
}

/**
 * Counts the ballots (each the index of one option). A straw poll is indicative: it shows the counts and
 * binds no one. A vote adopts the leading option when the quorum is met and it reaches the threshold.
 */
export function voteResult(
  method: 'straw_poll' | 'vote',
  optionCount: number,
  choices: readonly number[],
  rule: DecisionRule,
  facts: Omit<QuorumFacts, 'ballots'>,
): VoteResult {
  const counts = Array.from({ length: optionCount }, () => 0);
  for (const choice of choices) if (Number.isInteger(choice) && choice >= 0 && choice < optionCount) counts[choice] += 1;
  const ballots = counts.reduce((sum, count) => sum + count, 0);
  const quorum = evaluateQuorum(method === 'vote' ? rule.quorum : NO_QUORUM, { ...facts, ballots });
  const top = Math.max(0, ...counts);
  const leaders = counts.flatMap((count, index) => (count === top && top > 0 ? [index] : []));
  const leading = leaders.length === 1 ? leaders[0] : null;
  const base = { counts, ballots, leading, quorum };
  if (ballots === 0) return { ...base, outcome: 'no_ballots' };
  if (method === 'straw_poll') return { ...base, outcome: 'indicative' };
  if (!quorum.met) return { ...base, outcome: 'no_quorum' };
  if (leading === null) return { ...base, outcome: 'tied' };
  const { share, strictlyMore } = THRESHOLD_SHARES[rule.threshold];
  const reached = strictlyMore ? top * share.denominator > ballots * share.numerator : top * share.denominator >= ballots * share.numerator;
  return { ...base, outcome: reached ? 'adopted' : 'not_adopted' };
}

// ── objections register ──────────────────────────────────────────────────────────────────────────────

/**
 * A standing objection stays on the register through Implement and is reviewed before Exit: it is open
 * until someone records its review (withdrawn by its author, or answered by the group).
 */
export const OBJECTION_STATUSES = ['standing', 'withdrawn', 'answered'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export function objectionsReviewedForExit(objections: readonly { status: ObjectionStatus }[]): boolean {
  return objections.every((objection) => objection.status !== 'standing');
}
