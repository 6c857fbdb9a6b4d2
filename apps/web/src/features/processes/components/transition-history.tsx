import { PHASE_LABELS } from '@common-ground/domain';
import type { Transition } from '../../../api';
import { Badge } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';

const KIND_LABELS: Record<Transition['kind'], string> = {
  advance: 'Moved forward',
  override: 'Moved forward, checks overridden',
  step_back: 'Stepped back',
};

export function TransitionHistory({ transitions }: { transitions: readonly Transition[] }) {
  const fmt = useFormat();
  return (
    <ol className="history" aria-label="Phase changes, newest first">
      {transitions.map((transition) => (
        <li key={transition.id} className="history-item">
          <p className="history-title">
            <strong>
              {PHASE_LABELS[transition.fromPhase]}{' '}
              <span aria-hidden="true" className="direction-arrow">
                →
              </span>
              <span className="visually-hidden"> to </span> {PHASE_LABELS[transition.toPhase]}
            </strong>{' '}
            <Badge tone={transition.kind === 'override' ? 'warning' : transition.kind === 'step_back' ? 'muted' : 'accent'}>
              {KIND_LABELS[transition.kind]}
            </Badge>
          </p>
          <p className="muted">
            by {transition.actor.displayName} · <time dateTime={transition.createdAt}>{fmt.dateTime(transition.createdAt)}</time>
          </p>
          {transition.reason ? (
            <p className="history-reason">
              <span className="history-label">
                {transition.kind === 'step_back' ? 'Reason' : transition.kind === 'override' ? 'Justification' : 'Note'}:
              </span>{' '}
              {transition.reason}
            </p>
          ) : null}
          {transition.overriddenGates.length > 0 ? (
            <div className="history-gates">
              <span className="history-label">Overridden checks:</span>
              <ul>
                {transition.overriddenGates.map((gate) => (
                  <li key={gate.id}>{gate.label}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
