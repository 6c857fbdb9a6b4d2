import { defineMessages, useIntl } from 'react-intl';
import { useProcessOutlet } from '../../../context/process-context';
import { CalendarFeedPanel } from '../../calendar/components/calendar-feed-panel';
import { FramingPanel } from '../../framing/components/framing-panel';
import { MyActionsPanel } from '../components/my-actions-panel';
import { PlansPanel } from '../components/plans-panel';
import { ReportBacksPanel } from '../../tracking/components/report-backs-panel';
import { WorkingGroupsPanel } from '../components/working-groups-panel';
import { processRefOf, processPath } from '../../../context/process-ref';

const messages = defineMessages({
  onThisPage: { id: 'plans.page.onThisPage', defaultMessage: 'On this page' },
  myActions: { id: 'plans.page.myActions', defaultMessage: 'My actions' },
  framing: { id: 'plans.page.framing', defaultMessage: 'Framing and vision' },
  workingGroups: { id: 'plans.page.workingGroups', defaultMessage: 'Working groups' },
  plans: { id: 'plans.page.plans', defaultMessage: 'Action plans' },
  reportBacks: { id: 'plans.page.reportBacks', defaultMessage: 'Report-backs' },
  calendarFeed: { id: 'plans.page.calendarFeed', defaultMessage: 'Calendar feed' },
});

/** `/w/:workspaceId/p/:processId/plan`: the person's actions, framing and vision, working groups, action plans, report-backs, calendar feed. */
export function PlanRoute() {
  const intl = useIntl();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const basePath = processPath(processRef, 'plan');
  const holdsActions = allowed('actions.updateStatus');
  const subscribes = allowed('calendar.subscribe');
  return (
    <div className="stack-lg">
      <nav className="panel in-page-nav" aria-label={intl.formatMessage(messages.onThisPage)}>
        <ul>
          {holdsActions ? (
            <li>
              <a href="#my-actions-title">{intl.formatMessage(messages.myActions)}</a>
            </li>
          ) : null}
          <li>
            <a href="#framing-title">{intl.formatMessage(messages.framing)}</a>
          </li>
          <li>
            <a href="#working-groups-title">{intl.formatMessage(messages.workingGroups)}</a>
          </li>
          <li>
            <a href="#plans-title">{intl.formatMessage(messages.plans)}</a>
          </li>
          <li>
            <a href="#report-backs-title">{intl.formatMessage(messages.reportBacks)}</a>
          </li>
          {subscribes ? (
            <li>
              <a href="#calendar-feed-title">{intl.formatMessage(messages.calendarFeed)}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      {holdsActions ? <MyActionsPanel processRef={processRef} basePath={basePath} /> : null}
      <FramingPanel processRef={processRef} mayManage={allowed('framing.manage')} />
      <WorkingGroupsPanel processRef={processRef} mayManage={allowed('workingGroups.manage')} />
      <PlansPanel processRef={processRef} basePath={basePath} mayManage={allowed('plans.manage')} />
      <ReportBacksPanel processRef={processRef} />
      {subscribes ? <CalendarFeedPanel processRef={processRef} /> : null}
    </div>
  );
}
