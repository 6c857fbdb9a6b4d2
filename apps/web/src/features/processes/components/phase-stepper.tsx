import { PHASE_LABELS, PHASES, phaseIndex, type Phase } from '@common-ground/domain';

/** The six phases in order; the current one carries `aria-current="step"`. */
export function PhaseStepper({ current }: { current: Phase }) {
  const currentIndex = phaseIndex(current);
  return (
    <ol className="stepper" aria-label="Phases of the process">
      {PHASES.map((phase, index) => {
        const state = index < currentIndex ? 'passed' : index === currentIndex ? 'current' : 'upcoming';
        return (
          <li key={phase} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-marker" aria-hidden="true">
              {state === 'passed' ? '✓' : String(index + 1)}
            </span>
            <span className="step-label">{PHASE_LABELS[phase]}</span>
            <span className="visually-hidden">{state === 'current' ? ' (current phase)' : state === 'passed' ? ' (passed)' : ''}</span>
          </li>
        );
      })}
    </ol>
  );
}
