import type { ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
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
import { commonMessages } from '../../../i18n/common-messages';
import { ACTION_STATUS_MESSAGES, PLAN_STATUS_MESSAGES, WHEEL_AREA_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    actionMeta: { id: 'tracking.dashboard.actionMeta', defaultMessage: '{plan} · {owner} · {detail}' },
    asOfLinks: { id: 'tracking.dashboard.asOfLinks', defaultMessage: '{asOf} {myActions} · {allPlans}' },
    milestoneMeta: { id: 'tracking.dashboard.milestoneMeta', defaultMessage: '{planDue} {state} {quickWin}' },
    reportLine: { id: 'tracking.dashboard.reportLine', defaultMessage: '{report} {overdue}' },
    seeAll: { id: 'tracking.dashboard.seeAll', defaultMessage: 'See all {total}<hidden> {what}</hidden>' },
    noOwner: { id: 'tracking.dashboard.noOwner', defaultMessage: 'No owner' },
    pageTitle: { id: 'tracking.dashboard.pageTitle', defaultMessage: 'Dashboard · {process}' },
    loading: { id: 'tracking.dashboard.loading', defaultMessage: 'Loading the dashboard…' },
    asOf: {
      id: 'tracking.dashboard.asOf',
      defaultMessage: 'As of {today} (the process’s time zone). “Due soon” means by {horizon}.',
    },
    myActions: { id: 'tracking.dashboard.myActions', defaultMessage: 'My actions' },
    allPlans: { id: 'tracking.dashboard.allPlans', defaultMessage: 'All action plans' },
    overdueTitle: { id: 'tracking.dashboard.overdueTitle', defaultMessage: 'Overdue actions' },
    overdueEmpty: { id: 'tracking.dashboard.overdueEmpty', defaultMessage: 'Nothing is overdue' },
    dueOn: { id: 'tracking.dashboard.dueOn', defaultMessage: 'due {date}' },
    blockedTitle: { id: 'tracking.dashboard.blockedTitle', defaultMessage: 'Blocked actions' },
    blockedEmpty: { id: 'tracking.dashboard.blockedEmpty', defaultMessage: 'Nothing is blocked' },
    statusSince: { id: 'tracking.dashboard.statusSince', defaultMessage: '{status} since {date}' },
    milestonesTitle: { id: 'tracking.dashboard.milestonesTitle', defaultMessage: 'Milestones due' },
    milestonesEmpty: { id: 'tracking.dashboard.milestonesEmpty', defaultMessage: 'No milestone is due in the next 30 days' },
    planDue: { id: 'tracking.dashboard.planDue', defaultMessage: '{plan} · due {date}' },
    progressOf: { id: 'tracking.dashboard.progressOf', defaultMessage: 'Progress of {title}' },
    reportBacksTitle: { id: 'tracking.dashboard.reportBacksTitle', defaultMessage: 'Report-backs due' },
    reportBacksEmpty: { id: 'tracking.dashboard.reportBacksEmpty', defaultMessage: 'No report-back is due in the next 30 days' },
    reportTo: { id: 'tracking.dashboard.reportTo', defaultMessage: 'to {to} · {channel} · due {date}' },
    overdue: { id: 'tracking.dashboard.overdue', defaultMessage: 'Overdue' },
    funding: { id: 'tracking.dashboard.funding', defaultMessage: 'Funding' },
    noCosts: { id: 'tracking.dashboard.noCosts', defaultMessage: 'No costs recorded yet' },
    gap: { id: 'tracking.dashboard.gap', defaultMessage: 'Funding gap {amount}' },
    noGap: { id: 'tracking.dashboard.noGap', defaultMessage: 'No funding gap: every cost is secured or pledged.' },
    allCosts: { id: 'tracking.dashboard.allCosts', defaultMessage: 'Costs of all plans per currency' },
    perPlan: { id: 'tracking.dashboard.perPlan', defaultMessage: 'Progress per plan' },
    noPlans: { id: 'tracking.dashboard.noPlans', defaultMessage: 'No action plans yet' },
    planCaption: {
      id: 'tracking.dashboard.planCaption',
      defaultMessage: 'Done actions and mean completion, dropped actions left out',
    },
    plan: { id: 'tracking.dashboard.plan', defaultMessage: 'Plan' },
    status: { id: 'tracking.dashboard.status', defaultMessage: 'Status' },
    actions: { id: 'tracking.dashboard.actions', defaultMessage: 'Actions' },
    done: { id: 'tracking.dashboard.done', defaultMessage: 'Done' },
    mean: { id: 'tracking.dashboard.mean', defaultMessage: 'Mean completion' },
    doneShareOf: { id: 'tracking.dashboard.doneShareOf', defaultMessage: 'Share of done actions of {title}' },
    percent: { id: 'tracking.dashboard.percent', defaultMessage: '{percent} %' },
    seeAllPlans: { id: 'tracking.dashboard.seeAllPlans', defaultMessage: 'See all {total} plans' },
    perArea: { id: 'tracking.dashboard.perArea', defaultMessage: 'Progress per Coordination Wheel area' },
    areaCaption: { id: 'tracking.dashboard.areaCaption', defaultMessage: 'Actions of all plans by area' },
    area: { id: 'tracking.dashboard.area', defaultMessage: 'Area' },
    noArea: { id: 'tracking.dashboard.noArea', defaultMessage: 'No area given' },
    doneShareIn: { id: 'tracking.dashboard.doneShareIn', defaultMessage: 'Share of done actions in {name}' },
    meetingsTitle: { id: 'tracking.dashboard.meetingsTitle', defaultMessage: 'Upcoming meetings' },
    meetingsEmpty: { id: 'tracking.dashboard.meetingsEmpty', defaultMessage: 'No meeting is scheduled in the next 30 days' },
    meetingMeta: {
      id: 'tracking.dashboard.meetingMeta',
      defaultMessage:
        '{when} · {invited, plural, =0 {nobody invited yet} one {# invited} other {# invited}} · {yes, plural, =0 {no one attending yet} one {# attending} other {# attending}} · {pending, plural, =0 {everyone answered} one {# not answered} other {# not answered}}',
    },
    minutesTitle: { id: 'tracking.dashboard.minutesTitle', defaultMessage: 'Minutes not yet approved' },
    minutesEmpty: { id: 'tracking.dashboard.minutesEmpty', defaultMessage: 'The minutes of every meeting held are approved' },
    minutesMeta: {
      id: 'tracking.dashboard.minutesMeta',
      defaultMessage: 'held {when} · {status, select, in_review {in review} other {draft}}',
    },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

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
  const intl = useIntl();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>
        {title} <Badge tone={total > 0 ? 'warning' : 'muted'}>{total}</Badge>
      </h2>
      {total === 0 ? <EmptyState title={empty} /> : children}
      {total > shown ? (
        <p>
          <Link to={seeAll}>{intl.formatMessage(m.seeAll, { total, what: title.toLowerCase(), hidden })}</Link>
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
  const intl = useIntl();
  return (
    <ul className="rows" aria-label={label}>
      {actions.map((action) => (
        <li key={action.id} className="row row-block">
          <div className="row-main">
            <Link className="row-title" to={`${planPath}/${action.planId}/actions/${action.id}`}>
              {action.title}
            </Link>
            <span className="muted">
              {intl.formatMessage(m.actionMeta, {
                plan: action.planTitle,
                owner: action.ownerName ?? intl.formatMessage(m.noOwner),
                detail: detail(action),
              })}
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
  const intl = useIntl();
  const processRef = processRefOf(process);
  const dashboard = useResource<Dashboard>(`dashboard:${process.id}`, (signal) => getDashboard(processRef, signal));
  usePageTitle(intl.formatMessage(m.pageTitle, { process: process.title }));
  const planPath = processPath(processRef, 'plan');
  const meetingsPath = `${processPath(processRef)}/meetings`;

  if (!dashboard.data) return <ResourceView resource={dashboard} loading={intl.formatMessage(m.loading)} />;
  const data = dashboard.data;

  return (
    <div className="stack-lg">
      <p className="muted">
        {intl.formatMessage(m.asOfLinks, {
          asOf: intl.formatMessage(m.asOf, { today: fmt.day(data.today), horizon: fmt.day(data.horizon) }),
          myActions: <Link to={`${planPath}#my-actions-title`}>{intl.formatMessage(m.myActions)}</Link>,
          allPlans: <Link to={`${planPath}#plans-title`}>{intl.formatMessage(m.allPlans)}</Link>,
        })}
      </p>
      <div className="dashboard-grid">
        <Listing
          id="overdue-title"
          title={intl.formatMessage(m.overdueTitle)}
          total={data.overdueActions.total}
          shown={data.overdueActions.items.length}
          seeAll={`${planPath}/actions?filter=overdue`}
          empty={intl.formatMessage(m.overdueEmpty)}
        >
          <ActionRows
            label={intl.formatMessage(m.overdueTitle)}
            actions={data.overdueActions.items}
            planPath={planPath}
            detail={(action) => intl.formatMessage(m.dueOn, { date: fmt.day(action.dueDate ?? data.today) })}
          />
        </Listing>
        <Listing
          id="blocked-title"
          title={intl.formatMessage(m.blockedTitle)}
          total={data.blockedActions.total}
          shown={data.blockedActions.items.length}
          seeAll={`${planPath}/actions?filter=blocked`}
          empty={intl.formatMessage(m.blockedEmpty)}
        >
          <ActionRows
            label={intl.formatMessage(m.blockedTitle)}
            actions={data.blockedActions.items}
            planPath={planPath}
            detail={(action) =>
              intl.formatMessage(m.statusSince, {
                status: intl.formatMessage(ACTION_STATUS_MESSAGES[action.status]),
                date: fmt.date(action.statusChangedAt),
              })
            }
          />
        </Listing>
        <Listing
          id="milestones-due-title"
          title={intl.formatMessage(m.milestonesTitle)}
          total={data.milestonesDue.total}
          shown={data.milestonesDue.items.length}
          seeAll={`${planPath}/milestones?due=due`}
          empty={intl.formatMessage(m.milestonesEmpty)}
        >
          <ul className="rows" aria-label={intl.formatMessage(m.milestonesTitle)}>
            {data.milestonesDue.items.map((milestone) => (
              <li key={milestone.id} className="row row-block">
                <div className="row-main">
                  <Link className="row-title" to={`${planPath}/${milestone.planId}/milestones/${milestone.id}`}>
                    {milestone.title}
                  </Link>
                  <span className="muted">
                    {intl.formatMessage(m.milestoneMeta, {
                      planDue: intl.formatMessage(m.planDue, { plan: milestone.planTitle, date: fmt.day(milestone.dueDate) }),
                      state: <MilestoneStateBadge state={milestone.state} />,
                      quickWin: milestone.quickWin ? <QuickWinBadge /> : null,
                    })}
                  </span>
                  <ShareBar share={milestone.progress} label={intl.formatMessage(m.progressOf, { title: milestone.title })} />
                </div>
              </li>
            ))}
          </ul>
        </Listing>
        <Listing
          id="upcoming-meetings-title"
          title={intl.formatMessage(m.meetingsTitle)}
          total={data.upcomingMeetings.total}
          shown={data.upcomingMeetings.items.length}
          seeAll={meetingsPath}
          empty={intl.formatMessage(m.meetingsEmpty)}
        >
          <ul className="rows" aria-label={intl.formatMessage(m.meetingsTitle)}>
            {data.upcomingMeetings.items.map((meeting) => (
              <li key={meeting.id} className="row row-block">
                <div className="row-main">
                  <Link className="row-title" to={`${meetingsPath}/${meeting.id}`}>
                    {meeting.title}
                  </Link>
                  <span className="muted">
                    {intl.formatMessage(m.meetingMeta, {
                      when: fmt.dateTime(meeting.startsAt),
                      invited: meeting.invited,
                      yes: meeting.yes,
                      pending: meeting.pending,
                    })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Listing>
        <Listing
          id="minutes-pending-title"
          title={intl.formatMessage(m.minutesTitle)}
          total={data.minutesPending.total}
          shown={data.minutesPending.items.length}
          seeAll={meetingsPath}
          empty={intl.formatMessage(m.minutesEmpty)}
        >
          <ul className="rows" aria-label={intl.formatMessage(m.minutesTitle)}>
            {data.minutesPending.items.map((meeting) => (
              <li key={meeting.id} className="row row-block">
                <div className="row-main">
                  <Link className="row-title" to={`${meetingsPath}/${meeting.id}#minutes`}>
                    {meeting.title}
                  </Link>
                  <span className="muted">
                    {intl.formatMessage(m.minutesMeta, { when: fmt.dateTime(meeting.startsAt), status: meeting.status })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Listing>
        <Listing
          id="report-backs-due-title"
          title={intl.formatMessage(m.reportBacksTitle)}
          total={data.reportBacks.total}
          shown={data.reportBacks.items.length}
          seeAll={`${planPath}#report-backs-title`}
          empty={intl.formatMessage(m.reportBacksEmpty)}
        >
          <ul className="rows" aria-label={intl.formatMessage(m.reportBacksTitle)}>
            {data.reportBacks.items.map((entry) => (
              <li key={entry.userId} className="row row-block">
                <div className="row-main">
                  <Link className="row-title" to={`${planPath}#report-backs-title`}>
                    {entry.displayName}
                  </Link>
                  <span className="muted">
                    {intl.formatMessage(m.reportLine, {
                      report: intl.formatMessage(m.reportTo, {
                        to: entry.accountableTo,
                        channel: entry.channel,
                        date: fmt.day(entry.dueOn),
                      }),
                      overdue: entry.overdue ? <Badge tone="warning">{intl.formatMessage(m.overdue)}</Badge> : null,
                    })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Listing>
      </div>

      <section className="panel" aria-labelledby="funding-title">
        <h2 id="funding-title">{intl.formatMessage(m.funding)}</h2>
        {data.funding.length === 0 ? (
          <EmptyState title={intl.formatMessage(m.noCosts)} />
        ) : (
          <>
            <p>
              {data.funding
                .filter((row) => Number(row.gap) > 0)
                .map((row) => intl.formatMessage(m.gap, { amount: fmt.money(row.gap, row.currency) }))
                .join(' · ') || intl.formatMessage(m.noGap)}
            </p>
            <CurrencyTotalsTable totals={data.funding} caption={intl.formatMessage(m.allCosts)} />
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="plan-progress-title">
        <h2 id="plan-progress-title">{intl.formatMessage(m.perPlan)}</h2>
        {data.plans.total === 0 ? (
          <EmptyState title={intl.formatMessage(m.noPlans)} />
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="plan-progress-caption" tabIndex={0}>
            <table className="table">
              <caption id="plan-progress-caption">{intl.formatMessage(m.planCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(m.plan)}</th>
                  <th scope="col">{intl.formatMessage(m.status)}</th>
                  <th scope="col">{intl.formatMessage(m.actions)}</th>
                  <th scope="col">{intl.formatMessage(m.done)}</th>
                  <th scope="col">{intl.formatMessage(m.mean)}</th>
                </tr>
              </thead>
              <tbody>
                {data.plans.items.map((plan) => (
                  <tr key={plan.id}>
                    <th scope="row">
                      <Link to={`${planPath}/${plan.id}`}>{plan.title}</Link>
                    </th>
                    <td>{intl.formatMessage(PLAN_STATUS_MESSAGES[plan.status])}</td>
                    <td>{plan.actions}</td>
                    <td>
                      <ShareBar share={plan.doneShare} label={intl.formatMessage(m.doneShareOf, { title: plan.title })} />
                    </td>
                    <td>
                      {plan.meanPercent === null
                        ? intl.formatMessage(commonMessages.none)
                        : intl.formatMessage(m.percent, { percent: String(Math.round(plan.meanPercent)) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.plans.total > data.plans.items.length ? (
          <p>
            <Link to={`${planPath}#plans-title`}>{intl.formatMessage(m.seeAllPlans, { total: data.plans.total })}</Link>
          </p>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="wheel-progress-title">
        <h2 id="wheel-progress-title">{intl.formatMessage(m.perArea)}</h2>
        <div className="table-wrap" role="region" aria-labelledby="wheel-progress-caption" tabIndex={0}>
          <table className="table">
            <caption id="wheel-progress-caption">{intl.formatMessage(m.areaCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(m.area)}</th>
                <th scope="col">{intl.formatMessage(m.actions)}</th>
                <th scope="col">{intl.formatMessage(m.done)}</th>
                <th scope="col">{intl.formatMessage(m.mean)}</th>
              </tr>
            </thead>
            <tbody>
              {data.wheelAreas.map((area) => {
                const name = area.area ? intl.formatMessage(WHEEL_AREA_MESSAGES[area.area]) : intl.formatMessage(m.noArea);
                return (
                  <tr key={area.area ?? 'none'}>
                    <th scope="row">{name}</th>
                    <td>{area.actions}</td>
                    <td>
                      <ShareBar share={area.doneShare} label={intl.formatMessage(m.doneShareIn, { name })} />
                    </td>
                    <td>
                      {area.meanPercent === null
                        ? intl.formatMessage(commonMessages.none)
                        : intl.formatMessage(m.percent, { percent: String(Math.round(area.meanPercent)) })}
                    </td>
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
