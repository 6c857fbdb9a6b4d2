/**
 * The six phases of a multi-stakeholder process (Lesson 11) and the rules for moving between them.
 * Framework-free: the API and the web app both read these rules.
 */
import { DomainError, DomainErrorCode } from './errors';
import type { RatificationResult } from './charters';
import type { PlanFacts } from './plans';
import { DO_NO_HARM_QUESTIONS, type DoNoHarmStatus } from './selection';

export const PHASES = ['initiate', 'design', 'acquaint', 'agree', 'implement', 'exit'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  initiate: 'Initiate',
  design: 'Design',
  acquaint: 'Acquaint',
  agree: 'Agree',
  implement: 'Implement',
  exit: 'Exit',
};

export const PHASE_SUMMARIES: Record<Phase, string> = {
  initiate: 'Decide whether to use a multi-stakeholder process and get it started: core group, convener, resources.',
  design: 'Map stakeholders, set selection criteria, assess harm, consult and invite participants.',
  acquaint: 'First meetings: expectations, ground rules, accountability, grievance procedure and the charter.',
  agree: 'Frame the issue, agree a shared vision and action plans with milestones and costs.',
  implement: 'Work in groups, track actions, report back to the group and to constituencies, adapt.',
  exit: 'Decide how the process closes or is institutionalised, communicate next steps, learn lessons.',
};

export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

export function nextPhase(phase: Phase): Phase | null {
  return PHASES[phaseIndex(phase) + 1] ?? null;
}

export type GateStatus = 'met' | 'unmet' | 'not_measurable';

/**
 * The sentences a gate's detail can be: a stable code per sentence, which the web app says in the reader's
 * language with the gate's `params` (the English `detail` stays for the API, the audit trail and logs).
 */
export const GATE_DETAIL_CODES = [
  'not_yet_measurable',
  'purpose_written',
  'purpose_missing',
  'leadership_enough',
  'leadership_short',
  'criteria_written',
  'criteria_missing',
  'do_no_harm_not_started',
  'do_no_harm_in_progress',
  'do_no_harm_answered',
  'do_no_harm_complete',
  'indispensable_unrepresented',
  'indispensable_none',
  'indispensable_all_represented',
  'ground_rules_adopted',
  'ground_rules_missing',
  'charter_in_force',
  'charter_missing',
  'charter_not_adopted',
  'accountability_no_participants',
  'accountability_complete',
  'accountability_missing',
  'grievance_recorded',
  'grievance_missing',
  'plan_missing',
  'plan_complete',
  'plan_gaps',
] as const;
export type GateDetailCode = (typeof GATE_DETAIL_CODES)[number];

/** What a detail sentence names: counts, and names of groups (user content, never translated). */
export type GateParams = Record<string, string | number | boolean | string[]>;

export interface GateResult {
  /** Stable identifier, e.g. `design.purpose`; recorded when a gate is overridden. */
  id: string;
  /** The English name; screens name the gate by `id` (and the phase of a `<phase>.not-yet-measurable` gate). */
  label: string;
  status: GateStatus;
  /** The English sentence; screens say `code` with `params` instead. */
  detail: string;
  code: GateDetailCode;
  params: GateParams;
}

/** What the gates read about a process. Later capabilities add their facts here. */
export interface ProcessFacts {
  purpose: string | null;
  /** People holding the convener or facilitator role in the process. */
  leadershipCount: number;
  /** Facts of the Design phase's preparation, read for the Acquaint gate. */
  design: {
    selectionCriteriaWritten: boolean;
    doNoHarm: DoNoHarmStatus;
    /** How many stakeholder groups are marked indispensable. */
    indispensableGroups: number;
    /** Names of the indispensable groups without an active participant. */
    unrepresentedIndispensable: string[];
  };
  /** Facts of the Acquaint phase's agreements, read for the Agree gate. */
  acquaint: {
    adoptedGroundRules: number;
    charterInForce: boolean;
    /** How the adopted charter stands against its ratification rule; null when no charter is adopted. */
    charterRatification: Pick<RatificationResult, 'missing' | 'signed' | 'active' | 'required' | 'missingGroups'> | null;
    activeParticipants: number;
    participantsWithoutAccountability: number;
    grievanceProcedure: boolean;
  };
  /** Facts of the Agree phase's action plans, read for the Implement gate. */
  plans: PlanFacts;
}

