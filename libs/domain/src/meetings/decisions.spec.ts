import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  CONSENSUS_POSITIONS,
  type ConsensusPosition,
  consensusCarries,
  consensusResult,
  decisionPhase,
  decisionRuleProblem,
  decisionSettingsProblem,
  DEFAULT_DECISION_RULES,
  type DecisionRule,
  type DecisionSettings,
  objectionsReviewedForExit,
  positionNeedsReason,
  QUESTION_KINDS,
  resultsVisible,
  voteResult,
} from './decisions';
import { NO_QUORUM } from './quorum';

const nobodyMissing = { indispensableGroups: [], groupsPresent: [] };
const at = (iso: string) => new Date(iso);

describe('consensus', () => {
  const noQuorum = { entitled: 10, present: 10, ...nobodyMissing };

  it('carries with agreement, notes stand-asides, and stops at one block', () => {
    expect(consensusResult(['agree', 'agree', 'agree'], NO_QUORUM, noQuorum).outcome).toBe('consensus');
    expect(consensusResult(['agree', 'stand_aside', 'agree'], NO_QUORUM, noQuorum)).toMatchObject({
      outcome: 'consensus_with_stand_asides',
      agree: 2,
      standAside: 1,
      block: 0,
    });
    expect(consensusResult(['agree', 'agree', 'block'], NO_QUORUM, noQuorum).outcome).toBe('blocked');
    expect(consensusResult([], NO_QUORUM, noQuorum).outcome).toBe('no_positions');
    expect(consensusResult(['stand_aside'], NO_QUORUM, noQuorum).outcome).toBe('no_positions');
  });

  it('does not carry without its quorum', () => {
    const rule = DEFAULT_DECISION_RULES.charter_adoption.quorum;
    const facts = { entitled: 12, present: 7, indispensableGroups: ['police', 'women'], groupsPresent: ['police'] };
    const result = consensusResult(['agree', 'agree'], rule, facts);
    expect(result.outcome).toBe('no_quorum');
    expect(result.quorum.missingGroups).toEqual(['women']);
  });

  it('asks a reason for a block and a stand-aside, not for agreement', () => {
    expect(CONSENSUS_POSITIONS.filter(positionNeedsReason)).toEqual(['stand_aside', 'block']);
  });

  it('carries exactly when nobody blocks and someone agrees (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<ConsensusPosition>(...CONSENSUS_POSITIONS), { maxLength: 60 }), (positions) => {
        const result = consensusResult(positions, NO_QUORUM, noQuorum);
        expect(consensusCarries(result.outcome)).toBe(!positions.includes('block') && positions.includes('agree'));
        expect(result.agree + result.standAside + result.block).toBe(positions.length);
        // The order in which people spoke never changes the outcome.
        expect(consensusResult([...positions].reverse(), NO_QUORUM, noQuorum).outcome).toBe(result.outcome);
      }),
    );
  });
});

describe('votes and straw polls', () => {
  const vote = (threshold: DecisionRule['threshold']): DecisionRule => ({
    method: 'vote',
    quorum: NO_QUORUM,
    threshold,
    secretBallotAllowed: true,
  });
  const facts = { entitled: 10, present: 10, ...nobodyMissing };

  it('adopts the leading option past the threshold', () => {
    expect(voteResult('vote', 2, [0, 0, 1], vote('simple_majority'), facts)).toMatchObject({
      outcome: 'adopted',
      counts: [2, 1],
      leading: 0,
    });
    expect(voteResult('vote', 3, [0, 0, 1, 1, 2], vote('simple_majority'), facts)).toMatchObject({ outcome: 'tied', leading: null });
    expect(voteResult('vote', 3, [0, 0, 1, 2], vote('simple_majority'), facts).outcome).toBe('not_adopted');
    expect(voteResult('vote', 2, [0, 0, 1], vote('two_thirds'), facts).outcome).toBe('adopted');
    expect(voteResult('vote', 2, [0, 0, 0, 1, 1], vote('two_thirds'), facts).outcome).toBe('not_adopted');
    expect(voteResult('vote', 2, [0, 0, 1], vote('unanimity'), facts).outcome).toBe('not_adopted');
    expect(voteResult('vote', 2, [], vote('simple_majority'), facts).outcome).toBe('no_ballots');
  });

  it('needs its ballot quorum', () => {
    const rule: DecisionRule = {
      ...vote('simple_majority'),
      quorum: { attendance: null, ballots: { numerator: 1, denominator: 2 }, sectorBalanced: false },
    };
    expect(voteResult('vote', 2, [0, 0, 0, 1], rule, facts).outcome).toBe('no_quorum');
    expect(voteResult('vote', 2, [0, 0, 0, 1, 1], rule, facts).outcome).toBe('adopted');
  });

  it('keeps a straw poll indicative, whatever the counts', () => {
    expect(voteResult('straw_poll', 2, [0, 0, 0], vote('simple_majority'), facts)).toMatchObject({ outcome: 'indicative', counts: [3, 0] });
  });

  it('counts every valid ballot exactly once and ignores none silently (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.array(fc.nat({ max: 19 }), { maxLength: 200 }), (options, raw) => {
        const choices = raw.map((choice) => choice % options);
        const result = voteResult('vote', options, choices, vote('simple_majority'), facts);
        expect(result.ballots).toBe(choices.length);
        expect(result.counts.reduce((a, b) => a + b, 0)).toBe(choices.length);
        if (result.outcome === 'adopted') expect(result.counts[result.leading!] * 2).toBeGreaterThan(choices.length);
        // Shuffling the ballots changes nothing.
        expect(voteResult('vote', options, [...choices].sort(), vote('simple_majority'), facts)).toEqual(result);
      }),
    );
  });
});

