import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { untyped } from '../../../i18n/untyped';
import { type MilestoneList } from '../../../api';
import { EmptyState } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { listMilestones } from '../api/tracking';
import { MilestoneStateBadge, QuickWinBadge, ShareBar } from '../components/labels';
import { currentFigure } from '../components/milestones-panel';
import { processRefOf, processPath } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

const m = untyped(
  defineMessages({
    meta: { id: 'tracking.allMilestones.meta', defaultMessage: '{planDue} {state} {quickWin}' },
    dueTitle: { id: 'tracking.allMilestones.dueTitle', defaultMessage: 'Milestones due within 30 days or overdue' },
    allTitle: { id: 'tracking.allMilestones.allTitle', defaultMessage: 'All milestones' },
    back: { id: 'tracking.allMilestones.back', defaultMessage: '← Dashboard' },
    loading: { id: 'tracking.allMilestones.loading', defaultMessage: 'Loading milestones…' },
    none: { id: 'tracking.allMilestones.none', defaultMessage: 'No milestones here' },
    planDue: { id: 'tracking.allMilestones.planDue', defaultMessage: '{plan} · due {date}' },
    progressOf: { id: 'tracking.allMilestones.progressOf', defaultMessage: 'Progress of {title}' },
    loadingMore: { id: 'tracking.allMilestones.loadingMore', defaultMessage: 'Loading…' },
    more: { id: 'tracking.allMilestones.more', defaultMessage: 'Show more' },
  }),
);

/** `/w/:workspaceId/p/:processId/plan/milestones[?due=due]`: the process's milestones by due date (the dashboard's "see all"). */
export function MilestonesRoute() {
  const fmt = useFormat();
  const { process } = useProcessOutlet();
  const intl = useIntl();
  const [params] = useSearchParams();
  const due = params.get('due') === 'due';
  const processRef = processRefOf(process);
  const first = useResource<MilestoneList>(`process-milestones:${process.id}:${String(due)}`, (signal) =>
    listMilestones(processRef, due, null, signal),
  );
  const [more, setMore] = useState<MilestoneList | null>(null);
  const [loading, setLoading] = useState(false);
  const title = intl.formatMessage(due ? m.dueTitle : m.allTitle);
  usePageTitle(title);
  const planPath = processPath(processRef, 'plan');
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);

  return (
    <section className="panel" aria-labelledby="all-milestones-title">
      <p>
        <Link to={processPath(processRef, 'dashboard')}>{intl.formatMessage(m.back)}</Link>
      </p>
      <h2 id="all-milestones-title">{title}</h2>
      <ResourceView resource={first} loading={intl.formatMessage(m.loading)} />
      {first.data && items.length === 0 ? <EmptyState title={intl.formatMessage(m.none)} /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label={title}>
          {items.map((milestone) => (
            <li key={milestone.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${planPath}/${milestone.planId}/milestones/${milestone.id}`}>
                  {milestone.title}
                </Link>
                <span className="muted">
                  {intl.formatMessage(m.meta, {
                    planDue: intl.formatMessage(m.planDue, { plan: milestone.planTitle, date: fmt.day(milestone.dueDate) }),
                    state: <MilestoneStateBadge state={milestone.state} />,
                    quickWin: milestone.quickWin ? <QuickWinBadge /> : null,
                  })}
                </span>
                <span>{currentFigure(intl, milestone, fmt)}</span>
                <ShareBar share={milestone.progress} label={intl.formatMessage(m.progressOf, { title: milestone.title })} />
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
              void listMilestones(processRef, due, nextCursor)
                .then((page) => setMore((previous) => ({ ...page, items: [...(previous?.items ?? []), ...page.items] })))
                .finally(() => setLoading(false));
            }}
          >
            {intl.formatMessage(loading ? m.loadingMore : m.more)}
          </button>
        </div>
      ) : null}
    </section>
  );
}
