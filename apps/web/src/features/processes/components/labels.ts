import {
  isPhase,
  type OwnershipLevel,
  type Phase,
  type ProcessLevel,
  type ProcessRole,
  type ProcessStatus,
  type WheelArea,
} from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';

/**
 * The process vocabulary of libs/domain (phases, levels, roles, Coordination Wheel areas, ownership levels) as
 * messages keyed by the domain value: the domain keeps its English labels for the API and documents; screens say
 * them in the reader's language.
 */
export const PHASE_MESSAGES = defineMessages<Phase>({
  initiate: { id: 'processes.phase.initiate', defaultMessage: 'Initiate' },
  design: { id: 'processes.phase.design', defaultMessage: 'Design' },
  acquaint: { id: 'processes.phase.acquaint', defaultMessage: 'Acquaint' },
  agree: { id: 'processes.phase.agree', defaultMessage: 'Agree' },
  implement: { id: 'processes.phase.implement', defaultMessage: 'Implement' },
  exit: { id: 'processes.phase.exit', defaultMessage: 'Exit' },
});

export const PHASE_SUMMARY_MESSAGES = defineMessages<Phase>({
  initiate: {
    id: 'processes.phaseSummary.initiate',
    defaultMessage: 'Decide whether to use a multi-stakeholder process and get it started: core group, convener, resources.',
  },
  design: {
    id: 'processes.phaseSummary.design',
    defaultMessage: 'Map stakeholders, set selection criteria, assess harm, consult and invite participants.',
  },
  acquaint: {
    id: 'processes.phaseSummary.acquaint',
    defaultMessage: 'First meetings: expectations, ground rules, accountability, grievance procedure and the charter.',
  },
  agree: {
    id: 'processes.phaseSummary.agree',
    defaultMessage: 'Frame the issue, agree a shared vision and action plans with milestones and costs.',
  },
  implement: {
    id: 'processes.phaseSummary.implement',
    defaultMessage: 'Work in groups, track actions, report back to the group and to constituencies, adapt.',
  },
  exit: {
    id: 'processes.phaseSummary.exit',
    defaultMessage: 'Decide how the process closes or is institutionalised, communicate next steps, learn lessons.',
  },
});

export const LEVEL_MESSAGES = defineMessages<ProcessLevel>({
  local: { id: 'processes.level.local', defaultMessage: 'Local' },
  regional: { id: 'processes.level.regional', defaultMessage: 'Regional' },
  national: { id: 'processes.level.national', defaultMessage: 'National' },
});

export const STATUS_MESSAGES = defineMessages<ProcessStatus>({
  active: { id: 'processes.status.active', defaultMessage: 'Active' },
  archived: { id: 'processes.status.archived', defaultMessage: 'Archived' },
});

export const ROLE_MESSAGES = defineMessages<ProcessRole>({
  convener: { id: 'processes.role.convener', defaultMessage: 'Convener' },
  facilitator: { id: 'processes.role.facilitator', defaultMessage: 'Facilitator' },
  secretariat: { id: 'processes.role.secretariat', defaultMessage: 'Secretariat' },
  participant: { id: 'processes.role.participant', defaultMessage: 'Participant' },
  observer: { id: 'processes.role.observer', defaultMessage: 'Observer' },
});

export const WHEEL_AREA_MESSAGES = defineMessages<WheelArea>({
  joint_capacity_building: { id: 'processes.wheelArea.joint_capacity_building', defaultMessage: 'Joint capacity building' },
  joint_assessment: { id: 'processes.wheelArea.joint_assessment', defaultMessage: 'Joint assessment' },
  joint_planning: { id: 'processes.wheelArea.joint_planning', defaultMessage: 'Joint planning' },
  joint_implementation: { id: 'processes.wheelArea.joint_implementation', defaultMessage: 'Joint implementation' },
  joint_monitoring_evaluation: { id: 'processes.wheelArea.joint_monitoring_evaluation', defaultMessage: 'Joint monitoring and evaluation' },
});

export const OWNERSHIP_MESSAGES = defineMessages<OwnershipLevel>({
  information_sharing: { id: 'processes.ownership.information_sharing', defaultMessage: 'Information sharing' },
  dialogue_consultation: { id: 'processes.ownership.dialogue_consultation', defaultMessage: 'Dialogue and consultation' },
  joint_implementation: { id: 'processes.ownership.joint_implementation', defaultMessage: 'Joint implementation' },
  joint_oversight: { id: 'processes.ownership.joint_oversight', defaultMessage: 'Joint institutional oversight' },
});

/**
 * The readiness checks' names, keyed by the gate's stable id. The API sends the English name too: a gate this
 * list does not know yet is shown with it.
 */
const GATE_MESSAGES: Record<string, MessageDescriptor> = defineMessages({
  'design.purpose': { id: 'processes.gate.design.purpose', defaultMessage: 'Purpose and mandate written' },
  'design.second-convener': { id: 'processes.gate.design.second-convener', defaultMessage: 'A second person convenes or facilitates' },
  'acquaint.selection-criteria': {
    id: 'processes.gate.acquaint.selection-criteria',
    defaultMessage: 'Participant selection criteria written',
  },
  'acquaint.do-no-harm': { id: 'processes.gate.acquaint.do-no-harm', defaultMessage: 'Do-No-Harm self-assessment done' },
  'acquaint.indispensable-groups': {
    id: 'processes.gate.acquaint.indispensable-groups',
    defaultMessage: 'Every indispensable group has an active participant',
  },
  'agree.ground-rules': { id: 'processes.gate.agree.ground-rules', defaultMessage: 'Ground rules adopted' },
  'agree.charter-in-force': { id: 'processes.gate.agree.charter-in-force', defaultMessage: 'Charter in force' },
  'agree.accountability-map': { id: 'processes.gate.agree.accountability-map', defaultMessage: 'Accountability map complete' },
  'agree.grievance-procedure': { id: 'processes.gate.agree.grievance-procedure', defaultMessage: 'Grievance procedure agreed' },
  'implement.approved-plan': {
    id: 'processes.gate.implement.approved-plan',
    defaultMessage: 'An action plan is approved, every action with an owner and a due date',
  },
});

const readinessFor = untyped(
  defineMessages({
    notYetMeasurable: { id: 'processes.gate.readinessFor', defaultMessage: 'Readiness for {phase}' },
  }),
);

/** A readiness check's name in the reader's language; a gate this list does not know keeps the API's name. */
export function gateName(intl: IntlShape, gate: { id: string; label: string }): string {
  if (Object.hasOwn(GATE_MESSAGES, gate.id)) return intl.formatMessage(GATE_MESSAGES[gate.id]);
  // "<phase>.not-yet-measurable": the phase's checks are recorded by a later capability.
  const phase = gate.id.split('.')[0];
  if (gate.id.endsWith('.not-yet-measurable') && isPhase(phase)) {
    return intl.formatMessage(readinessFor.notYetMeasurable, { phase: intl.formatMessage(PHASE_MESSAGES[phase]) });
  }
  return gate.label;
}
