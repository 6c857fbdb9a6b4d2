import { can, type Action } from '@common-ground/domain';
import { useOutletContext } from 'react-router';
import type { Process } from '../api';

/** What the process page (`/w/:workspaceId/p/:processId`) hands to its tabs, whichever feature draws them. */
export interface ProcessOutlet {
  process: Process;
  setProcess: (process: Process) => void;
  reloadProcess: () => void;
  /** May the signed-in person do this on this process? Never a write on a read-only (archived) process. */
  allowed: (action: Action) => boolean;
}

/** The matrix for this person on this process, status included: the same rule the API's guard applies. */
export function processPermissions(process: Process): (action: Action) => boolean {
  const grants = { workspaceRole: process.workspaceRole, processRole: process.myRole };
  return (action) => can(grants, action, process.status);
}

export function useProcessOutlet(): ProcessOutlet {
  return useOutletContext<ProcessOutlet>();
}
