import { can, LEVEL_LABELS, LIMITS, PHASE_LABELS, ROLE_LABELS, type ProcessStatus } from '@common-ground/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../api';
import { Badge, EmptyState, ErrorState, Loading } from '../../../components/states';
import { useCurrentWorkspace } from '../../../context/workspace-context';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useFormat } from '../../../lib/use-format';
import { useProcessList } from '../api/use-process-list';
import { processPath } from '../../../context/process-ref';

const SEARCH_DELAY_MS = 300;

function statusFrom(value: string | null): ProcessStatus {
  return value === 'archived' ? 'archived' : 'active';
}

/** `/w/:workspaceId`: the workspace's processes, searchable and filtered by status. */
export function ProcessListRoute() {
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
          <h1 tabIndex={-1}>Processes</h1>
        </div>
        {mayCreate ? (
          <Link className="button button-primary" to={`/w/${workspace.id}/p/new`}>
            <span aria-hidden="true">+ </span>New process
          </Link>
        ) : null}
      </div>

      <form
        role="search"
        aria-label="Processes"
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="field">
          <label htmlFor={searchId}>Search by title</label>
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
          <label htmlFor={statusId}>Status</label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value);
            }}
          >
            <option value="active">Active</option>
            <option value="archived">Archived</option>
          </select>
        </div>
      </form>

      <p role="status" className="visually-hidden">
        {list.items && !list.isLoading
          ? `${String(count)} process${count === 1 ? '' : 'es'} shown${list.hasMore ? ', more available' : ''}.`
          : ''}
      </p>

      {list.error ? <ErrorState message={errorMessage(list.error)} onRetry={list.reload} /> : null}
      {!list.items && list.isLoading ? <Loading label="Loading processes…" /> : null}

      {list.items?.length === 0 && !filtered ? (
        <EmptyState title="No processes yet — create the first dialogue">
          <p>A process takes a dialogue from its initiation to its exit, phase by phase, with everyone who takes part.</p>
          {mayCreate ? (
            <Link className="button button-primary" to={`/w/${workspace.id}/p/new`}>
              Create a process
            </Link>
          ) : (
            <p className="muted">You will see the processes you are added to here.</p>
          )}
        </EmptyState>
      ) : null}
      {list.items?.length === 0 && filtered ? (
        <EmptyState title={q ? `No ${status} processes match “${q}”` : `No ${status} processes`}>
          {q ? <p>Try another word, or clear the search.</p> : null}
        </EmptyState>
      ) : null}

      {list.items && list.items.length > 0 ? (
        <ul className="cards" aria-label="Processes" aria-busy={list.isLoading}>
          {list.items.map((process) => (
            <li key={process.id} className="card">
              <h2 className="card-title">
                <Link to={processPath({ workspaceId: workspace.id, processId: process.id })}>{process.title}</Link>
              </h2>
              <p className="card-meta">
                <Badge tone="accent">{PHASE_LABELS[process.phase]}</Badge>
                <Badge>{LEVEL_LABELS[process.level]}</Badge>
                {process.status === 'archived' ? <Badge tone="muted">Archived</Badge> : null}
                {process.myRole ? <span className="muted">You: {ROLE_LABELS[process.myRole]}</span> : null}
                <span className="muted">Updated {fmt.date(process.updatedAt)}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : null}

      {list.hasMore && list.items ? (
        <div className="load-more">
          <button type="button" className="button" disabled={list.isLoadingMore} onClick={() => void list.loadMore()}>
            {list.isLoadingMore ? 'Loading…' : 'Load more'}
          </button>
          {list.loadMoreError ? <p role="alert">{errorMessage(list.loadMoreError)}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
