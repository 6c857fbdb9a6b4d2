import { randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError, DomainErrorCode } from '@common-ground/domain';
import type { Request } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** The synchronizer token of the session, created on first use. */
export function csrfTokenOf(request: Request): string {
  request.session.csrfToken ??= randomBytes(32).toString('base64url');
  return request.session.csrfToken;
}

/** Every cookie-carrying write must echo the session's token in a header a cross-site form cannot set. */
export function verifyCsrf(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const expected = request.session?.csrfToken;
  const given = request.get(CSRF_HEADER);
  if (!expected || !given)
    throw new DomainError(DomainErrorCode.CSRF_INVALID, 'Send the X-CSRF-Token header from GET /api/v1/auth/session.');
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new DomainError(DomainErrorCode.CSRF_INVALID, 'The X-CSRF-Token header does not match this session.');
  }
}
