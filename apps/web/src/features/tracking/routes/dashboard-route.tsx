import { ACTION_STATUS_LABELS, PLAN_STATUS_LABELS, WHEEL_AREA_LABELS } from '@common-ground/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Dashboard, type DashboardAction } from '../../../api';
import { Badge, EmptyState } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getDashboard } from '../api/tracking';
import { CurrencyTotalsTable } from '../components/cost-totals';
import { MilestoneStateBadge, QuickWinBadge, ShareBar } from '../components/labels';
import { processRefOf, processPath } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

/** A capped list with its total and a "see all" link when there is more than it shows. */
function Listing({
  id,
  title,
  total,
  shown,
  seeAll,
  empty,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  seeAll: string;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>
        {title} <Badge tone={total > 0 ? 'warning' : 'muted'}>{total}</Badge>
      </h2>
      {total === 0 ? <EmptyState title={empty} /> : children}
      {total > shown ? (
        <p>
          <Link to={seeAll}>
            See all {total}
            <span className="visually-hidden"> {title.toLowerCase()}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function ActionRows({
  label,
  actions,
  planPath,
  detail,
}: {
  label: string;
  actions: DashboardAction[];
  planPath: string;
  detail: (action: DashboardAction) => string;
}) {
  return (
    <ul className="rows" aria-label={label}>
      {actions.map((action) => (
        <li key={action.id} className="row row-block">
          <div className="row-main">
            <Link className="row-title" to={`${planPath}/${action.planId}/actions/${action.id}`}>
              {action.title}
            </Link>
            <span className="muted">
              {action.planTitle} · {action.ownerName ?? 'No owner'} · {detail(action)}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** `/w/:workspaceId/p/:processId/dashboard`: what needs the secretariat's attention, funding and progress at a glance. */
export function DashboardRoute() {
  const fmt = useFormat();
  const { process } = useProcessOutlet();
  const processRef = processRefOf(process);
  const dashboard = useResource<Dashboard>(`dashboard:${process.id}`, (signal) => getDashboard(processRef, signal));
  usePageTitle(`Dashboard · ${process.title}`);
  const planPath = processPath(processRef, 'plan');

  if (!dashboard.data) return <ResourceView resource={dashboard} loading="Loading the dashboard…" />;
  const data = dashboard.data;

  return (
    <div className="stack-lg">
      <p className="muted">
        As of {fmt.day(data.today)} (the process’s time zone). “Due soon” means by {fmt.day(data.horizon)}.{' '}
        <Link to={`${planPath}#my-actions-title`}>My actions</Link> · <Link to={`${planPath}#plans-title`}>All action plans</Link>
      </p>
      <div className="dashboard-grid">
        <Listing
          id="overdue-title"
          title="Overdue actions"
          total={data.overdueActions.total}
          shown={data.overdueActions.items.length}
          seeAll={`${planPath}/actions?filter=overdue`}
          empty="Nothing is overdue"
        >
          <ActionRows
            label="Overdue actions"
            actions={data.overdueActions.items}
            planPath={planPath}
            detail={(action) => `due ${fmt.day(action.dueDate ?? data.today)}`}
          />
        </Listing>
        <Listing
          id="blocked-title"
          title="Blocked actions"
          total={data.blockedActions.total}
          shown={data.blockedActions.items.length}
          seeAll={`${planPath}/actions?filter=blocked`}
          empty="Nothing is blocked"
        >
          <ActionRows
            label="Blocked actions"
            actions={data.blockedActions.items}
            planPath={planPath}
            detail={(action) => `${ACTION_STATUS_LABELS[action.status]} since ${fmt.date(action.statusChangedAt)}`}
          />
        </Listing>
        <Listing
          id="milestones-due-title"
          title="Milestones due"
          total={data.milestonesDue.total}
          shown={data.milestonesDue.items.length}
          seeAll={`${planPath}/milestones?due=due`}
          empty="No milestone is due in the next 30 days"
        >
          <ul className="rows" aria-label="Milestones due">
            {data.milestonesDue.items.map((milestone) => (
              <li key={milestone.id} className="row row-block">
                <div className="row-main">
                  <Link className="row-title" to={`${planPath}/${milestone.planId}/milestones/${milestone.id}`}>
                    {milestone.title}
                  </Link>
                  <span className="muted">
                    {milestone.planTitle} · due {fmt.day(milestone.dueDate)} <MilestoneStateBadge state={milestone.state} />{' '}
                    {milestone.quickWin ? <QuickWinBadge /> : null}
                  </span>
                  <ShareBar share={milestone.progress} label={`Progress of ${milestone.title}`} />
                </div>
              </li>
            ))}
          </ul>
        </Listing>
        <Listing
          id="report-backs-due-title"
          title="Report-backs due"
          total={data.reportBacks.total}
          shown={data.reportBacks.items.length}
          seeAll={`${planPath}#report-backs-title`}
          empty="No report-back is due in the next 30 days"
        >
          <ul className="rows" aria-label="Report-backs due">
            {data.reportBacks.items.map((entry) => (
              <li key={entry.userId} className="row row-block">
                <div className="row-main">
                  <Link className="row-title" to={`${planPath}#report-backs-title`}>
                    {entry.displayName}
                  </Link>
                  <span className="muted">
                    to {entry.accountableTo} · {entry.channel} · due {fmt.day(entry.dueOn)}{' '}
                    {entry.overdue ? <Badge tone="warning">Overdue</Badge> : null}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Listing>
      </div>

      <section className="panel" aria-labelledby="funding-title">
        <h2 id="funding-title">Funding</h2>
        {data.funding.length === 0 ? (
          <EmptyState title="No costs recorded yet" />
        ) : (
          <>
            <p>
              {data.funding
                .filter((row) => Number(row.gap) > 0)
                .map((row) => `Funding gap ${fmt.money(row.gap, row.currency)}`)
                .join(' · ') || 'No funding gap: every cost is secured or pledged.'}
            </p>
            <CurrencyTotalsTable totals={data.funding} caption="Costs of all plans per currency" />
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="plan-progress-title">
        <h2 id="plan-progress-title">Progress per plan</h2>
        {data.plans.total === 0 ? (
          <EmptyState title="No action plans yet" />
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="plan-progress-caption" tabIndex={0}>
            <table className="table">
              <caption id="plan-progress-caption">Done actions and mean completion, dropped actions left out</caption>
              <thead>
                <tr>
                  <th scope="col">Plan</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                  <th scope="col">Done</th>
                  <th scope="col">Mean completion</th>
                </tr>
              </thead>
              <tbody>
                {data.plans.items.map((plan) => (
                  <tr key={plan.id}>
                    <th scope="row">
                      <Link to={`${planPath}/${plan.id}`}>{plan.title}</Link>
                    </th>
                    <td>{PLAN_STATUS_LABELS[plan.status]}</td>
                    <td>{plan.actions}</td>
                    <td>
                      <ShareBar share={plan.doneShare} label={`Share of done actions of ${plan.title}`} />
                    </td>
                    <td>{plan.meanPercent === null ? '—' : `${String(Math.round(plan.meanPercent))} %`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.plans.total > data.plans.items.length ? (
          <p>
            <Link to={`${planPath}#plans-title`}>See all {data.plans.total} plans</Link>
          </p>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="wheel-progress-title">
        <h2 id="wheel-progress-title">Progress per Coordination Wheel area</h2>
        <div className="table-wrap" role="region" aria-labelledby="wheel-progress-caption" tabIndex={0}>
          <table className="table">
            <caption id="wheel-progress-caption">Actions of all plans by area</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Actions</th>
                <th scope="col">Done</th>
                <th scope="col">Mean completion</th>
              </tr>
            </thead>
            <tbody>
              {data.wheelAreas.map((area) => {
                const name = area.area ? WHEEL_AREA_LABELS[area.area] : 'No area given';
                return (
                  <tr key={area.area ?? 'none'}>
                    <th scope="row">{name}</th>
                    <td>{area.actions}</td>
                    <td>
                      <ShareBar share={area.doneShare} label={`Share of done actions in ${name}`} />
                    </td>
                    <td>{area.meanPercent === null ? '—' : `${String(Math.round(area.meanPercent))} %`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
