import { can, LIMITS, type ProcessStatus } from '@common-ground/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../api';
import { Badge, EmptyState, ErrorState, Loading } from '../../../components/states';
import { useCurrentWorkspace } from '../../../context/workspace-context';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useFormat } from '../../../lib/use-format';
import { useProcessList } from '../api/use-process-list';
import { processPath } from '../../../context/process-ref';
import { ADD_MARK } from '../../../components/marks';
import { PHASE_MESSAGES, PROCESS_LEVEL_MESSAGES, PROCESS_STATUS_MESSAGES, ROLE_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    title: { id: 'processes.list.title', defaultMessage: 'Processes' },
    newProcess: { id: 'processes.list.newProcess', defaultMessage: 'New process' },
    search: { id: 'processes.list.search', defaultMessage: 'Processes' },
    searchByTitle: { id: 'processes.list.searchByTitle', defaultMessage: 'Search by title' },
    status: { id: 'processes.list.status', defaultMessage: 'Status' },
    shown: {
      id: 'processes.list.shown',
      defaultMessage: '{count, plural, one {# process shown} other {# processes shown}}{more, select, yes {, more available} other {}}.',
    },
    loading: { id: 'processes.list.loading', defaultMessage: 'Loading processes…' },
    emptyTitle: { id: 'processes.list.emptyTitle', defaultMessage: 'No processes yet — create the first dialogue' },
    emptyText: {
      id: 'processes.list.emptyText',
      defaultMessage: 'A process takes a dialogue from its initiation to its exit, phase by phase, with everyone who takes part.',
    },
    create: { id: 'processes.list.create', defaultMessage: 'Create a process' },
    addedHere: { id: 'processes.list.addedHere', defaultMessage: 'You will see the processes you are added to here.' },
    noMatch: {
      id: 'processes.list.noMatch',
      defaultMessage: '{status, select, archived {No archived processes match “{q}”} other {No active processes match “{q}”}}',
    },
    none: { id: 'processes.list.none', defaultMessage: '{status, select, archived {No archived processes} other {No active processes}}' },
    tryAnother: { id: 'processes.list.tryAnother', defaultMessage: 'Try another word, or clear the search.' },
    archived: { id: 'processes.list.archived', defaultMessage: 'Archived' },
    you: { id: 'processes.list.you', defaultMessage: 'You: {role}' },
    updated: { id: 'processes.list.updated', defaultMessage: 'Updated {date}' },
    loadingMore: { id: 'processes.list.loadingMore', defaultMessage: 'Loading…' },
    loadMore: { id: 'processes.list.loadMore', defaultMessage: 'Load more' },
  }),
);

const SEARCH_DELAY_MS = 300;

function statusFrom(value: string | null): ProcessStatus {
  return value === 'archived' ? 'archived' : 'active';
}

