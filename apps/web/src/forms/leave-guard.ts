import { useEffect, useId } from 'react';

/**
 * Which forms on the page hold unsaved text. One store for the whole app because react-router lets
 * only one blocker be active at a time: every dirty form registers here, and the single
 * `<LeaveGuard>` in the root layout asks before any navigation while the store is not empty.
 */
const dirty = new Set<string>();
/** Forms that are saving: a save that navigates on success (a new workspace → its page) is not "leaving". */
const saving = new Set<string>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function markDirty(id: string, isDirty: boolean): void {
  const had = dirty.has(id);
  if (isDirty) dirty.add(id);
  else dirty.delete(id);
  if (had !== isDirty) notify();
}

export function markSaving(id: string, isSaving: boolean): void {
  if (isSaving) saving.add(id);
  else saving.delete(id);
}

/** Is there typed text that leaving would lose? */
export function hasUnsavedChanges(): boolean {
  for (const id of dirty) if (!saving.has(id)) return true;
  return false;
}

export function subscribeUnsavedChanges(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A navigation leaves the page when the path or the query changes (a hash change keeps the form mounted). */
export function isLeaving(current: { pathname: string; search: string }, next: { pathname: string; search: string }): boolean {
  return current.pathname !== next.pathname || current.search !== next.search;
}

/**
 * Registers a form's unsaved state with the leave guard while it is mounted. Returns the form's id,
 * for `markSaving`.
 */
export function useLeaveGuard(isDirty: boolean): string {
  const id = useId();
  useEffect(() => {
    markDirty(id, isDirty);
  }, [id, isDirty]);
  useEffect(
    () => () => {
      markSaving(id, false);
      markDirty(id, false);
    },
    [id],
  );
  return id;
}
