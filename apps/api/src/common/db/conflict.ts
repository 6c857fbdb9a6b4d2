import { DomainError, DomainErrorCode } from '@common-ground/domain';

/** 409 with the object as it is now, so the client can show what changed. */
export function versionConflict(message: string, current: unknown): DomainError {
  return new DomainError(DomainErrorCode.VERSION_CONFLICT, message, 'version', { current });
}