/** `/w/:workspaceId`: the workspace's processes, searchable and filtered by status. */
export function ProcessListRoute() {
  const intl = useIntl();
  const fmt = useFormat();
  const { workspace } = useCurrentWorkspace();
  usePageTitle(workspace.name);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = statusFrom(params.get('status'));
  const mayCreate = can({ workspaceRole: workspace.role }, 'process.create');
  const list = useProcessList(workspace.id, q, status);
  const searchId = useId();
  const statusId = useId();

  // The box shows what is typed; the URL (and the list) follow once typing pauses.
  const [text, setText] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q !== text.trim()) setText(q);
  }
  const debounced = useDebouncedValue(text, SEARCH_DELAY_MS);
  const paramsRef = useRef(params);
  useEffect(() => {
    paramsRef.current = params;
  }, [params]);
  useEffect(() => {
    const current = paramsRef.current;
    const trimmed = debounced.trim();
    if (trimmed === (current.get('q') ?? '')) return;
    const next = new URLSearchParams(current);
    if (trimmed) next.set('q', trimmed);
    else next.delete('q');
    setParams(next, { replace: true });
  }, [debounced, setParams]);

  const setStatus = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'archived') next.set('status', 'archived');
    else next.delete('status');
    setParams(next, { replace: true });
  };

  const count = list.items?.length ?? 0;
  const filtered = q !== '' || status !== 'active';

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <p className="eyebrow">{workspace.name}</p>
          <h1 tabIndex={-1}>{intl.formatMessage(messages.title)}</h1>
        </div>
        {mayCreate ? (
          <Link className="button button-primary" to={`/w/${workspace.id}/p/new`}>
            <span aria-hidden="true">{ADD_MARK}</span>
            {intl.formatMessage(messages.newProcess)}
          </Link>
        ) : null}
      </div>

      <form
        role="search"
        aria-label={intl.formatMessage(messages.search)}
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="field">
          <label htmlFor={searchId}>{intl.formatMessage(messages.searchByTitle)}</label>
          <input
            id={searchId}
            type="search"
            value={text}
            maxLength={LIMITS.searchMax}
            autoComplete="off"
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={statusId}>{intl.formatMessage(messages.status)}</label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value);
            }}
          >
            <option value="active">{intl.formatMessage(PROCESS_STATUS_MESSAGES.active)}</option>
            <option value="archived">{intl.formatMessage(PROCESS_STATUS_MESSAGES.archived)}</option>
          </select>
        </div>
      </form>

      <p role="status" className="visually-hidden">
        {list.items && !list.isLoading ? intl.formatMessage(messages.shown, { count, more: list.hasMore ? 'yes' : 'no' }) : ''}
      </p>

      {list.error ? <ErrorState message={errorMessage(list.error)} onRetry={list.reload} /> : null}
      {!list.items && list.isLoading ? <Loading label={intl.formatMessage(messages.loading)} /> : null}

      {list.items?.length === 0 && !filtered ? (
        <EmptyState title={intl.formatMessage(messages.emptyTitle)}>
          <p>{intl.formatMessage(messages.emptyText)}</p>
          {mayCreate ? (
            <Link className="button button-primary" to={`/w/${workspace.id}/p/new`}>
              {intl.formatMessage(messages.create)}
            </Link>
          ) : (
            <p className="muted">{intl.formatMessage(messages.addedHere)}</p>
          )}
        </EmptyState>
      ) : null}
      {list.items?.length === 0 && filtered ? (
        <EmptyState title={q ? intl.formatMessage(messages.noMatch, { status, q }) : intl.formatMessage(messages.none, { status })}>
          {q ? <p>{intl.formatMessage(messages.tryAnother)}</p> : null}
        </EmptyState>
      ) : null}

      {list.items && list.items.length > 0 ? (
        <ul className="cards" aria-label={intl.formatMessage(messages.title)} aria-busy={list.isLoading}>
          {list.items.map((process) => (
            <li key={process.id} className="card">
              <h2 className="card-title">
                <Link to={processPath({ workspaceId: workspace.id, processId: process.id })}>{process.title}</Link>
              </h2>
              <p className="card-meta">
                <Badge tone="accent">{intl.formatMessage(PHASE_MESSAGES[process.phase])}</Badge>
                <Badge>{intl.formatMessage(PROCESS_LEVEL_MESSAGES[process.level])}</Badge>
                {process.status === 'archived' ? <Badge tone="muted">{intl.formatMessage(messages.archived)}</Badge> : null}
                {process.myRole ? (
                  <span className="muted">
                    {intl.formatMessage(messages.you, { role: intl.formatMessage(ROLE_MESSAGES[process.myRole]) })}
                  </span>
                ) : null}
                <span className="muted">{intl.formatMessage(messages.updated, { date: fmt.date(process.updatedAt) })}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : null}

      {list.hasMore && list.items ? (
        <div className="load-more">
          <button type="button" className="button" disabled={list.isLoadingMore} onClick={() => void list.loadMore()}>
            {list.isLoadingMore ? intl.formatMessage(messages.loadingMore) : intl.formatMessage(messages.loadMore)}
          </button>
          {list.loadMoreError ? <p role="alert">{errorMessage(list.loadMoreError)}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
