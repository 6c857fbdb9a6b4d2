import { can, DomainError, DomainErrorCode, invalidInput } from '@common-ground/domain';
import type { RequestContext } from '../common/request-context';

/** Contact points and e-mail addresses are personal data: only conveners and facilitators read them. */
export function seesPersonalData(ctx: RequestContext): boolean {
  return can(ctx.grants, 'stakeholders.personalData.view');
}

/** Someone who may not read personal data may not write it either (they could not see what they replace). */
export function assertMayWritePersonalData(ctx: RequestContext, field: string, value: unknown): void {
  if (value !== undefined && !seesPersonalData(ctx))
    throw new DomainError(DomainErrorCode.FORBIDDEN, 'Your role does not allow handling personal data.', field);
}

/** A partial update may leave a field out, but not empty one that must have a value (the DTO lets null through as "optional"). */
export function assertNotNull<T extends object>(dto: T, fields: readonly (keyof T & string)[]): void {
  for (const field of fields) {
    if (dto[field] === null) throw invalidInput('fieldEmpty', `${field} cannot be empty; leave it out to keep it.`, field);
  }
}
