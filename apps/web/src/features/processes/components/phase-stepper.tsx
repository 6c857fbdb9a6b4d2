import { PHASES, phaseIndex, type Phase } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { CHECK_MARK } from '../../../components/marks';
import { PHASE_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    label: { id: 'processes.stepper.label', defaultMessage: 'Phases of the process' },
    current: { id: 'processes.stepper.current', defaultMessage: '(current phase)' },
    passed: { id: 'processes.stepper.passed', defaultMessage: '(passed)' },
  }),
);

/** The six phases in order; the current one carries `aria-current="step"`. */
export function PhaseStepper({ current }: { current: Phase }) {
  const intl = useIntl();
  const currentIndex = phaseIndex(current);
  return (
    <ol className="stepper" aria-label={intl.formatMessage(messages.label)}>
      {PHASES.map((phase, index) => {
        const state = index < currentIndex ? 'passed' : index === currentIndex ? 'current' : 'upcoming';
        const note =
          state === 'current' ? intl.formatMessage(messages.current) : state === 'passed' ? intl.formatMessage(messages.passed) : null;
        return (
          <li key={phase} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-marker" aria-hidden="true">
              {state === 'passed' ? CHECK_MARK : String(index + 1)}
            </span>
            <span className="step-label">{intl.formatMessage(PHASE_MESSAGES[phase])}</span>
            {note ? <span className="visually-hidden"> {note}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
