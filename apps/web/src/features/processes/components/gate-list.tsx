import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import type { Gate } from '../../../api';
import { gateDetail } from './gate-details';
import { gateName } from './labels';

const STATUS_TEXT = defineMessages<Gate['status']>({
  met: { id: 'processes.gateStatus.met', defaultMessage: 'Met' },
  unmet: { id: 'processes.gateStatus.unmet', defaultMessage: 'Not met' },
  not_measurable: { id: 'processes.gateStatus.not_measurable', defaultMessage: 'Not measurable yet' },
});

const messages = untyped(
  defineMessages({
    gateLine: { id: 'processes.gates.line', defaultMessage: '{status} {name}' },
    withColon: { id: 'processes.gateStatus.withColon', defaultMessage: '{status}:' },
  }),
);

const STATUS_ICON: Record<Gate['status'], string> = {
  met: '✓',
  unmet: '✕',
  not_measurable: '?',
};

/** Readiness checks, each with its status in words (colour and icon only repeat it). */
export function GateList({ gates, label }: { gates: readonly Gate[]; label: string }) {
  const intl = useIntl();
  return (
    <ul className="gates" aria-label={label}>
      {gates.map((gate) => (
        <li key={gate.id} className={`gate gate-${gate.status}`}>
          <span className="gate-icon" aria-hidden="true">
            {STATUS_ICON[gate.status]}
          </span>
          <div className="gate-body">
            <p className="gate-label">
              {intl.formatMessage(messages.gateLine, {
                status: (
                  <span className="gate-status">
                    {intl.formatMessage(messages.withColon, { status: intl.formatMessage(STATUS_TEXT[gate.status]) })}
                  </span>
                ),
                name: gateName(intl, gate),
              })}
            </p>
            <p className="gate-detail">{gateDetail(intl, gate)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
