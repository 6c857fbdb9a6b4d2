import { useRef, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ApiError, type MilestoneList, type PlanAction } from '../../../api';
import { NotFoundPage } from '../../../components/not-found';
import { useProcessOutlet } from '../../../context/process-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getAction } from '../api/plans';
import { listPlanMilestones } from '../../tracking/api/tracking';
import { CostLinesPanel } from '../../tracking/components/cost-lines-panel';
import { OverdueBadge } from '../components/labels';
import { ProgressPanel } from '../../tracking/components/progress-panel';
import { StatusControl } from '../components/status-control';
import { processPath, processRefOf } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { commonMessages } from '../../../i18n/common-messages';
import { untyped } from '../../../i18n/untyped';
import { WHEEL_AREA_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    back: { id: 'plans.action.back', defaultMessage: '← {plan}' },
    percent: { id: 'plans.action.percent', defaultMessage: '{percent} %' },
    pageTitle: { id: 'plans.action.pageTitle', defaultMessage: 'Action' },
    loading: { id: 'plans.action.loading', defaultMessage: 'Loading the action…' },
    owner: { id: 'plans.action.owner', defaultMessage: 'Owner' },
    noOwner: { id: 'plans.action.noOwner', defaultMessage: 'No owner yet' },
    due: { id: 'plans.action.due', defaultMessage: 'Due' },
    noDueDate: { id: 'plans.action.noDueDate', defaultMessage: 'No due date' },
    wheelArea: { id: 'plans.action.wheelArea', defaultMessage: 'Coordination Wheel area' },
    reported: { id: 'plans.action.reported', defaultMessage: 'Reported complete' },
    notReported: { id: 'plans.action.notReported', defaultMessage: 'Not reported yet' },
    status: { id: 'plans.action.status', defaultMessage: 'Status' },
    posted: { id: 'plans.action.posted', defaultMessage: 'Your progress update was posted.' },
  }),
);

/** `/w/:workspaceId/p/:processId/plan/:planId/actions/:actionId`: one action, its progress updates and its costs. */
export function ActionRoute() {
  const intl = useIntl();
  const fmt = useFormat();
  const { process, allowed } = useProcessOutlet();
  const { planId = '', actionId = '' } = useParams();
  const processRef = processRefOf(process);
  const action = useResource<PlanAction>(`action:${actionId}`, (signal) => getAction(processRef, actionId, signal), {
    keepPreviousData: true,
  });
  const milestones = useResource<MilestoneList>(`milestones:${planId}`, (signal) => listPlanMilestones(processRef, planId, signal));
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  usePageTitle(action.data?.title ?? intl.formatMessage(messages.pageTitle));

  if (action.error instanceof ApiError && (action.error.isNotFound || action.error.status === 400)) return <NotFoundPage />;
  if (!action.data) return <ResourceView resource={action} loading={intl.formatMessage(messages.loading)} />;

  const data = action.data;
  const planPath = processPath(processRef, 'plan', data.planId);
  const announce = (tone: 'success' | 'warning', text: string) => {
    setNotice({ tone, text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const linked = (milestones.data?.items ?? []).filter((milestone) => milestone.actionId === data.id);

  return (
    <div className="stack-lg">
      <p>
        <Link to={planPath}>{intl.formatMessage(messages.back, { plan: data.planTitle })}</Link>
      </p>
      <section className="panel" aria-labelledby="action-title">
        <h2 id="action-title">
          {data.title} {data.overdue ? <OverdueBadge /> : null}
        </h2>
        {data.description ? <p className="problem-text">{data.description}</p> : null}
        <div ref={noticeRef} tabIndex={-1} role="status" className="notice-region">
          {notice ? <p className={`alert alert-${notice.tone}`}>{notice.text}</p> : null}
        </div>
        <dl className="facts">
          <div>
            <dt>{intl.formatMessage(messages.owner)}</dt>
            <dd>{data.owner?.name ?? intl.formatMessage(messages.noOwner)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.due)}</dt>
            <dd>{data.dueDate ? fmt.day(data.dueDate) : intl.formatMessage(messages.noDueDate)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.wheelArea)}</dt>
            <dd>{data.wheelArea ? intl.formatMessage(WHEEL_AREA_MESSAGES[data.wheelArea]) : intl.formatMessage(commonMessages.none)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.reported)}</dt>
            <dd>
              {data.progressPercent === null
                ? intl.formatMessage(messages.notReported)
                : intl.formatMessage(messages.percent, { percent: String(data.progressPercent) })}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.status)}</dt>
            <dd>
              <StatusControl
                processRef={processRef}
                action={data}
                onChanged={(changed, message) => {
                  action.setData(changed);
                  announce('success', message);
                }}
                onConflict={(message) => {
                  action.reload();
                  announce('warning', message);
                }}
              />
            </dd>
          </div>
        </dl>
      </section>
      <ProgressPanel
        processRef={processRef}
        action={data}
        milestones={linked}
        mayReport={data.mayReportProgress && allowed('actions.reportProgress')}
        onReported={() => {
          action.reload();
          milestones.reload();
          announce('success', intl.formatMessage(messages.posted));
        }}
      />
      <CostLinesPanel processRef={processRef} actionId={data.id} onChanged={(message) => announce('success', message)} />
    </div>
  );
}
