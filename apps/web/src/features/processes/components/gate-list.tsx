import type { Gate } from '../../../api';

const STATUS_TEXT: Record<Gate['status'], string> = {
  met: 'Met',
  unmet: 'Not met',
  not_measurable: 'Not measurable yet',
};

const STATUS_ICON: Record<Gate['status'], string> = {
  met: '✓',
  unmet: '✕',
  not_measurable: '?',
};

/** Readiness checks, each with its status in words (colour and icon only repeat it). */
export function GateList({ gates, label }: { gates: readonly Gate[]; label: string }) {
  return (
    <ul className="gates" aria-label={label}>
      {gates.map((gate) => (
        <li key={gate.id} className={`gate gate-${gate.status}`}>
          <span className="gate-icon" aria-hidden="true">
            {STATUS_ICON[gate.status]}
          </span>
          <div className="gate-body">
            <p className="gate-label">
              <span className="gate-status">{STATUS_TEXT[gate.status]}:</span> {gate.label}
            </p>
            <p className="gate-detail">{gate.detail}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
