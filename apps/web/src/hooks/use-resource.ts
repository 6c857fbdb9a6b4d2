import { useCallback, useEffect, useEffectEvent, useState } from 'react';

type Settled<T> =
  { key: string; generation: number; status: 'success'; data: T } | { key: string; generation: number; status: 'error'; error: unknown };

export interface Resource<T> {
  /** The latest data for this key; kept while a reload of the same key runs. */
  data: T | undefined;
  /** The error of the latest load, when it failed. */
  error: unknown;
  isLoading: boolean;
  /** Loads the same key again. */
  reload: () => void;
  /** Replaces the data locally, e.g. with the object a write returned. */
  setData: (update: T | ((previous: T) => T)) => void;
}

/**
 * Loads data for a key and reloads when the key changes. A `null` key loads nothing.
 * Answers for an older key are dropped (the request is aborted), so a slow response never wins.
 */
export interface ResourceOptions {
  /**
   * Keep showing the previous key's data while the new key loads (e.g. a history list whose key
   * carries a version), instead of clearing it.
   */
  keepPreviousData?: boolean;
}

export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, options: ResourceOptions = {}): Resource<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [generation, setGeneration] = useState(0);
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    runLoad(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, generation, status: 'success', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, generation, status: 'error', error });
      },
    );
    return () => {
      controller.abort();
    };
  }, [key, generation]);

  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);

  const setData = useCallback((update: T | ((previous: T) => T)) => {
    setSettled((previous) => {
      if (previous?.status !== 'success') return previous;
      const data = typeof update === 'function' ? (update as (value: T) => T)(previous.data) : update;
      return { ...previous, data };
    });
  }, []);

  const sameKey = settled !== null && settled.key === key;
  const current = sameKey && settled.generation === generation;
  return {
    data: (sameKey || options.keepPreviousData) && settled?.status === 'success' ? settled.data : undefined,
    error: current && settled.status === 'error' ? settled.error : undefined,
    isLoading: key !== null && !current,
    reload,
    setData,
  };
}
