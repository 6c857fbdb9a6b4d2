import type { ProcessStatus } from '@common-ground/domain';
import { useState } from 'react';
import type { ProcessSummary } from '../../../api';
import { useResource } from '../../../hooks/use-resource';
import { listProcesses } from './processes';

interface MorePages {
  key: string;
  items: ProcessSummary[];
  nextCursor: string | null;
}

export interface ProcessListState {
  items: ProcessSummary[] | undefined;
  isLoading: boolean;
  error: unknown;
  reload: () => void;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  isLoadingMore: boolean;
  loadMoreError: unknown;
}

/** The first page for the search, plus the pages "Load more" appended. */
export function useProcessList(workspaceId: string, q: string, status: ProcessStatus): ProcessListState {
  const key = JSON.stringify([workspaceId, q, status]);
  const first = useResource(key, (signal) => listProcesses(workspaceId, { q, status }, signal));
  const [more, setMore] = useState<MorePages | null>(null);
  const [loadingMoreFor, setLoadingMoreFor] = useState<string | null>(null);
  const [loadMoreError, setLoadMoreError] = useState<{ key: string; error: unknown } | null>(null);

  const extra = more?.key === key ? more : null;
  const nextCursor = extra ? extra.nextCursor : (first.data?.nextCursor ?? null);
  const items = first.data ? [...first.data.items, ...(extra?.items ?? [])] : undefined;

  const loadMore = async () => {
    if (!nextCursor || loadingMoreFor === key) return;
    setLoadingMoreFor(key);
    setLoadMoreError(null);
    try {
      const page = await listProcesses(workspaceId, { q, status, cursor: nextCursor });
      setMore((previous) => ({
        key,
        items: [...(previous?.key === key ? previous.items : []), ...page.items],
        nextCursor: page.nextCursor,
      }));
    } catch (error) {
      setLoadMoreError({ key, error });
    } finally {
      setLoadingMoreFor(null);
    }
  };

  return {
    items,
    isLoading: first.isLoading,
    error: first.error,
    reload: () => {
      setMore(null);
      first.reload();
    },
    hasMore: nextCursor !== null,
    loadMore,
    isLoadingMore: loadingMoreFor === key,
    loadMoreError: loadMoreError?.key === key ? loadMoreError.error : undefined,
  };
}
