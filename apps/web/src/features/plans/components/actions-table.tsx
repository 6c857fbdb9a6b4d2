import type { ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { PlanAction } from '../../../api';
import { useFormat } from '../../../lib/use-format';
import { OverdueBadge } from './labels';
import { StatusControl } from './status-control';
import type { ProcessRef } from '../../../context/process-ref';
import { untyped } from '../../../i18n/untyped';
import { commonMessages } from '../../../i18n/common-messages';
import { WHEEL_AREA_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    dueLine: { id: 'plans.actionsTable.dueLine', defaultMessage: '{due} {overdue}' },
    percent: { id: 'plans.actionsTable.percent', defaultMessage: '{percent} %' },
    caption: { id: 'plans.actionsTable.caption', defaultMessage: 'Actions of this plan' },
    action: { id: 'plans.actionsTable.action', defaultMessage: 'Action' },
    owner: { id: 'plans.actionsTable.owner', defaultMessage: 'Owner' },
    start: { id: 'plans.actionsTable.start', defaultMessage: 'Start' },
    due: { id: 'plans.actionsTable.due', defaultMessage: 'Due' },
    status: { id: 'plans.actionsTable.status', defaultMessage: 'Status' },
    progress: { id: 'plans.actionsTable.progress', defaultMessage: 'Progress' },
    wheelArea: { id: 'plans.actionsTable.wheelArea', defaultMessage: 'Wheel area' },
    dependsOn: { id: 'plans.actionsTable.dependsOn', defaultMessage: 'Depends on' },
    edit: { id: 'plans.actionsTable.edit', defaultMessage: 'Edit' },
    dropped: { id: 'plans.actionsTable.dropped', defaultMessage: 'Dropped: {reason}' },
    noOwner: { id: 'plans.actionsTable.noOwner', defaultMessage: 'No owner yet' },
    noDueDate: { id: 'plans.actionsTable.noDueDate', defaultMessage: 'No due date' },
    editAction: { id: 'plans.actionsTable.editAction', defaultMessage: 'Edit<hidden> “{title}”</hidden>' },
  }),
);

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

interface ActionsTableProps {
  processRef: ProcessRef;
  actions: PlanAction[];
  /** Where each action's page is (its progress and costs). */
  actionPath: (action: PlanAction) => string;
  /** Offer an Edit button per action (plan managers, when the plan's state allows). */
  onEdit: ((action: PlanAction) => void) | null;
  onChanged: (action: PlanAction, message: string) => void;
  onConflict: (message: string) => void;
}

/** A plan's actions: who does what, how and when, in which Coordination Wheel area, after which other actions. */
export function ActionsTable({ processRef, actions, actionPath, onEdit, onChanged, onConflict }: ActionsTableProps) {
  const intl = useIntl();
  const none = intl.formatMessage(commonMessages.none);
  const fmt = useFormat();
  return (
    <div className="table-wrap" role="region" aria-labelledby="actions-caption" tabIndex={0}>
      <table className="table actions-table">
        <caption id="actions-caption">{intl.formatMessage(messages.caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(messages.action)}</th>
            <th scope="col">{intl.formatMessage(messages.owner)}</th>
            <th scope="col">{intl.formatMessage(messages.start)}</th>
            <th scope="col">{intl.formatMessage(messages.due)}</th>
            <th scope="col">{intl.formatMessage(messages.status)}</th>
            <th scope="col">{intl.formatMessage(messages.progress)}</th>
            <th scope="col">{intl.formatMessage(messages.wheelArea)}</th>
            <th scope="col">{intl.formatMessage(messages.dependsOn)}</th>
            {onEdit ? (
              <th scope="col">
                <span className="visually-hidden">{intl.formatMessage(messages.edit)}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className={action.overdue ? 'action-overdue' : undefined}>
              <th scope="row">
                <Link className="action-title" to={actionPath(action)}>
                  {action.title}
                </Link>
                {action.description ? <span className="muted action-how">{action.description}</span> : null}
                {action.status === 'dropped' && action.dropReason ? (
                  <span className="muted action-how">{intl.formatMessage(messages.dropped, { reason: action.dropReason })}</span>
                ) : null}
              </th>
              <td>{action.owner?.name ?? <span className="muted">{intl.formatMessage(messages.noOwner)}</span>}</td>
              <td>{action.startDate ? fmt.day(action.startDate) : none}</td>
              <td>
                {intl.formatMessage(messages.dueLine, {
                  due: action.dueDate ? fmt.day(action.dueDate) : <span className="muted">{intl.formatMessage(messages.noDueDate)}</span>,
                  overdue: action.overdue ? <OverdueBadge /> : null,
                })}
              </td>
              <td>
                <StatusControl processRef={processRef} action={action} onChanged={onChanged} onConflict={onConflict} />
              </td>
              <td>
                {action.progressPercent === null ? none : intl.formatMessage(messages.percent, { percent: String(action.progressPercent) })}
              </td>
              <td>{action.wheelArea ? intl.formatMessage(WHEEL_AREA_MESSAGES[action.wheelArea]) : none}</td>
              <td>
                {action.dependsOn.length > 0
                  ? intl.formatList(
                      action.dependsOn.map((dependency) => dependency.title),
                      { type: 'unit' },
                    )
                  : none}
              </td>
              {onEdit ? (
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    aria-haspopup="dialog"
                    onClick={() => {
                      onEdit(action);
                    }}
                  >
                    <FormattedMessage {...messages.editAction} values={{ title: action.title, hidden }} />
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
