import { DomainError, DomainErrorCode } from '@common-ground/domain';
import type { UserEntity } from '../auth/user.entity';

export const iso = (value: Date | string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

export const personOf = (user: UserEntity | undefined): { id: string; displayName: string } | null =>
  user ? { id: user.id, displayName: user.displayName } : null;

/** 409 with the object as it is now, so the client can show what changed. */
export function versionConflict(message: string, current: unknown): DomainError {
  return new DomainError(DomainErrorCode.VERSION_CONFLICT, message, 'version', { current });
}
