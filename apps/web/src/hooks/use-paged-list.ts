import { useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';
import { useResource } from './use-resource';

/** One page of a list the API reads with an opaque cursor. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What a paged list asks for: the search typed (empty when the list has none) and the cursor of the next page. */
export interface PageQuery {
  q: string;
  cursor: string | null;
}

const SEARCH_DELAY_MS = 300;

interface MorePages<T> {
  key: string;
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  /** What is typed in the search box; the list follows once typing pauses. */
  search: string;
  setSearch: (text: string) => void;
  /** The search the shown items answer. */
  query: string;
  items: T[] | undefined;
  isLoading: boolean;
  error: unknown;
  reload: () => void;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  isLoadingMore: boolean;
  loadMoreError: unknown;
}

/**
 * A list read a page at a time: the first page (for the search, when the list has one), plus the pages "Load more"
 * appends. `name` keys the list: a new name (another filter) starts again from the first page.
 */
export function usePagedList<T>(name: string, load: (query: PageQuery, signal?: AbortSignal) => Promise<Page<T>>): PagedList<T> {
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const key = JSON.stringify([name, query]);
  const first = useResource(key, (signal) => load({ q: query, cursor: null }, signal));
  const [more, setMore] = useState<MorePages<T> | null>(null);
  const [loadingMoreFor, setLoadingMoreFor] = useState<string | null>(null);
  const [loadMoreError, setLoadMoreError] = useState<{ key: string; error: unknown } | null>(null);

  const extra = more?.key === key ? more : null;
  const nextCursor = extra ? extra.nextCursor : (first.data?.nextCursor ?? null);

  const loadMore = async () => {
    if (!nextCursor || loadingMoreFor === key) return;
    setLoadingMoreFor(key);
    setLoadMoreError(null);
    try {
      const page = await load({ q: query, cursor: nextCursor });
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
    search,
    setSearch,
    query,
    items: first.data ? [...first.data.items, ...(extra?.items ?? [])] : undefined,
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
