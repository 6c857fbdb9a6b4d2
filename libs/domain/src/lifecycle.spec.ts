import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainError, DomainErrorCode } from './errors';
import {
  evaluateGates,
  FACT_GROUPS,
  GATE_DETAIL_CODES,
  GATE_FACTS,
  gateFacts,
  nextPhase,
  PHASES,
  type Phase,
  phaseIndex,
  planTransition,
  type ProcessFacts,
} from './lifecycle';

const acquaintDone: ProcessFacts['acquaint'] = {
  adoptedGroundRules: 7,
  charterInForce: true,
  charterRatification: null,
  activeParticipants: 3,
  participantsWithoutAccountability: 0,
  grievanceProcedure: true,
};
const plansDone: ProcessFacts['plans'] = { approvedPlans: 1, actionsWithoutOwner: 0, actionsWithoutDueDate: 0 };
const designDone: ProcessFacts['design'] = {
  selectionCriteriaWritten: true,
  doNoHarm: 'complete',
  indispensableGroups: 2,
  unrepresentedIndispensable: [],
};
const ready: ProcessFacts = {
  purpose: 'Agree a shared view of security.',
  leadershipCount: 2,
  design: designDone,
  acquaint: acquaintDone,
  plans: plansDone,
};

function codeOf(run: () => unknown): DomainErrorCode | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('gates', () => {
  it('lets a process enter Design only with a purpose and two people convening or facilitating', () => {
    expect(evaluateGates('design', ready).map((gate) => gate.status)).toEqual(['met', 'met']);
    expect(evaluateGates('design', { ...ready, purpose: '   ' }).map((gate) => gate.status)).toEqual(['unmet', 'met']);
    expect(evaluateGates('design', { ...ready, purpose: 'x', leadershipCount: 1 }).map((gate) => gate.status)).toEqual(['met', 'unmet']);
    expect(evaluateGates('design', { ...ready, purpose: null, leadershipCount: 0 })[1].detail).toContain('0 of 2');
  });

  it('lets a process enter Agree only with ground rules, a charter in force, a full accountability map and a grievance procedure', () => {
    expect(evaluateGates('agree', ready).map((gate) => gate.status)).toEqual(['met', 'met', 'met', 'met']);
    const gates = evaluateGates('agree', {
      ...ready,
      acquaint: {
        adoptedGroundRules: 0,
        charterInForce: false,
        charterRatification: { missing: ['1 more signature.'], signed: 1, active: 3, required: 2, missingGroups: [] },
        activeParticipants: 3,
        participantsWithoutAccountability: 2,
        grievanceProcedure: false,
      },
    });
    expect(gates.map((gate) => gate.status)).toEqual(['unmet', 'unmet', 'unmet', 'unmet']);
    expect(gates[1].detail).toBe('Still missing: 1 more signature.');
    expect(gates[1]).toMatchObject({
      code: 'charter_missing',
      params: { signed: 1, active: 3, required: 2, moreSignatures: 1, groups: [] },
    });
    expect(gates[2].detail).toBe('2 of 3 active participants have no accountability entry.');
    expect(evaluateGates('agree', { ...ready, acquaint: { ...acquaintDone, activeParticipants: 0 } })[2].status).toBe('unmet');
  });

  it('lets a process enter Implement only with an approved plan whose every action has an owner and a due date', () => {
    expect(evaluateGates('implement', ready)).toEqual([expect.objectContaining({ id: 'implement.approved-plan', status: 'met' })]);
    const none = evaluateGates('implement', { ...ready, plans: { approvedPlans: 0, actionsWithoutOwner: 0, actionsWithoutDueDate: 0 } })[0];
    expect(none).toMatchObject({ status: 'unmet', detail: 'Approve at least one action plan: who does what, how and by when.' });
    const gaps = evaluateGates('implement', { ...ready, plans: { approvedPlans: 2, actionsWithoutOwner: 1, actionsWithoutDueDate: 3 } })[0];
    expect(gaps).toMatchObject({ status: 'unmet', detail: 'Actions of approved plans: 1 without an owner, 3 without a due date.' });
  });

  it('lets a process enter Acquaint only with written selection criteria, a completed Do-No-Harm assessment and every indispensable group represented', () => {
    const ids = (facts: ProcessFacts) => evaluateGates('acquaint', facts).map((gate) => `${gate.id}:${gate.status}`);
    expect(ids(ready)).toEqual(['acquaint.selection-criteria:met', 'acquaint.do-no-harm:met', 'acquaint.indispensable-groups:met']);
    const gates = evaluateGates('acquaint', {
      ...ready,
      design: {
        selectionCriteriaWritten: false,
        doNoHarm: 'answered',
        indispensableGroups: 3,
        unrepresentedIndispensable: ['Police', 'Youth'],
      },
    });
    expect(gates.map((gate) => gate.status)).toEqual(['unmet', 'unmet', 'unmet']);
    expect(gates[1].detail).toContain('a convener still has to mark');
    expect(gates[2].detail).toBe('No active participant yet from: Police, Youth.');
    for (const doNoHarm of ['not_started', 'in_progress'] as const) {
      expect(evaluateGates('acquaint', { ...ready, design: { ...designDone, doNoHarm } })[1].status).toBe('unmet');
    }
  });

  it('treats a process without indispensable groups as having none unrepresented, and says so', () => {
    const gate = evaluateGates('acquaint', { ...ready, design: { ...designDone, indispensableGroups: 0 } })[2];
    expect(gate).toMatchObject({ status: 'met', detail: 'No stakeholder group is marked indispensable.' });
  });

  it('reports the later phases as not yet measurable rather than met', () => {
    for (const phase of ['exit'] as const) {
      expect(evaluateGates(phase, ready)).toEqual([
        expect.objectContaining({ status: 'not_measurable', id: `${phase}.not-yet-measurable` }),
      ]);
    }
  });
});

