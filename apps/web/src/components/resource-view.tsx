import type { ReactNode } from 'react';
import { errorMessage } from '../api/client';
import type { Resource } from '../hooks/use-resource';
import { EmptyState, ErrorState, Loading } from './states';

interface ResourceViewProps<T> {
  resource: Resource<T>;
  /** Said while loading, e.g. "Loading the key questions…". */
  loading?: string;
  /** The title of the error box. */
  errorTitle?: string;
  /** When the loaded data counts as empty, what to show instead of `children`. */
  empty?: { when: (data: T) => boolean; title: string; children?: ReactNode };
  /** Draws the data; omit it when the screen draws the data itself and needs only the loading and error states here. */
  children?: (data: T) => ReactNode;
}

/**
 * The one way a screen shows a resource: a status while it loads, an alert with "Try again" when it
 * fails, an empty state when there is nothing, else the data. Data already shown stays while a reload runs,
 * and a failed reload keeps it with the alert above it.
 */
export function ResourceView<T>({ resource, loading, errorTitle, empty, children }: ResourceViewProps<T>) {
  const { data, error, isLoading, reload } = resource;
  const alert = error ? <ErrorState title={errorTitle} message={errorMessage(error)} onRetry={reload} /> : null;
  if (data === undefined) return alert ?? (isLoading ? <Loading label={loading} /> : null);
  const body = empty?.when(data) ? <EmptyState title={empty.title}>{empty.children}</EmptyState> : children?.(data);
  return (
    <>
      {alert}
      {body}
    </>
  );
}
