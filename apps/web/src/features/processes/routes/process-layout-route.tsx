import { LEVEL_LABELS, PHASE_LABELS, ROLE_LABELS } from '@common-ground/domain';
import { useMemo } from 'react';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { ApiError, errorMessage, type Process } from '../../../api';
import { NotFoundPage } from '../../../components/not-found';
import { Badge, ErrorState, Loading } from '../../../components/states';
import { useCurrentWorkspace } from '../../../context/workspace-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { getProcess } from '../api/processes';
import { processPermissions, type ProcessOutlet } from '../api/process-context';
import { processPath, processRefOf } from '../../../context/process-ref';
import { ProcessTimeZoneContext } from '../../../context/time-zone-context';

/** `/w/:workspaceId/p/:processId/*`: the process header and its tabs. */
export function ProcessLayoutRoute() {
  const { workspace } = useCurrentWorkspace();
  const { processId = '' } = useParams();
  const resource = useResource<Process>(`process:${workspace.id}:${processId}`, (signal) => getProcess(workspace.id, processId, signal));
  const { data: process, setData, reload } = resource;
  usePageTitle(process?.title ?? 'Process');

  const outlet = useMemo<ProcessOutlet | null>(
    () => (process ? { process, setProcess: setData, reloadProcess: reload, allowed: processPermissions(process) } : null),
    [process, setData, reload],
  );

  if (resource.error instanceof ApiError && (resource.error.isNotFound || resource.error.status === 400)) return <NotFoundPage />;
  if (resource.error) return <ErrorState message={errorMessage(resource.error)} onRetry={reload} />;
  if (!process || !outlet) return <Loading label="Loading process…" />;

  const base = processPath(processRefOf(process));
  return (
    <div className="page">
      <header className="process-header">
        <p className="eyebrow">
          <Link to={`/w/${workspace.id}`}>{workspace.name}</Link>
          <span aria-hidden="true"> / </span>
          <span className="visually-hidden">, </span>
          Process
        </p>
        <h1 tabIndex={-1}>{process.title}</h1>
        <p className="process-facts">
          <Badge tone="accent">
            <span className="visually-hidden">Phase: </span>
            {PHASE_LABELS[process.phase]}
          </Badge>
          <Badge>
            <span className="visually-hidden">Level: </span>
            {LEVEL_LABELS[process.level]}
          </Badge>
          <Badge tone={process.status === 'archived' ? 'warning' : 'neutral'}>
            <span className="visually-hidden">Status: </span>
            {process.status === 'archived' ? 'Archived' : 'Active'}
          </Badge>
          {process.myRole ? <span className="muted">Your role: {ROLE_LABELS[process.myRole]}</span> : null}
        </p>
        {process.status === 'archived' ? (
          <p className="alert alert-warning">This process is archived: it is kept as a read-only record.</p>
        ) : null}
      </header>
      <nav className="tabs" aria-label="Process sections">
        <NavLink to={base} end>
          Overview
        </NavLink>
        {outlet.allowed('initiation.view') || outlet.allowed('initiation.realityCheck.view') ? (
          <NavLink to={`${base}/initiate`}>Initiate</NavLink>
        ) : null}
        {outlet.allowed('initiation.myChecklist.view') ? <NavLink to={`${base}/checklist`}>Our checklist</NavLink> : null}
        {outlet.allowed('process.members.view') ? <NavLink to={`${base}/members`}>Members</NavLink> : null}
        {outlet.allowed('stakeholders.view') ? <NavLink to={`${base}/stakeholders`}>Stakeholders</NavLink> : null}
        <NavLink to={`${base}/selection`}>Selection</NavLink>
        {outlet.allowed('charter.view') ? <NavLink to={`${base}/charter`}>Charter</NavLink> : null}
        <NavLink to={`${base}/agreements`}>Agreements</NavLink>
        {outlet.allowed('plans.view') ? <NavLink to={`${base}/plan`}>Plan</NavLink> : null}
        {outlet.allowed('dashboard.view') ? <NavLink to={`${base}/dashboard`}>Dashboard</NavLink> : null}
        <NavLink to={`${base}/details`}>Details</NavLink>
        {outlet.allowed('process.audit.view') ? <NavLink to={`${base}/audit`}>Audit trail</NavLink> : null}
      </nav>
      {/* Every tab shows the process's times in its zone, named (lib/use-format.ts). */}
      <ProcessTimeZoneContext value={process.timezone}>
        <Outlet context={outlet} />
      </ProcessTimeZoneContext>
    </div>
  );
}
