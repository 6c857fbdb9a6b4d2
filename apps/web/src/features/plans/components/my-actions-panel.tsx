import { useState } from 'react';
import { Link } from 'react-router';
import { type PlanActionList } from '../../../api';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { listMyActions, MY_ACTIONS_PAGE } from '../api/plans';
import { OverdueBadge } from './labels';
import { StatusControl } from './status-control';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

/** The actions the signed-in person holds, themselves or through their working or stakeholder group. */
export function MyActionsPanel({ processRef, basePath }: { processRef: ProcessRef; basePath: string }) {
  const fmt = useFormat();
  const actions = useResource<PlanActionList>(`my-actions:${processRef.processId}`, (signal) => listMyActions(processRef, signal));
  const [status, setStatus] = useState('');
  const items = actions.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="my-actions-title">
      <h2 id="my-actions-title">My actions</h2>
      <p className="muted">Actions you hold, yourself or through your working group or stakeholder group, soonest due first.</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={actions} loading="Loading your actions…" />
      {actions.data && items.length === 0 ? <EmptyState title="You hold no actions yet" /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label="My actions">
          {items.map((action) => (
            <li key={action.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${basePath}/${action.planId}/actions/${action.id}`}>
                  {action.title}
                </Link>
                <span className="muted">
                  <Link to={`${basePath}/${action.planId}`}>{action.planTitle}</Link>
                  {action.owner ? ` · ${action.owner.name}` : ''}
                  {action.dueDate ? ` · due ${fmt.day(action.dueDate)}` : ''} {action.overdue ? <OverdueBadge /> : null}
                </span>
              </div>
              <div className="row-actions">
                <StatusControl
                  processRef={processRef}
                  action={action}
                  onChanged={(changed, message) => {
                    actions.setData((list) => ({ ...list, items: list.items.map((item) => (item.id === changed.id ? changed : item)) }));
                    setStatus(message);
                  }}
                  onConflict={(message) => {
                    actions.reload();
                    setStatus(message);
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {actions.data?.nextCursor ? (
        <p className="muted">Your first {MY_ACTIONS_PAGE} actions are listed here; each plan shows all of its actions.</p>
      ) : null}
    </section>
  );
}
