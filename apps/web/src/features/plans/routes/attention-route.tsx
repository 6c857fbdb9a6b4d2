import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type PlanActionList } from '../../../api';
import { EmptyState } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { type AttentionFilter, listActionsNeedingAttention } from '../api/plans';
import { OverdueBadge } from '../components/labels';
import { processRefOf, processPath } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

const TITLES: Record<AttentionFilter, string> = { overdue: 'Overdue actions', blocked: 'Blocked actions' };

/** `/w/:workspaceId/p/:processId/plan/actions?filter=overdue|blocked`: every action needing attention (the dashboard's "see all"). */
export function AttentionRoute() {
  const fmt = useFormat();
  const { process } = useProcessOutlet();
  const [params] = useSearchParams();
  const filter: AttentionFilter = params.get('filter') === 'blocked' ? 'blocked' : 'overdue';
  const processRef = processRefOf(process);
  const first = useResource<PlanActionList>(`attention:${process.id}:${filter}`, (signal) =>
    listActionsNeedingAttention(processRef, filter, null, signal),
  );
  const [more, setMore] = useState<PlanActionList | null>(null);
  const [loading, setLoading] = useState(false);
  usePageTitle(TITLES[filter]);
  const planPath = processPath(processRef, 'plan');
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);

  return (
    <section className="panel" aria-labelledby="attention-title">
      <p>
        <Link to={processPath(processRef, 'dashboard')}>← Dashboard</Link>
      </p>
      <h2 id="attention-title">{TITLES[filter]}</h2>
      <ResourceView resource={first} loading="Loading actions…" />
      {first.data && items.length === 0 ? <EmptyState title={filter === 'overdue' ? 'Nothing is overdue' : 'Nothing is blocked'} /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label={TITLES[filter]}>
          {items.map((action) => (
            <li key={action.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${planPath}/${action.planId}/actions/${action.id}`}>
                  {action.title}
                </Link>
                <span className="muted">
                  {action.planTitle} · {action.owner?.name ?? 'No owner'}
                  {action.dueDate ? ` · due ${fmt.day(action.dueDate)}` : ''} {action.overdue ? <OverdueBadge /> : null}
                </span>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {nextCursor ? (
        <div className="load-more">
          <button
            type="button"
            className="button"
            disabled={loading}
            onClick={() => {
              setLoading(true);
              void listActionsNeedingAttention(processRef, filter, nextCursor)
                .then((page) =>
                  setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor })),
                )
                .finally(() => setLoading(false));
            }}
          >
            {loading ? 'Loading…' : 'Show more'}
          </button>
        </div>
      ) : null}
    </section>
  );
}