/** Convening or facilitating roles count towards the "second person" rule of the Design gate. */
export const MIN_LEADERSHIP_FOR_DESIGN = 2;

type GateRule = (facts: ProcessFacts) => GateResult;

const notYetMeasurable =
  (phase: Phase): GateRule =>
  () => ({
    id: `${phase}.not-yet-measurable`,
    label: `Readiness for ${PHASE_LABELS[phase]}`,
    status: 'not_measurable',
    detail: 'Not yet measurable: the data this gate needs is recorded by a later capability.',
    code: 'not_yet_measurable',
    params: { phase },
  });

/** The readiness checklist a process must pass to enter each phase. */
const GATES: Record<Phase, readonly GateRule[]> = {
  initiate: [],
  design: [
    (facts) => {
      const written = (facts.purpose ?? '').trim().length > 0;
      return {
        id: 'design.purpose',
        label: 'Purpose and mandate written',
        status: written ? 'met' : 'unmet',
        detail: written ? 'The purpose and mandate are recorded.' : 'Write the purpose and mandate of the process.',
        code: written ? 'purpose_written' : 'purpose_missing',
        params: {},
      };
    },
    (facts) => {
      const enough = facts.leadershipCount >= MIN_LEADERSHIP_FOR_DESIGN;
      return {
        id: 'design.second-convener',
        label: 'A second person convenes or facilitates',
        status: enough ? 'met' : 'unmet',
        detail: enough
          ? `${facts.leadershipCount} people hold a convening or facilitating role.`
          : `${facts.leadershipCount} of ${MIN_LEADERSHIP_FOR_DESIGN} people hold a convening or facilitating role; add a co-convener or facilitator.`,
        code: enough ? 'leadership_enough' : 'leadership_short',
        params: { count: facts.leadershipCount, required: MIN_LEADERSHIP_FOR_DESIGN },
      };
    },
  ],
  acquaint: [
    (facts) => {
      const written = facts.design.selectionCriteriaWritten;
      return {
        id: 'acquaint.selection-criteria',
        label: 'Participant selection criteria written',
        status: written ? 'met' : 'unmet',
        detail: written
          ? 'The criteria for selecting participants are documented.'
          : 'Write down the criteria for selecting participants: documented criteria strengthen the legitimacy of the process.',
        code: written ? 'criteria_written' : 'criteria_missing',
        params: {},
      };
    },
    (facts) => {
      const status = facts.design.doNoHarm;
      const details: Record<DoNoHarmStatus, string> = {
        not_started: `Answer the ${String(DO_NO_HARM_QUESTIONS.length)} Do-No-Harm questions, then a convener marks the assessment complete.`,
        in_progress: 'Some Do-No-Harm questions are still unanswered.',
        answered: 'Every question is answered; a convener still has to mark the assessment complete.',
        complete: 'The Do-No-Harm self-assessment is complete.',
      };
      return {
        id: 'acquaint.do-no-harm',
        label: 'Do-No-Harm self-assessment done',
        status: status === 'complete' ? 'met' : 'unmet',
        detail: details[status],
        code: `do_no_harm_${status}`,
        params: { questions: DO_NO_HARM_QUESTIONS.length },
      };
    },
    (facts) => {
      const missing = facts.design.unrepresentedIndispensable;
      return {
        id: 'acquaint.indispensable-groups',
        label: 'Every indispensable group has an active participant',
        status: missing.length === 0 ? 'met' : 'unmet',
        detail:
          missing.length > 0
            ? `No active participant yet from: ${missing.join(', ')}.`
            : facts.design.indispensableGroups === 0
              ? 'No stakeholder group is marked indispensable.'
              : `All ${String(facts.design.indispensableGroups)} indispensable groups have an active participant.`,
        code:
          missing.length > 0
            ? 'indispensable_unrepresented'
            : facts.design.indispensableGroups === 0
              ? 'indispensable_none'
              : 'indispensable_all_represented',
        params: { groups: [...missing], count: facts.design.indispensableGroups },
      };
    },
  ],
  agree: [
    (facts) => {
      const count = facts.acquaint.adoptedGroundRules;
      return {
        id: 'agree.ground-rules',
        label: 'Ground rules adopted',
        status: count > 0 ? 'met' : 'unmet',
        detail: count > 0 ? `${count} ground rule${count === 1 ? '' : 's'} adopted.` : 'Adopt the ground rules the group agreed.',
        code: count > 0 ? 'ground_rules_adopted' : 'ground_rules_missing',
        params: { count },
      };
    },
    (facts) => {
      const { charterInForce: inForce, charterRatification: ratification } = facts.acquaint;
      const missing = ratification?.missing ?? [];
      const params: GateParams = ratification
        ? {
            signed: ratification.signed,
            active: ratification.active,
            required: ratification.required,
            moreSignatures: Math.max(0, ratification.required - ratification.signed),
            groups: [...ratification.missingGroups],
          }
        : {};
      return {
        id: 'agree.charter-in-force',
        label: 'Charter in force',
        status: inForce ? 'met' : 'unmet',
        detail: inForce
          ? 'An adopted charter meets its ratification rule.'
          : missing.length > 0
            ? `Still missing: ${missing.join(' ')}`
            : 'Adopt a charter and collect the signatures its ratification rule asks for.',
        code: inForce ? 'charter_in_force' : missing.length > 0 ? 'charter_missing' : 'charter_not_adopted',
        params,
      };
    },
    (facts) => {
      const { activeParticipants, participantsWithoutAccountability: missing } = facts.acquaint;
      const met = activeParticipants > 0 && missing === 0;
      return {
        id: 'agree.accountability-map',
        label: 'Accountability map complete',
        status: met ? 'met' : 'unmet',
        detail:
          activeParticipants === 0
            ? 'The process has no active participants yet.'
            : met
              ? `All ${activeParticipants} active participants have an entry.`
              : `${missing} of ${activeParticipants} active participants have no accountability entry.`,
        code: activeParticipants === 0 ? 'accountability_no_participants' : met ? 'accountability_complete' : 'accountability_missing',
        params: { missing, active: activeParticipants },
      };
    },
    (facts) => ({
      id: 'agree.grievance-procedure',
      label: 'Grievance procedure agreed',
      status: facts.acquaint.grievanceProcedure ? 'met' : 'unmet',
      detail: facts.acquaint.grievanceProcedure
        ? 'The grievance procedure is recorded.'
        : 'Record who handles grievances, the deadlines, escalation and appeal.',
      code: facts.acquaint.grievanceProcedure ? 'grievance_recorded' : 'grievance_missing',
      params: {},
    }),
  ],
  implement: [
    (facts) => {
      const { approvedPlans, actionsWithoutOwner, actionsWithoutDueDate } = facts.plans;
      const complete = actionsWithoutOwner === 0 && actionsWithoutDueDate === 0;
      const gaps = [
        actionsWithoutOwner > 0 ? `${actionsWithoutOwner} without an owner` : null,
        actionsWithoutDueDate > 0 ? `${actionsWithoutDueDate} without a due date` : null,
      ].filter(Boolean);
      return {
        id: 'implement.approved-plan',
        label: 'An action plan is approved, every action with an owner and a due date',
        status: approvedPlans > 0 && complete ? 'met' : 'unmet',
        detail:
          approvedPlans === 0
            ? 'Approve at least one action plan: who does what, how and by when.'
            : complete
              ? `${approvedPlans} approved action plan${approvedPlans === 1 ? '' : 's'}; every action has an owner and a due date.`
              : `Actions of approved plans: ${gaps.join(', ')}.`,
        code: approvedPlans === 0 ? 'plan_missing' : complete ? 'plan_complete' : 'plan_gaps',
        params: { plans: approvedPlans, withoutOwner: actionsWithoutOwner, withoutDueDate: actionsWithoutDueDate },
      };
    },
  ],
  exit: [notYetMeasurable('exit')],
};

