import { createContext, useContext } from 'react';
import type { Workspace } from '../api';

export interface CurrentWorkspace {
  workspace: Workspace;
  /** Stores the workspace a write answered with (e.g. after renaming). */
  setWorkspace: (workspace: Workspace) => void;
  reload: () => void;
}

export const WorkspaceContext = createContext<CurrentWorkspace | null>(null);

/** The workspace of the current `/w/:workspaceId` page, with the signed-in person's role in it. */
export function useCurrentWorkspace(): CurrentWorkspace {
  const current = useContext(WorkspaceContext);
  if (!current) throw new Error('useCurrentWorkspace must be used inside a workspace page.');
  return current;
}
