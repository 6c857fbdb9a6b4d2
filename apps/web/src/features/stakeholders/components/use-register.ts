import { useMemo } from 'react';
import { useProcessOutlet } from '../../../context/process-context';
import type { ProcessRef } from '../api/register';

/** What every screen of the Stakeholders tab needs to know: where it is and what the person may do. */
export function useRegister() {
  const { process, allowed } = useProcessOutlet();
  const active = process.status === 'active';
  return useMemo(() => {
    const base = `/w/${process.workspaceId}/p/${process.id}/stakeholders`;
    const processRef: ProcessRef = { workspaceId: process.workspaceId, processId: process.id };
    return {
      processRef,
      base,
      stakeholderUrl: (id: string) => `${base}/${id}`,
      prospectUrl: (id: string) => `${base}/prospects/${id}`,
      mayManage: allowed('stakeholders.manage') && active,
      mayManageProspects: allowed('prospects.manage') && active,
      seesPersonalData: allowed('stakeholders.personalData.view'),
      mayInvite: allowed('process.invite') && active,
    };
  }, [process.workspaceId, process.id, allowed, active]);
}
