import { can, DomainError, DomainErrorCode } from '@common-ground/domain';
import type { RequestContext } from '../common/request-context';
import type { ProcessEntity } from '../processes/process.entity';
import type { ProcessesService } from '../processes/processes.service';

/** Contact points and e-mail addresses are personal data: only conveners and facilitators read them. */
export function seesPersonalData(ctx: RequestContext): boolean {
  return can(ctx.grants, 'stakeholders.personalData.view');
}

/** Someone who may not read personal data may not write it either (they could not see what they replace). */
export function assertMayWritePersonalData(ctx: RequestContext, field: string, value: unknown): void {
  if (value !== undefined && !seesPersonalData(ctx))
    throw new DomainError(DomainErrorCode.FORBIDDEN, 'Your role does not allow handling personal data.', field);
}

/** The process, for a change: an archived process is a read-only record. */
export async function loadWritableProcess(processes: ProcessesService, ctx: RequestContext): Promise<ProcessEntity> {
  const process = await processes.load(ctx);
  if (process.status === 'archived')
    throw new DomainError(DomainErrorCode.PROCESS_ARCHIVED, 'This process is archived and can no longer change.');
  return process;
}

/** A partial update may leave a field out, but not empty one that must have a value (the DTO lets null through as "optional"). */
export function assertNotNull<T extends object>(dto: T, fields: readonly (keyof T & string)[]): void {
  for (const field of fields) {
    if (dto[field] === null)
      throw new DomainError(DomainErrorCode.INVALID_INPUT, `${field} cannot be empty; leave it out to keep it.`, field);
  }
}

export const iso = (value: Date | string) => new Date(value).toISOString();

function postgresErrorCode(error: unknown): string | undefined {
  const failure = error as { driverError?: { code?: string }; code?: string };
  return failure.driverError?.code ?? failure.code;
}

/** The database refused a row because a unique index already holds its key. */
export const isUniqueViolation = (error: unknown) => postgresErrorCode(error) === '23505';

/** A referenced row disappeared (another request deleted it) between our check and our write. */
export const isForeignKeyViolation = (error: unknown) => postgresErrorCode(error) === '23503';

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