/** The groups of facts the gates read; `purpose` is a column of the process and always at hand. */
export type FactGroup = Exclude<keyof ProcessFacts, 'purpose'>;
export const FACT_GROUPS: readonly FactGroup[] = ['leadershipCount', 'design', 'acquaint', 'plans'];

/** Which facts each phase's gates read, so that checking readiness loads only those (a domain test holds the gates to it). */
export const GATE_FACTS: Record<Phase, readonly FactGroup[]> = {
  initiate: [],
  design: ['leadershipCount'],
  acquaint: ['design'],
  agree: ['acquaint'],
  implement: ['plans'],
  exit: [],
};

/**
 * The facts for the gates of `target`, from the groups loaded for it. A group the target's gates do not
 * list is left unreadable: reading it throws, so a gate that starts needing more facts fails its tests
 * instead of silently reading nothing.
 */
export function gateFacts(target: Phase, purpose: string | null, loaded: Partial<Pick<ProcessFacts, FactGroup>>): ProcessFacts {
  const facts = { purpose } as ProcessFacts;
  for (const group of FACT_GROUPS) {
    if (GATE_FACTS[target].includes(group)) {
      if (loaded[group] === undefined) throw new Error(`The ${PHASE_LABELS[target]} gates need the ${group} facts.`);
      Object.defineProperty(facts, group, { value: loaded[group], enumerable: true });
    } else {
      Object.defineProperty(facts, group, {
        get: () => {
          throw new Error(`A ${PHASE_LABELS[target]} gate read the ${group} facts, which GATE_FACTS does not list for it.`);
        },
      });
    }
  }
  return facts;
}

