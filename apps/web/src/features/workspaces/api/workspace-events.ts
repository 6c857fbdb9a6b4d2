import { useEffect } from 'react';

const CHANGED = 'cg:workspaces-changed';

/** Tells the workspace switcher that the list or a name changed (created, renamed, joined). */
export function notifyWorkspacesChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

export function useWorkspacesChanged(listener: () => void): void {
  useEffect(() => {
    window.addEventListener(CHANGED, listener);
    return () => {
      window.removeEventListener(CHANGED, listener);
    };
  }, [listener]);
}
