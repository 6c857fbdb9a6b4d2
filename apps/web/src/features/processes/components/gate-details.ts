import type { GateDetailCode } from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';

/**
 * The sentence under each readiness check, keyed by the gate's `code` (libs/domain's GATE_DETAIL_CODES). The API
 * also sends the English `detail`, which a code this list does not know yet falls back to.
 */
export const GATE_DETAIL_MESSAGES: Readonly<Record<GateDetailCode, MessageDescriptor>> = untyped(
  defineMessages({
    not_yet_measurable: {
      id: 'processes.gateDetail.not_yet_measurable',
      defaultMessage: 'Not yet measurable: the data this gate needs is recorded by a later capability.',
    },
    purpose_written: { id: 'processes.gateDetail.purpose_written', defaultMessage: 'The purpose and mandate are recorded.' },
    purpose_missing: { id: 'processes.gateDetail.purpose_missing', defaultMessage: 'Write the purpose and mandate of the process.' },
    leadership_enough: {
      id: 'processes.gateDetail.leadership_enough',
      defaultMessage: '{count, plural, one {# person holds} other {# people hold}} a convening or facilitating role.',
    },
    leadership_short: {
      id: 'processes.gateDetail.leadership_short',
      defaultMessage: '{count} of {required} people hold a convening or facilitating role; add a co-convener or facilitator.',
    },
    criteria_written: {
      id: 'processes.gateDetail.criteria_written',
      defaultMessage: 'The criteria for selecting participants are documented.',
    },
    criteria_missing: {
      id: 'processes.gateDetail.criteria_missing',
      defaultMessage: 'Write down the criteria for selecting participants: documented criteria strengthen the legitimacy of the process.',
    },
    do_no_harm_not_started: {
      id: 'processes.gateDetail.do_no_harm_not_started',
      defaultMessage: 'Answer the {questions} Do-No-Harm questions, then a convener marks the assessment complete.',
    },
    do_no_harm_in_progress: {
      id: 'processes.gateDetail.do_no_harm_in_progress',
      defaultMessage: 'Some Do-No-Harm questions are still unanswered.',
    },
    do_no_harm_answered: {
      id: 'processes.gateDetail.do_no_harm_answered',
      defaultMessage: 'Every question is answered; a convener still has to mark the assessment complete.',
    },
    do_no_harm_complete: {
      id: 'processes.gateDetail.do_no_harm_complete',
      defaultMessage: 'The Do-No-Harm self-assessment is complete.',
    },
    indispensable_unrepresented: {
      id: 'processes.gateDetail.indispensable_unrepresented',
      defaultMessage: 'No active participant yet from: {groups}.',
    },
    indispensable_none: {
      id: 'processes.gateDetail.indispensable_none',
      defaultMessage: 'No stakeholder group is marked indispensable.',
    },
    indispensable_all_represented: {
      id: 'processes.gateDetail.indispensable_all_represented',
      defaultMessage: 'All {count} indispensable groups have an active participant.',
    },
    ground_rules_adopted: {
      id: 'processes.gateDetail.ground_rules_adopted',
      defaultMessage: '{count, plural, one {# ground rule} other {# ground rules}} adopted.',
    },
    ground_rules_missing: { id: 'processes.gateDetail.ground_rules_missing', defaultMessage: 'Adopt the ground rules the group agreed.' },
    charter_in_force: { id: 'processes.gateDetail.charter_in_force', defaultMessage: 'An adopted charter meets its ratification rule.' },
    charter_missing: { id: 'processes.gateDetail.charter_missing', defaultMessage: 'Still missing: {missing}' },
    charter_not_adopted: {
      id: 'processes.gateDetail.charter_not_adopted',
      defaultMessage: 'Adopt a charter and collect the signatures its ratification rule asks for.',
    },
    accountability_no_participants: {
      id: 'processes.gateDetail.accountability_no_participants',
      defaultMessage: 'The process has no active participants yet.',
    },
    accountability_complete: {
      id: 'processes.gateDetail.accountability_complete',
      defaultMessage: 'All {active} active participants have an entry.',
    },
    accountability_missing: {
      id: 'processes.gateDetail.accountability_missing',
      defaultMessage: '{missing} of {active} active participants have no accountability entry.',
    },
    grievance_recorded: { id: 'processes.gateDetail.grievance_recorded', defaultMessage: 'The grievance procedure is recorded.' },
    grievance_missing: {
      id: 'processes.gateDetail.grievance_missing',
      defaultMessage: 'Record who handles grievances, the deadlines, escalation and appeal.',
    },
    plan_missing: {
      id: 'processes.gateDetail.plan_missing',
      defaultMessage: 'Approve at least one action plan: who does what, how and by when.',
    },
    plan_complete: {
      id: 'processes.gateDetail.plan_complete',
      defaultMessage:
        '{plans, plural, one {# approved action plan} other {# approved action plans}}; every action has an owner and a due date.',
    },
    plan_gaps: { id: 'processes.gateDetail.plan_gaps', defaultMessage: 'Actions of approved plans: {gaps}.' },
  }),
);