describe('gate detail codes', () => {
  it('gives every gate a code with its params, and every code is reached by some facts (the web app has a sentence for each)', () => {
    const variants: ProcessFacts[] = [
      ready,
      { ...ready, purpose: null, leadershipCount: 1 },
      ...(['not_started', 'in_progress', 'answered'] as const).map((doNoHarm) => ({
        ...ready,
        design: { ...designDone, doNoHarm, selectionCriteriaWritten: false, unrepresentedIndispensable: ['Police'] },
      })),
      { ...ready, design: { ...designDone, indispensableGroups: 0 } },
      {
        ...ready,
        acquaint: {
          ...acquaintDone,
          adoptedGroundRules: 0,
          charterInForce: false,
          charterRatification: { missing: ['x'], signed: 0, active: 2, required: 2, missingGroups: ['Police'] },
          participantsWithoutAccountability: 1,
          grievanceProcedure: false,
        },
      },
      { ...ready, acquaint: { ...acquaintDone, charterInForce: false, activeParticipants: 0 } },
      { ...ready, plans: { approvedPlans: 0, actionsWithoutOwner: 0, actionsWithoutDueDate: 0 } },
      { ...ready, plans: { approvedPlans: 1, actionsWithoutOwner: 1, actionsWithoutDueDate: 2 } },
    ];
    const reached = new Set<string>();
    for (const facts of variants) {
      for (const phase of PHASES) {
        for (const gate of evaluateGates(phase, facts)) {
          expect(GATE_DETAIL_CODES).toContain(gate.code);
          expect(typeof gate.params).toBe('object');
          reached.add(gate.code);
        }
      }
    }
    expect([...reached].sort()).toEqual([...GATE_DETAIL_CODES].sort());
  });

  it('names unrepresented groups and the signatures a charter still needs as params, not inside a sentence', () => {
    const [, , groups] = evaluateGates('acquaint', {
      ...ready,
      design: { ...designDone, unrepresentedIndispensable: ['Police', 'Youth'] },
    });
    expect(groups).toMatchObject({ code: 'indispensable_unrepresented', params: { groups: ['Police', 'Youth'] } });
    expect(groups.detail).toBe('No active participant yet from: Police, Youth.');
    const [plan] = evaluateGates('implement', { ...ready, plans: { approvedPlans: 2, actionsWithoutOwner: 3, actionsWithoutDueDate: 0 } });
    expect(plan).toMatchObject({ code: 'plan_gaps', params: { plans: 2, withoutOwner: 3, withoutDueDate: 0 } });
  });
});

