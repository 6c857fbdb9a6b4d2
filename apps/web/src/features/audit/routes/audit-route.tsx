import { AUDIT_OBJECT_TYPES } from '@common-ground/domain';
import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { untyped } from '../../../i18n/untyped';
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
import { auditEventText, chainProblemText, objectTypeText } from '../audit-text';

const m = untyped(
  defineMessages({
    title: { id: 'audit.title', defaultMessage: 'Audit trail' },
    verifying: { id: 'audit.verifying', defaultMessage: 'Verifying…' },
    verify: { id: 'audit.verify', defaultMessage: 'Verify chain' },
    intact: { id: 'audit.intact', defaultMessage: 'Intact up to event {upTo}.' },
    broken: { id: 'audit.broken', defaultMessage: 'Broken at event {brokenAt}: {reason}. Intact up to event {upTo}.' },
    filter: { id: 'audit.filter', defaultMessage: 'Filter the audit trail' },
    process: { id: 'audit.process', defaultMessage: 'Process' },
    allProcesses: { id: 'audit.allProcesses', defaultMessage: 'All processes' },
    object: { id: 'audit.object', defaultMessage: 'Object' },
    allObjects: { id: 'audit.allObjects', defaultMessage: 'All objects' },
    person: { id: 'audit.person', defaultMessage: 'Person' },
    everyone: { id: 'audit.everyone', defaultMessage: 'Everyone' },
    loading: { id: 'audit.loading', defaultMessage: 'Loading the audit trail…' },
    noMatch: { id: 'audit.noMatch', defaultMessage: 'No events match these filters' },
    events: { id: 'audit.events', defaultMessage: 'Audit events' },
    caption: { id: 'audit.caption', defaultMessage: 'Events, newest first' },
    seq: { id: 'audit.column.seq', defaultMessage: '#' },
    when: { id: 'audit.column.when', defaultMessage: 'When' },
    who: { id: 'audit.column.who', defaultMessage: 'Who' },
    what: { id: 'audit.column.what', defaultMessage: 'What' },
    details: { id: 'audit.column.details', defaultMessage: 'Details' },
    anonymous: { id: 'audit.anonymous', defaultMessage: 'Anonymous' },
    loadingMore: { id: 'audit.loadingMore', defaultMessage: 'Loading…' },
    loadMore: { id: 'audit.loadMore', defaultMessage: 'Load more' },
  }),
);
const NONE = '—';

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
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
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
          <h1 tabIndex={-1}>{intl.formatMessage(m.title)}</h1>
        </div>
        <button type="button" className="button" onClick={() => void verify()} disabled={verifying}>
          {intl.formatMessage(verifying ? m.verifying : m.verify)}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {verification ? (
          verification.intact ? (
            <p className="alert alert-success">{intl.formatMessage(m.intact, { upTo: verification.upTo })}</p>
          ) : (
            <p className="alert alert-error">
              {intl.formatMessage(m.broken, {
                brokenAt: verification.brokenAt ?? NONE,
                reason: chainProblemText(intl, verification) ?? NONE,
                upTo: verification.upTo,
              })}
            </p>
          )
        ) : null}
        {verifyError ? <p className="alert alert-error">{errorMessage(verifyError)}</p> : null}
      </div>

      <form role="search" aria-label={intl.formatMessage(m.filter)} className="toolbar" onSubmit={(event) => event.preventDefault()}>
        {processId ? null : (
          <div className="field">
            <label htmlFor={ids.process}>{intl.formatMessage(m.process)}</label>
            <select id={ids.process} value={filters.processId ?? ''} onChange={(event) => setFilter('processId', event.target.value)}>
              <option value="">{intl.formatMessage(m.allProcesses)}</option>
              {(processes.data ?? []).map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.type}>{intl.formatMessage(m.object)}</label>
          <select id={ids.type} value={filters.objectType ?? ''} onChange={(event) => setFilter('objectType', event.target.value)}>
            <option value="">{intl.formatMessage(m.allObjects)}</option>
            {AUDIT_OBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {objectTypeText(intl, type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.person}>{intl.formatMessage(m.person)}</label>
          <select id={ids.person} value={filters.actorId ?? ''} onChange={(event) => setFilter('actorId', event.target.value)}>
            <option value="">{intl.formatMessage(m.everyone)}</option>
            {(people.data ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </form>

      {first.error ? <ErrorState message={errorMessage(first.error)} onRetry={first.reload} /> : null}
      {!items && first.isLoading ? <Loading label={intl.formatMessage(m.loading)} /> : null}
      {items?.length === 0 ? <EmptyState title={intl.formatMessage(m.noMatch)} /> : null}
      {items && items.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={intl.formatMessage(m.events)}>
          <table className="table">
            <caption className="visually-hidden">{intl.formatMessage(m.caption)}</caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(m.seq)}</th>
                <th scope="col">{intl.formatMessage(m.when)}</th>
                <th scope="col">{intl.formatMessage(m.who)}</th>
                <th scope="col">{intl.formatMessage(m.what)}</th>
                {processId ? null : <th scope="col">{intl.formatMessage(m.process)}</th>}
                <th scope="col">{intl.formatMessage(m.details)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((event) => (
                <tr key={event.seq}>
                  <td>{event.seq}</td>
                  <td>{fmt.dateTime(event.occurredAt)}</td>
                  <td>{event.actorName ?? <span className="muted">{intl.formatMessage(m.anonymous)}</span>}</td>
                  <td>{auditEventText(intl, event)}</td>
                  {processId ? null : <td>{event.processId ? (processName.get(event.processId) ?? NONE) : NONE}</td>}
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
          {intl.formatMessage(loadingMore ? m.loadingMore : m.loadMore)}
        </button>
      ) : null}
    </div>
  );
}
