import { DomainError, DomainErrorCode } from '@common-ground/domain';

/** A stale save of a versioned document: 409 with the document as it is now. */
export function conflict(message: string, current: unknown): DomainError {
  return new DomainError(DomainErrorCode.VERSION_CONFLICT, message, 'version', { current });
}