/** The parts some details list: what a charter still misses, what actions of approved plans lack. */
const parts = untyped(
  defineMessages({
    listJoin: { id: 'processes.gateDetail.listJoin', defaultMessage: '{first}, {next}' },
    charterNoParticipants: {
      id: 'processes.gateDetail.charter.noParticipants',
      defaultMessage: 'The process has no active participants yet.',
    },
    charterMoreSignatures: {
      id: 'processes.gateDetail.charter.moreSignatures',
      defaultMessage:
        '{count, plural, one {# more signature} other {# more signatures}} ({signed} of {active} active participants signed; {required} needed).',
    },
    charterGroup: {
      id: 'processes.gateDetail.charter.group',
      defaultMessage: 'A signature from the indispensable group “{group}”.',
    },
    withoutOwner: { id: 'processes.gateDetail.plan.withoutOwner', defaultMessage: '{count} without an owner' },
    withoutDueDate: { id: 'processes.gateDetail.plan.withoutDueDate', defaultMessage: '{count} without a due date' },
  }),
);

type Params = Record<string, unknown>;

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const names = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Names in a sentence, joined as the reader's language lists them ("Police, Youth"). */
function joinList(intl: IntlShape, items: readonly string[]): string {
  return items.length === 0 ? '' : items.reduce((first, next) => intl.formatMessage(parts.listJoin, { first, next }));
}

/** What the adopted charter still misses, sentence by sentence (as libs/domain's evaluateRatification words it). */
function charterMissing(intl: IntlShape, params: Params): string {
  const { signed, active, required } = { signed: num(params.signed), active: num(params.active), required: num(params.required) };
  const lines: string[] = [];
  if (active === 0) lines.push(intl.formatMessage(parts.charterNoParticipants));
  const more = num(params.moreSignatures);
  if (more > 0) lines.push(intl.formatMessage(parts.charterMoreSignatures, { count: more, signed, active, required }));
  for (const group of names(params.groups)) lines.push(intl.formatMessage(parts.charterGroup, { group }));
  return lines.join(' ');
}

function planGaps(intl: IntlShape, params: Params): string {
  const gaps: string[] = [];
  if (num(params.withoutOwner) > 0) gaps.push(intl.formatMessage(parts.withoutOwner, { count: num(params.withoutOwner) }));
  if (num(params.withoutDueDate) > 0) gaps.push(intl.formatMessage(parts.withoutDueDate, { count: num(params.withoutDueDate) }));
  return joinList(intl, gaps);
}

/** A readiness check's detail in the reader's language; a code this list does not know keeps the API's sentence. */
export function gateDetail(intl: IntlShape, gate: { code?: string; params?: Params; detail: string }): string {
  const { code } = gate;
  if (!code || !Object.hasOwn(GATE_DETAIL_MESSAGES, code)) return gate.detail;
  const params = gate.params ?? {};
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  if (code === 'indispensable_unrepresented') values.groups = joinList(intl, names(params.groups));
  if (code === 'charter_missing') values.missing = charterMissing(intl, params);
  if (code === 'plan_gaps') values.gaps = planGaps(intl, params);
  return intl.formatMessage(GATE_DETAIL_MESSAGES[code as GateDetailCode], values);
}
