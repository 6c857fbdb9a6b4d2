import { useProcessOutlet } from '../../../context/process-context';
import { CalendarFeedPanel } from '../../calendar/components/calendar-feed-panel';
import { FramingPanel } from '../../framing/components/framing-panel';
import { MyActionsPanel } from '../components/my-actions-panel';
import { PlansPanel } from '../components/plans-panel';
import { ReportBacksPanel } from '../../tracking/components/report-backs-panel';
import { WorkingGroupsPanel } from '../components/working-groups-panel';
import { processRefOf, processPath } from '../../../context/process-ref';

/** `/w/:workspaceId/p/:processId/plan`: the person's actions, framing and vision, working groups, action plans, report-backs, calendar feed. */
export function PlanRoute() {
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const basePath = processPath(processRef, 'plan');
  const holdsActions = allowed('actions.updateStatus');
  const subscribes = allowed('calendar.subscribe');
  return (
    <div className="stack-lg">
      <nav className="panel in-page-nav" aria-label="On this page">
        <ul>
          {holdsActions ? (
            <li>
              <a href="#my-actions-title">My actions</a>
            </li>
          ) : null}
          <li>
            <a href="#framing-title">Framing and vision</a>
          </li>
          <li>
            <a href="#working-groups-title">Working groups</a>
          </li>
          <li>
            <a href="#plans-title">Action plans</a>
          </li>
          <li>
            <a href="#report-backs-title">Report-backs</a>
          </li>
          {subscribes ? (
            <li>
              <a href="#calendar-feed-title">Calendar feed</a>
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
