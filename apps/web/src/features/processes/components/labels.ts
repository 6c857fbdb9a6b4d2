import { isPhase } from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { PHASE_MESSAGES } from '../../../i18n/domain-labels';

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
