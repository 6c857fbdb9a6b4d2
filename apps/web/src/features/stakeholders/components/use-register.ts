import { useMemo } from 'react';
import { useProcessOutlet } from '../../../context/process-context';
import { processPath, processRefOf } from '../../../context/process-ref';

/** What every screen of the Stakeholders tab needs to know: where it is and what the person may do. */
export function useRegister() {
  const { process, allowed } = useProcessOutlet();
  const { workspaceId, id } = process;
  return useMemo(() => {
    const processRef = processRefOf({ workspaceId, id });
    const base = processPath(processRef, 'stakeholders');
    return {
      processRef,
      base,
      stakeholderUrl: (id: string) => `${base}/${id}`,
      prospectUrl: (id: string) => `${base}/prospects/${id}`,
      mayManage: allowed('stakeholders.manage'),
      mayManageProspects: allowed('prospects.manage'),
      seesPersonalData: allowed('stakeholders.personalData.view'),
      mayInvite: allowed('process.invite'),
    };
  }, [workspaceId, id, allowed]);
}
