import { useMemo, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { ApiError, errorMessage, type Process } from '../../../api';
import { NotFoundPage } from '../../../components/not-found';
import { Badge, ErrorState, Loading } from '../../../components/states';
import { useCurrentWorkspace } from '../../../context/workspace-context';
import { useCurrentIntoView } from '../../../hooks/use-current-into-view';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { getProcess } from '../api/processes';
import { processPermissions, type ProcessOutlet } from '../api/process-context';
import { processPath, processRefOf } from '../../../context/process-ref';

const messages = untyped(
  defineMessages({
    crumbs: { id: 'processes.layout.crumbs', defaultMessage: '{workspace}<shown> / </shown><spoken>, </spoken>{page}' },
    pageTitle: { id: 'processes.layout.pageTitle', defaultMessage: 'Process' },
    loading: { id: 'processes.layout.loading', defaultMessage: 'Loading process…' },
    breadcrumb: { id: 'processes.layout.breadcrumb', defaultMessage: 'Process' },
    phase: { id: 'processes.layout.phase', defaultMessage: 'Phase:' },
    level: { id: 'processes.layout.level', defaultMessage: 'Level:' },
    status: { id: 'processes.layout.status', defaultMessage: 'Status:' },
    yourRole: { id: 'processes.layout.yourRole', defaultMessage: 'Your role: {role}' },
    archived: { id: 'processes.layout.archived', defaultMessage: 'This process is archived: it is kept as a read-only record.' },
    sections: { id: 'processes.layout.sections', defaultMessage: 'Process sections' },
    overview: { id: 'processes.tab.overview', defaultMessage: 'Overview' },
    initiate: { id: 'processes.tab.initiate', defaultMessage: 'Initiate' },
    checklist: { id: 'processes.tab.checklist', defaultMessage: 'Our checklist' },
    members: { id: 'processes.tab.members', defaultMessage: 'Members' },
    stakeholders: { id: 'processes.tab.stakeholders', defaultMessage: 'Stakeholders' },
    selection: { id: 'processes.tab.selection', defaultMessage: 'Selection' },
    charter: { id: 'processes.tab.charter', defaultMessage: 'Charter' },
    agreements: { id: 'processes.tab.agreements', defaultMessage: 'Agreements' },
    plan: { id: 'processes.tab.plan', defaultMessage: 'Plan' },
    meetings: { id: 'processes.tab.meetings', defaultMessage: 'Meetings' },
    decisions: { id: 'processes.tab.decisions', defaultMessage: 'Decisions' },
    dashboard: { id: 'processes.tab.dashboard', defaultMessage: 'Dashboard' },
    details: { id: 'processes.tab.details', defaultMessage: 'Details' },
    audit: { id: 'processes.tab.audit', defaultMessage: 'Audit trail' },
  }),
);
import { ProcessTimeZoneContext } from '../../../context/time-zone-context';
import { PHASE_MESSAGES, PROCESS_LEVEL_MESSAGES, PROCESS_STATUS_MESSAGES, ROLE_MESSAGES } from '../../../i18n/domain-labels';

/** `/w/:workspaceId/p/:processId/*`: the process header and its tabs. */
export function ProcessLayoutRoute() {
  const intl = useIntl();
  const { workspace } = useCurrentWorkspace();
  const { processId = '' } = useParams();
  const resource = useResource<Process>(`process:${workspace.id}:${processId}`, (signal) => getProcess(workspace.id, processId, signal));
  const { data: process, setData, reload } = resource;
  usePageTitle(process?.title ?? intl.formatMessage(messages.pageTitle));
  const tabs = useCurrentIntoView<HTMLElement>();

  const outlet = useMemo<ProcessOutlet | null>(
    () => (process ? { process, setProcess: setData, reloadProcess: reload, allowed: processPermissions(process) } : null),
    [process, setData, reload],
  );

  if (resource.error instanceof ApiError && (resource.error.isNotFound || resource.error.status === 400)) return <NotFoundPage />;
  if (resource.error) return <ErrorState message={errorMessage(resource.error)} onRetry={reload} />;
  if (!process || !outlet) return <Loading label={intl.formatMessage(messages.loading)} />;

  const base = processPath(processRefOf(process));
  return (
    <div className="page">
      <header className="process-header">
        <p className="eyebrow">
          {intl.formatMessage(messages.crumbs, {
            workspace: <Link to={`/w/${workspace.id}`}>{workspace.name}</Link>,
            page: intl.formatMessage(messages.breadcrumb),
            shown: (chunks: ReactNode[]) => <span aria-hidden="true">{chunks}</span>,
            spoken: (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>,
          })}
        </p>
        <h1 tabIndex={-1}>{process.title}</h1>
        <p className="process-facts">
          <Badge tone="accent">
            <span className="visually-hidden">{intl.formatMessage(messages.phase)} </span>
            {intl.formatMessage(PHASE_MESSAGES[process.phase])}
          </Badge>
          <Badge>
            <span className="visually-hidden">{intl.formatMessage(messages.level)} </span>
            {intl.formatMessage(PROCESS_LEVEL_MESSAGES[process.level])}
          </Badge>
          <Badge tone={process.status === 'archived' ? 'warning' : 'neutral'}>
            <span className="visually-hidden">{intl.formatMessage(messages.status)} </span>
            {intl.formatMessage(PROCESS_STATUS_MESSAGES[process.status])}
          </Badge>
          {process.myRole ? (
            <span className="muted">
              {intl.formatMessage(messages.yourRole, { role: intl.formatMessage(ROLE_MESSAGES[process.myRole]) })}
            </span>
          ) : null}
        </p>
        {process.status === 'archived' ? <p className="alert alert-warning">{intl.formatMessage(messages.archived)}</p> : null}
      </header>
      <nav className="tabs" aria-label={intl.formatMessage(messages.sections)} {...tabs}>
        <NavLink to={base} end>
          {intl.formatMessage(messages.overview)}
        </NavLink>
        {outlet.allowed('initiation.view') || outlet.allowed('initiation.realityCheck.view') ? (
          <NavLink to={`${base}/initiate`}>{intl.formatMessage(messages.initiate)}</NavLink>
        ) : null}
        {outlet.allowed('initiation.myChecklist.view') ? (
          <NavLink to={`${base}/checklist`}>{intl.formatMessage(messages.checklist)}</NavLink>
        ) : null}
        {outlet.allowed('process.members.view') ? <NavLink to={`${base}/members`}>{intl.formatMessage(messages.members)}</NavLink> : null}
        {outlet.allowed('stakeholders.view') ? (
          <NavLink to={`${base}/stakeholders`}>{intl.formatMessage(messages.stakeholders)}</NavLink>
        ) : null}
        <NavLink to={`${base}/selection`}>{intl.formatMessage(messages.selection)}</NavLink>
        {outlet.allowed('charter.view') ? <NavLink to={`${base}/charter`}>{intl.formatMessage(messages.charter)}</NavLink> : null}
        <NavLink to={`${base}/agreements`}>{intl.formatMessage(messages.agreements)}</NavLink>
        {outlet.allowed('plans.view') ? <NavLink to={`${base}/plan`}>{intl.formatMessage(messages.plan)}</NavLink> : null}
        {outlet.allowed('meeting.view') ? <NavLink to={`${base}/meetings`}>{intl.formatMessage(messages.meetings)}</NavLink> : null}
        {outlet.allowed('decisions.view') ? <NavLink to={`${base}/decisions`}>{intl.formatMessage(messages.decisions)}</NavLink> : null}
        {outlet.allowed('dashboard.view') ? <NavLink to={`${base}/dashboard`}>{intl.formatMessage(messages.dashboard)}</NavLink> : null}
        <NavLink to={`${base}/details`}>{intl.formatMessage(messages.details)}</NavLink>
        {outlet.allowed('process.audit.view') ? <NavLink to={`${base}/audit`}>{intl.formatMessage(messages.audit)}</NavLink> : null}
      </nav>
      {/* Every tab shows the process's times in its zone, named (lib/use-format.ts). */}
      <ProcessTimeZoneContext value={process.timezone}>
        <Outlet context={outlet} />
      </ProcessTimeZoneContext>
    </div>
  );
}
