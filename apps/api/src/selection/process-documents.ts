import { DomainError, DomainErrorCode } from '@common-ground/domain';
import type { RequestContext } from '../common/request-context';
import type { ProcessEntity } from '../processes/process.entity';
import type { ProcessesService } from '../processes/processes.service';

/** Loads the process for a change: an archived process is a read-only record. */
export async function loadForChange(processes: ProcessesService, ctx: RequestContext): Promise<ProcessEntity> {
  const process = await processes.load(ctx);
  if (process.status === 'archived') throw new DomainError(DomainErrorCode.PROCESS_ARCHIVED, 'This process is archived and can no longer change.');
  return process;
}