describe('gateFacts', () => {
  it('gives each phase’s gates every fact they read and nothing else: the gates read only what GATE_FACTS lists', () => {
    for (const phase of PHASES) {
      const facts = gateFacts(phase, ready.purpose, ready);
      expect(evaluateGates(phase, facts)).toEqual(evaluateGates(phase, ready));
      for (const group of FACT_GROUPS.filter((g) => !GATE_FACTS[phase].includes(g))) {
        expect(() => facts[group]).toThrow(/does not list/);
      }
    }
  });

  it('refuses to build facts without a group the target’s gates need', () => {
    expect(() => gateFacts('implement', ready.purpose, { design: ready.design })).toThrow(/need the plans facts/);
  });
});

describe('planTransition', () => {
  const gatesFor = (to: Phase, facts = ready) => evaluateGates(to, facts);

  it('advances one phase when the gates pass', () => {
    expect(planTransition({ from: 'initiate', to: 'design', gates: gatesFor('design') })).toEqual({
      from: 'initiate',
      to: 'design',
      kind: 'advance',
      reason: null,
      overriddenGates: [],
    });
  });

  it('refuses failing gates without a justification and records the overridden gates with one', () => {
    const gates = gatesFor('design', { ...ready, purpose: null, leadershipCount: 1 });
    expect(codeOf(() => planTransition({ from: 'initiate', to: 'design', gates }))).toBe(DomainErrorCode.GATES_FAILED);
    expect(codeOf(() => planTransition({ from: 'initiate', to: 'design', gates, justification: 'too short' }))).toBe(
      DomainErrorCode.GATES_FAILED,
    );
    const plan = planTransition({ from: 'initiate', to: 'design', gates, justification: '  The ministry asked us to start now.  ' });
    expect(plan.kind).toBe('override');
    expect(plan.reason).toBe('The ministry asked us to start now.');
    expect(plan.overriddenGates.map((gate) => gate.id)).toEqual(['design.purpose', 'design.second-convener']);
  });

  it('refuses to skip forward and to stay', () => {
    expect(codeOf(() => planTransition({ from: 'initiate', to: 'acquaint', gates: [] }))).toBe(DomainErrorCode.PHASE_SKIPPED);
    expect(codeOf(() => planTransition({ from: 'agree', to: 'agree', gates: [] }))).toBe(DomainErrorCode.SAME_PHASE);
  });

  it('steps back any number of phases with a reason of at least ten characters', () => {
    expect(codeOf(() => planTransition({ from: 'implement', to: 'design', gates: [], reason: 'because' }))).toBe(
      DomainErrorCode.REASON_REQUIRED,
    );
    expect(planTransition({ from: 'implement', to: 'design', gates: [], reason: 'New stakeholders joined the process.' })).toMatchObject({
      kind: 'step_back',
    });
  });

  it('holds its rules for every pair of phases and any text (property)', () => {
    const phase = fc.constantFrom(...PHASES);
    fc.assert(
      fc.property(
        phase,
        phase,
        fc.boolean(),
        fc.option(fc.string({ maxLength: 30 })),
        fc.option(fc.string({ maxLength: 30 })),
        (from, to, purposeSet, justification, reason) => {
          const facts: ProcessFacts = { ...ready, purpose: purposeSet ? 'purpose' : null };
          const gates = evaluateGates(to, facts);
          const step = phaseIndex(to) - phaseIndex(from);
          let plan;
          try {
            plan = planTransition({ from, to, gates, justification, reason });
          } catch (error) {
            const code = (error as DomainError).code;
            if (step === 0) return code === DomainErrorCode.SAME_PHASE;
            if (step > 1) return code === DomainErrorCode.PHASE_SKIPPED;
            if (step < 0) return code === DomainErrorCode.REASON_REQUIRED && (reason ?? '').trim().length < 10;
            return code === DomainErrorCode.GATES_FAILED && gates.some((gate) => gate.status === 'unmet');
          }
          if (step < 0) return plan.kind === 'step_back' && (plan.reason ?? '').length >= 10;
          if (step === 1)
            return plan.to === nextPhase(from) && (plan.kind === 'override') === gates.some((gate) => gate.status === 'unmet');
          return false;
        },
      ),
    );
  });
});
