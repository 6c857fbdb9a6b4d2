import { WHEEL_AREA_LABELS } from '@common-ground/domain';
import { Link } from 'react-router';
import type { PlanAction } from '../../../api';
import { useFormat } from '../../../lib/use-format';
import { OverdueBadge } from './labels';
import { StatusControl } from './status-control';
import type { ProcessRef } from '../../../context/process-ref';

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
  const fmt = useFormat();
  return (
    <div className="table-wrap" role="region" aria-labelledby="actions-caption" tabIndex={0}>
      <table className="table actions-table">
        <caption id="actions-caption">Actions of this plan</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Start</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col">Wheel area</th>
            <th scope="col">Depends on</th>
            {onEdit ? (
              <th scope="col">
                <span className="visually-hidden">Edit</span>
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
                  <span className="muted action-how">Dropped: {action.dropReason}</span>
                ) : null}
              </th>
              <td>{action.owner?.name ?? <span className="muted">No owner yet</span>}</td>
              <td>{action.startDate ? fmt.day(action.startDate) : '—'}</td>
              <td>
                {action.dueDate ? fmt.day(action.dueDate) : <span className="muted">No due date</span>}{' '}
                {action.overdue ? <OverdueBadge /> : null}
              </td>
              <td>
                <StatusControl processRef={processRef} action={action} onChanged={onChanged} onConflict={onConflict} />
              </td>
              <td>{action.progressPercent === null ? '—' : `${String(action.progressPercent)} %`}</td>
              <td>{action.wheelArea ? WHEEL_AREA_LABELS[action.wheelArea] : '—'}</td>
              <td>{action.dependsOn.length > 0 ? action.dependsOn.map((dependency) => dependency.title).join(', ') : '—'}</td>
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
                    Edit<span className="visually-hidden"> “{action.title}”</span>
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