export function evaluateGates(target: Phase, facts: ProcessFacts): GateResult[] {
  return GATES[target].map((rule) => rule(facts));
}

export function failingGates<G extends Pick<GateResult, 'status'>>(gates: readonly G[]): G[] {
  return gates.filter((gate) => gate.status === 'unmet');
}

export const REASON_MIN_LENGTH = 10;
export const REASON_MAX_LENGTH = 2000;

export type TransitionKind = 'advance' | 'override' | 'step_back';

export interface TransitionRequest {
  from: Phase;
  to: Phase;
  gates: readonly GateResult[];
  /** Why a failing gate may be ignored; required when any gate fails. */
  justification?: string | null;
  /** Why the process goes back; required when stepping back. */
  reason?: string | null;
}

export interface PlannedTransition {
  from: Phase;
  to: Phase;
  kind: TransitionKind;
  reason: string | null;
  overriddenGates: GateResult[];
}

function meaningful(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed.length >= REASON_MIN_LENGTH ? trimmed : null;
}

/**
 * Decides whether a phase change may happen and how it is recorded.
 * Forward moves go one phase at a time through the target's gates; a failing gate needs a written
 * justification. Moving back may skip phases ("the steps are never linear") but needs a reason.
 */
export function planTransition(request: TransitionRequest): PlannedTransition {
  const { from, to } = request;
  if (from === to) throw new DomainError(DomainErrorCode.SAME_PHASE, `The process is already in ${PHASE_LABELS[to]}.`, 'toPhase');
  const step = phaseIndex(to) - phaseIndex(from);
  if (step < 0) {
    const reason = meaningful(request.reason);
    if (!reason) {
      throw new DomainError(
        DomainErrorCode.REASON_REQUIRED,
        `Stepping back needs a reason of at least ${REASON_MIN_LENGTH} characters.`,
        'reason',
      );
    }
    return { from, to, kind: 'step_back', reason, overriddenGates: [] };
  }
  if (step > 1) {
    throw new DomainError(
      DomainErrorCode.PHASE_SKIPPED,
      `A process moves forward one phase at a time; the next phase is ${PHASE_LABELS[nextPhase(from) as Phase]}.`,
      'toPhase',
    );
  }
  const failing = failingGates(request.gates);
  if (failing.length === 0) {
    return { from, to, kind: 'advance', reason: meaningful(request.justification) ?? null, overriddenGates: [] };
  }
  const justification = meaningful(request.justification);
  if (!justification) {
    throw new DomainError(
      DomainErrorCode.GATES_FAILED,
      `${failing.length} readiness check(s) fail: ${failing.map((gate) => gate.label).join('; ')}. Override them with a written justification of at least ${REASON_MIN_LENGTH} characters.`,
      'justification',
    );
  }
  return { from, to, kind: 'override', reason: justification, overriddenGates: failing };
}
