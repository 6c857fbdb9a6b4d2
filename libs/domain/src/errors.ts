/** Errors raised by domain rules and services; the API maps each code to an HTTP status in one place. */
export enum DomainErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  PROCESS_ARCHIVED = 'PROCESS_ARCHIVED',
  SAME_PHASE = 'SAME_PHASE',
  PHASE_SKIPPED = 'PHASE_SKIPPED',
  REASON_REQUIRED = 'REASON_REQUIRED',
  GATES_FAILED = 'GATES_FAILED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVITATION_INVALID = 'INVITATION_INVALID',
  INVITATION_EMAIL_MISMATCH = 'INVITATION_EMAIL_MISMATCH',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  NOT_WORKSPACE_MEMBER = 'NOT_WORKSPACE_MEMBER',
  LAST_CONVENER = 'LAST_CONVENER',
  CSRF_INVALID = 'CSRF_INVALID',
  INVALID_INPUT = 'INVALID_INPUT',
  CHARTER_STATE_INVALID = 'CHARTER_STATE_INVALID',
  CHARTER_VERSION_NOT_ADOPTED = 'CHARTER_VERSION_NOT_ADOPTED',
  CHARTER_VERSION_STALE = 'CHARTER_VERSION_STALE',
  NOT_ACTIVE_PARTICIPANT = 'NOT_ACTIVE_PARTICIPANT',
  ALREADY_SIGNED = 'ALREADY_SIGNED',
  NO_STAKEHOLDER_GROUP = 'NO_STAKEHOLDER_GROUP',
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field the error is about, when there is one. */
    readonly field?: string,
    /** Extra facts for the client (e.g. the current version on a conflict). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
