import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import type { Transition } from '../../../api';
import { Badge } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';
import { gateName } from './labels';
import { ARROW_MARK } from '../../../components/marks';
import { PHASE_MESSAGES } from '../../../i18n/domain-labels';

const KIND_LABELS = defineMessages<Transition['kind']>({
  advance: { id: 'processes.transitionKind.advance', defaultMessage: 'Moved forward' },
  override: { id: 'processes.transitionKind.override', defaultMessage: 'Moved forward, checks overridden' },
  step_back: { id: 'processes.transitionKind.step_back', defaultMessage: 'Stepped back' },
});

const REASON_LABELS = defineMessages<Transition['kind']>({
  advance: { id: 'processes.history.note', defaultMessage: 'Note:' },
  override: { id: 'processes.history.justification', defaultMessage: 'Justification:' },
  step_back: { id: 'processes.history.reason', defaultMessage: 'Reason:' },
});

const messages = untyped(
  defineMessages({
    fromTo: { id: 'processes.history.fromTo', defaultMessage: '{from} {arrow}{toWord} {to}' },
    transitionKind: { id: 'processes.history.transitionKind', defaultMessage: '{transition} {kind}' },
    label: { id: 'processes.history.label', defaultMessage: 'Phase changes, newest first' },
    to: { id: 'processes.history.to', defaultMessage: 'to' },
    by: { id: 'processes.history.by', defaultMessage: 'by {name} · <time></time>' },
    overridden: { id: 'processes.history.overridden', defaultMessage: 'Overridden checks:' },
  }),
);

export function TransitionHistory({ transitions }: { transitions: readonly Transition[] }) {
  const intl = useIntl();
  const fmt = useFormat();
  return (
    <ol className="history" aria-label={intl.formatMessage(messages.label)}>
      {transitions.map((transition) => (
        <li key={transition.id} className="history-item">
          <p className="history-title">
            {intl.formatMessage(messages.transitionKind, {
              transition: (
                <strong>
                  {intl.formatMessage(messages.fromTo, {
                    from: intl.formatMessage(PHASE_MESSAGES[transition.fromPhase]),
                    arrow: (
                      <span aria-hidden="true" className="direction-arrow">
                        {ARROW_MARK}
                      </span>
                    ),
                    toWord: <span className="visually-hidden"> {intl.formatMessage(messages.to)} </span>,
                    to: intl.formatMessage(PHASE_MESSAGES[transition.toPhase]),
                  })}
                </strong>
              ),
              kind: (
                <Badge tone={transition.kind === 'override' ? 'warning' : transition.kind === 'step_back' ? 'muted' : 'accent'}>
                  {intl.formatMessage(KIND_LABELS[transition.kind])}
                </Badge>
              ),
            })}
          </p>
          <p className="muted">
            <FormattedMessage
              {...messages.by}
              values={{
                name: transition.actor.displayName,
                time: () => <time dateTime={transition.createdAt}>{fmt.dateTime(transition.createdAt)}</time>,
              }}
            />
          </p>
          {transition.reason ? (
            <p className="history-reason">
              <span className="history-label">{intl.formatMessage(REASON_LABELS[transition.kind])}</span> {transition.reason}
            </p>
          ) : null}
          {transition.overriddenGates.length > 0 ? (
            <div className="history-gates">
              <span className="history-label">{intl.formatMessage(messages.overridden)}</span>
              <ul>
                {transition.overriddenGates.map((gate) => (
                  <li key={gate.id}>{gateName(intl, gate)}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
