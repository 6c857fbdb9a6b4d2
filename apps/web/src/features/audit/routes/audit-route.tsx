import { AUDIT_OBJECT_TYPES } from '@common-ground/domain';
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../../api';
import { EmptyState, ErrorState, Loading } from '../../../components/states';
import { useCurrentWorkspace } from '../../../context/workspace-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import {
  type AuditEvent,
  type AuditFilters,
  type AuditScope,
  type AuditVerification,
  listAuditEvents,
  listPeople,
  listProcessOptions,
  verifyAuditChain,
} from '../api/audit';

const OBJECT_LABEL = (type: string) => type.replace(/_/g, ' ');

function describe(event: AuditEvent): string {
  const changes = Object.entries(event.payload)
    .filter(([key]) => ['from', 'to', 'status', 'role', 'fields', 'version'].includes(key))
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  return changes.join(' · ');
}

/**
 * `/w/:workspaceId/audit` (owners and admins) and `/w/:workspaceId/p/:processId/audit` (also conveners): who
 * did what and when, filtered by process, object type and person, newest first, and a check of the hash chain.
 */
export function AuditRoute() {
  const fmt = useFormat();
  const { workspace } = useCurrentWorkspace();
  const { processId = null } = useParams();
  const scope: AuditScope = { workspaceId: workspace.id, processId };
  usePageTitle('Audit trail');
  const [filters, setFilters] = useState<AuditFilters>({});
  const key = JSON.stringify([scope, filters]);
  const first = useResource(key, (signal) => listAuditEvents(scope, filters, signal));
  const people = useResource(`people:${workspace.id}:${processId ?? ''}`, (signal) => listPeople(scope, signal));
  const processes = useResource(processId ? null : `processes:${workspace.id}`, (signal) => listProcessOptions(workspace.id, signal));
  const [more, setMore] = useState<{ key: string; items: AuditEvent[]; nextCursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const ids = { process: useId(), type: useId(), person: useId() };

  const extra = more?.key === key ? more : null;
  const items = first.data ? [...first.data.items, ...(extra?.items ?? [])] : undefined;
  const nextCursor = extra ? extra.nextCursor : (first.data?.nextCursor ?? null);
  const processName = new Map((processes.data ?? []).map((option) => [option.id, option.label]));

  const setFilter = (name: keyof AuditFilters, value: string) => {
    setFilters((previous) => ({ ...previous, [name]: value || undefined }));
  };

  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listAuditEvents(scope, { ...filters, cursor: nextCursor });
      setMore({ key, items: [...(extra?.items ?? []), ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerification(await verifyAuditChain(scope));
    } catch (error) {
      setVerifyError(error);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <p className="eyebrow">{workspace.name}</p>
          <h1 tabIndex={-1}>Audit trail</h1>
        </div>
        <button type="button" className="button" onClick={() => void verify()} disabled={verifying}>
          {verifying ? 'Verifying…' : 'Verify chain'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {verification ? (
          verification.intact ? (
            <p className="alert alert-success">Intact up to event {verification.upTo}.</p>
          ) : (
            <p className="alert alert-error">
              Broken at event {verification.brokenAt}: {verification.reason}. Intact up to event {verification.upTo}.
            </p>
          )
        ) : null}
        {verifyError ? <p className="alert alert-error">{errorMessage(verifyError)}</p> : null}
      </div>

      <form role="search" aria-label="Filter the audit trail" className="toolbar" onSubmit={(event) => event.preventDefault()}>
        {processId ? null : (
          <div className="field">
            <label htmlFor={ids.process}>Process</label>
            <select id={ids.process} value={filters.processId ?? ''} onChange={(event) => setFilter('processId', event.target.value)}>
              <option value="">All processes</option>
              {(processes.data ?? []).map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.type}>Object</label>
          <select id={ids.type} value={filters.objectType ?? ''} onChange={(event) => setFilter('objectType', event.target.value)}>
            <option value="">All objects</option>
            {AUDIT_OBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {OBJECT_LABEL(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.person}>Person</label>
          <select id={ids.person} value={filters.actorId ?? ''} onChange={(event) => setFilter('actorId', event.target.value)}>
            <option value="">Everyone</option>
            {(people.data ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </form>

      {first.error ? <ErrorState message={errorMessage(first.error)} onRetry={first.reload} /> : null}
      {!items && first.isLoading ? <Loading label="Loading the audit trail…" /> : null}
      {items?.length === 0 ? <EmptyState title="No events match these filters" /> : null}
      {items && items.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Audit events">
          <table className="table">
            <caption className="visually-hidden">Events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                {processId ? null : <th scope="col">Process</th>}
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {items.map((event) => (
                <tr key={event.seq}>
                  <td>{event.seq}</td>
                  <td>{fmt.dateTime(event.occurredAt)}</td>
                  <td>{event.actorName ?? <span className="muted">Anonymous</span>}</td>
                  <td>
                    {OBJECT_LABEL(event.objectType)} {event.action.replace(/_/g, ' ')}
                  </td>
                  {processId ? null : <td>{event.processId ? (processName.get(event.processId) ?? '—') : '—'}</td>}
                  <td className="muted">{describe(event)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {moreError ? <p className="alert alert-error">{errorMessage(moreError)}</p> : null}
      {nextCursor ? (
        <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </div>
  );
}