describe('decision settings', () => {
  const rule: DecisionRule = { method: 'vote', quorum: NO_QUORUM, threshold: 'simple_majority', secretBallotAllowed: false };
  const settings: DecisionSettings = {
    method: 'vote',
    opensAt: at('2027-01-10T09:00:00Z'),
    closesAt: at('2027-01-12T17:00:00Z'),
    secretBallot: false,
    hideResultsUntilClosed: true,
    options: ['Yes', 'No'],
  };
  const before = at('2027-01-01T00:00:00Z');
  const during = at('2027-01-11T00:00:00Z');

  it('is closed by its closing time, not by a job', () => {
    expect(decisionPhase(settings, before)).toBe('scheduled');
    expect(decisionPhase(settings, during)).toBe('open');
    expect(decisionPhase(settings, settings.closesAt)).toBe('closed');
  });

  it('hides results from everyone until closing when it says so', () => {
    expect(resultsVisible(settings, during)).toBe(false);
    expect(resultsVisible(settings, settings.closesAt)).toBe(true);
    expect(resultsVisible({ ...settings, hideResultsUntilClosed: false }, during)).toBe(true);
  });

  it('refuses to relax hidden results, a secret ballot the charter does not allow, or a changed method once open', () => {
    expect(decisionSettingsProblem(rule, settings, null, before)).toBeNull();
    expect(decisionSettingsProblem(rule, { ...settings, hideResultsUntilClosed: false }, settings, before)).toBe('resultsHidingRelaxed');
    expect(decisionSettingsProblem(rule, { ...settings, secretBallot: true }, null, before)).toBe('secretBallotNotAllowed');
    const secretRule = { ...rule, secretBallotAllowed: true };
    expect(decisionSettingsProblem(secretRule, { ...settings, secretBallot: true }, settings, before)).toBeNull();
    expect(decisionSettingsProblem(secretRule, { ...settings, secretBallot: true }, settings, during)).toBe('secretBallotChanged');
    expect(decisionSettingsProblem(rule, { ...settings, method: 'straw_poll' }, settings, during)).toBe('methodChangedAfterOpening');
    expect(decisionSettingsProblem(rule, { ...settings, options: ['No', 'Yes'] }, settings, during)).toBe('optionsChangedAfterOpening');
    expect(decisionSettingsProblem(rule, { ...settings, options: ['No', 'Yes'] }, settings, before)).toBeNull();
    expect(decisionSettingsProblem(rule, { ...settings, closesAt: settings.opensAt }, null, before)).toBe('closesBeforeOpens');
    expect(decisionSettingsProblem(rule, { ...settings, options: ['Yes'] }, null, before)).toBe('tooFewOptions');
    expect(decisionSettingsProblem(rule, { ...settings, options: ['Yes', ' yes'] }, null, before)).toBe('duplicateOptions');
  });

  it('never allows a secret consensus, and every default rule is valid', () => {
    expect(decisionRuleProblem({ ...DEFAULT_DECISION_RULES.general, secretBallotAllowed: true })).toBe('secretConsensus');
    for (const kind of QUESTION_KINDS) expect(decisionRuleProblem(DEFAULT_DECISION_RULES[kind])).toBeNull();
  });
});

describe('the standing objections register', () => {
  it('is reviewed for Exit once no objection is still standing', () => {
    expect(objectionsReviewedForExit([])).toBe(true);
    expect(objectionsReviewedForExit([{ status: 'answered' }, { status: 'withdrawn' }])).toBe(true);
    expect(objectionsReviewedForExit([{ status: 'answered' }, { status: 'standing' }])).toBe(false);
  });
});
