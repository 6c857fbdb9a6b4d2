import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
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

import { untyped } from '../../../i18n/untyped';
import { joinParts } from '../../../i18n/common-messages';

const TITLES = defineMessages<AttentionFilter>({
  overdue: { id: 'plans.attention.overdueTitle', defaultMessage: 'Overdue actions' },
  blocked: { id: 'plans.attention.blockedTitle', defaultMessage: 'Blocked actions' },
});

const messages = untyped(
  defineMessages({
    metaLine: { id: 'plans.attention.metaLine', defaultMessage: '{meta} {overdue}' },
    dashboard: { id: 'plans.attention.dashboard', defaultMessage: '← Dashboard' },
    loading: { id: 'plans.attention.loading', defaultMessage: 'Loading actions…' },
    noneOverdue: { id: 'plans.attention.noneOverdue', defaultMessage: 'Nothing is overdue' },
    noneBlocked: { id: 'plans.attention.noneBlocked', defaultMessage: 'Nothing is blocked' },
    noOwner: { id: 'plans.attention.noOwner', defaultMessage: 'No owner' },
    due: { id: 'plans.attention.due', defaultMessage: 'due {date}' },
    loadingMore: { id: 'plans.attention.loadingMore', defaultMessage: 'Loading…' },
    showMore: { id: 'plans.attention.showMore', defaultMessage: 'Show more' },
  }),
);

/** `/w/:workspaceId/p/:processId/plan/actions?filter=overdue|blocked`: every action needing attention (the dashboard's "see all"). */
export function AttentionRoute() {
  const intl = useIntl();
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
  const title = intl.formatMessage(TITLES[filter]);
  usePageTitle(title);
  const planPath = processPath(processRef, 'plan');
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);

  return (
    <section className="panel" aria-labelledby="attention-title">
      <p>
        <Link to={processPath(processRef, 'dashboard')}>{intl.formatMessage(messages.dashboard)}</Link>
      </p>
      <h2 id="attention-title">{title}</h2>
      <ResourceView resource={first} loading={intl.formatMessage(messages.loading)} />
      {first.data && items.length === 0 ? (
        <EmptyState title={intl.formatMessage(filter === 'overdue' ? messages.noneOverdue : messages.noneBlocked)} />
      ) : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label={title}>
          {items.map((action) => (
            <li key={action.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${planPath}/${action.planId}/actions/${action.id}`}>
                  {action.title}
                </Link>
                <span className="muted">
                  {intl.formatMessage(messages.metaLine, {
                    meta: joinParts(intl, [
                      action.planTitle,
                      action.owner?.name ?? intl.formatMessage(messages.noOwner),
                      action.dueDate ? intl.formatMessage(messages.due, { date: fmt.day(action.dueDate) }) : null,
                    ]),
                    overdue: action.overdue ? <OverdueBadge /> : null,
                  })}
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
            {loading ? intl.formatMessage(messages.loadingMore) : intl.formatMessage(messages.showMore)}
          </button>
        </div>
      ) : null}
    </section>
  );
}
