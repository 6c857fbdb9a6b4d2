import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorCode, type ProblemCode } from '@common-ground/domain';
import type { Response } from 'express';
import type { FieldError } from './field-error';
import { ValidationFailedError } from './validation';

/**
 * `code` is one of PROBLEM_CODES (libs/domain/src/errors.ts) and never changes for a given problem; `reason`
 * narrows INVALID_INPUT; `params` holds what a translated message needs. `title` and `detail` are English.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  reason?: string;
  params: Record<string, unknown>;
  errors?: FieldError[];
  [extra: string]: unknown;
}

const TITLES: Record<DomainErrorCode, [number, string]> = {
  [DomainErrorCode.NOT_FOUND]: [404, 'Not found'],
  [DomainErrorCode.FORBIDDEN]: [403, 'Not allowed'],
  [DomainErrorCode.UNAUTHENTICATED]: [401, 'Sign in first'],
  [DomainErrorCode.VERSION_CONFLICT]: [409, 'Changed by someone else'],
  [DomainErrorCode.PROCESS_ARCHIVED]: [409, 'Process archived'],
  [DomainErrorCode.SAME_PHASE]: [400, 'Already in that phase'],
  [DomainErrorCode.PHASE_SKIPPED]: [400, 'Phases cannot be skipped'],
  [DomainErrorCode.REASON_REQUIRED]: [400, 'Reason required'],
  [DomainErrorCode.GATES_FAILED]: [422, 'Readiness checks fail'],
  [DomainErrorCode.EMAIL_TAKEN]: [409, 'E-mail already registered'],
  [DomainErrorCode.WEAK_PASSWORD]: [400, 'Password too weak'],
  [DomainErrorCode.INVALID_CREDENTIALS]: [401, 'Wrong e-mail or password'],
  [DomainErrorCode.TOO_MANY_ATTEMPTS]: [429, 'Too many attempts'],
  [DomainErrorCode.INVITATION_INVALID]: [404, 'Invitation not valid'],
  [DomainErrorCode.INVITATION_EMAIL_MISMATCH]: [403, 'Invitation for another e-mail'],
  [DomainErrorCode.ALREADY_MEMBER]: [409, 'Already a member'],
  [DomainErrorCode.NOT_WORKSPACE_MEMBER]: [400, 'Not a workspace member'],
  [DomainErrorCode.LAST_CONVENER]: [409, 'Last convener'],
  [DomainErrorCode.CSRF_INVALID]: [403, 'Missing or invalid CSRF token'],
  [DomainErrorCode.INVALID_INPUT]: [400, 'Invalid input'],
  [DomainErrorCode.CHARTER_STATE_INVALID]: [409, 'Charter version in another state'],
  [DomainErrorCode.CHARTER_VERSION_NOT_ADOPTED]: [409, 'Charter version not adopted'],
  [DomainErrorCode.CHARTER_VERSION_STALE]: [409, 'Charter version superseded'],
  [DomainErrorCode.NOT_ACTIVE_PARTICIPANT]: [403, 'Not an active participant'],
  [DomainErrorCode.ALREADY_SIGNED]: [409, 'Already signed'],
  [DomainErrorCode.PLAN_STATE_INVALID]: [409, 'Action plan in another state'],
  [DomainErrorCode.PLAN_NOT_READY]: [422, 'Action plan not ready for approval'],
  [DomainErrorCode.WORKING_GROUP_HAS_ACTIONS]: [409, 'Working group still owns actions'],
  [DomainErrorCode.DO_NO_HARM_INCOMPLETE]: [422, 'Questions unanswered'],
  [DomainErrorCode.NO_STAKEHOLDER_GROUP]: [403, 'Represents no stakeholder group'],
  [DomainErrorCode.REGISTER_FULL]: [409, 'Register full'],
  [DomainErrorCode.RELATIONSHIP_EXISTS]: [409, 'Relationship already recorded'],
  [DomainErrorCode.PROSPECT_TRANSITION_INVALID]: [409, 'Status change not allowed'],
  [DomainErrorCode.ACCOUNT_LINK_INVALID]: [410, 'Link not valid'],
  [DomainErrorCode.LAST_OWNER]: [409, 'Last owner'],
  [DomainErrorCode.TWO_FACTOR_REQUIRED]: [403, 'Two-factor sign-in required'],
  [DomainErrorCode.INVALID_TWO_FACTOR_CODE]: [400, 'Wrong or used code'],
  [DomainErrorCode.TWO_FACTOR_ALREADY_ENABLED]: [409, 'Two-factor sign-in already on'],
  [DomainErrorCode.TWO_FACTOR_NOT_ENABLED]: [409, 'Two-factor sign-in not on'],
  [DomainErrorCode.PDF_UNAVAILABLE]: [503, 'PDF not available right now'],
  [DomainErrorCode.DECISION_NOT_OPEN]: [409, 'Decision not open'],
  [DomainErrorCode.ALREADY_VOTED]: [409, 'Already voted'],
};

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');

/**
 * PostgreSQL errors that only bad input or a lost race can cause. Validation at the shared layer
 * (input-safety.ts, the validation pipe) is the real fix for each; this is the last line of defence, so
 * a gap answers 4xx instead of 500. The codes are distinct so tests (fuzz.spec.ts) can still spot a gap.
 */
const DATABASE_INPUT_ERRORS: Record<string, string> = {
  '22001': 'A text is longer than its column holds.',
  '22003': 'A number is outside the range its column holds.',
  '22007': 'A date or time is malformed.',
  '22008': 'A date or time is out of range.',
  '22021': 'A text contains a character that cannot be stored (such as NUL).',
  '22P02': 'A value is not of the expected type.',
  '22P05': 'A text contains a character that cannot be stored (such as NUL).',
  '54001': 'The input is nested too deeply.',
};

export const DATABASE_REJECTED_INPUT = 'DATABASE_REJECTED_INPUT';
export const DATABASE_CONFLICT = 'DATABASE_CONFLICT';

/** A Nest HttpException (an unknown route, a body or method Nest refuses) as one of our codes. */
function httpCode(status: number): ProblemCode {
  switch (status) {
    case 401:
      return DomainErrorCode.UNAUTHENTICATED;
    case 403:
      return DomainErrorCode.FORBIDDEN;
    case 404:
      return DomainErrorCode.NOT_FOUND;
    case 413:
      return 'BODY_TOO_LARGE';
    case 429:
      return DomainErrorCode.TOO_MANY_ATTEMPTS;
    default:
      return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  }
}

export function postgresErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const failure = error as { driverError?: { code?: unknown }; code?: unknown };
  const code = failure.driverError?.code ?? failure.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

function databaseProblem(error: unknown): Problem | null {
  const code = postgresErrorCode(error);
  if (code === undefined) return null;
  if (code === '23505') {
    return {
      type: '/problems/database-conflict',
      title: 'Changed by someone else',
      status: 409,
      detail: 'Someone else saved a conflicting change at the same time; reload and try again.',
      code: DATABASE_CONFLICT,
      params: {},
    };
  }
  const detail = DATABASE_INPUT_ERRORS[code];
  return detail
    ? { type: '/problems/database-rejected-input', title: 'Invalid input', status: 400, detail, code: DATABASE_REJECTED_INPUT, params: {} }
    : null;
}

/** The details a translated message can use (a retry delay, ids): plain values only, not whole objects. */
function scalarDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  const plain = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
  return Object.fromEntries(
    Object.entries(details ?? {}).filter(([, value]) => plain(value) || (Array.isArray(value) && value.every(plain))),
  );
}

/** Maps every error to application/problem+json (RFC 9457); nothing else writes error responses. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    const [status, title] = TITLES[error.code];
    return {
      type: `/problems/${kebab(error.code)}`,
      title,
      status,
      detail: error.message,
      ...(error.details ?? {}),
      code: error.code,
      ...(error.reason ? { reason: error.reason } : {}),
      params: { ...scalarDetails(error.details), ...error.params },
      ...(error.field
        ? { errors: [{ field: error.field, code: error.reason ?? error.code, params: error.params, message: error.message }] }
        : {}),
    };
  }
  if (error instanceof ValidationFailedError) {
    return {
      type: '/problems/validation',
      title: 'Invalid input',
      status: 400,
      detail: error.errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      code: 'VALIDATION',
      params: {},
      errors: error.errors,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : error.message;
    return {
      type: 'about:blank',
      title: HttpStatus[status]?.replace(/_/g, ' ').toLowerCase() ?? 'Error',
      status,
      detail,
      code: httpCode(status),
      params: {},
    };
  }
  // body-parser errors carry their HTTP status and a type such as entity.too.large.
  const parserError = error as { status?: number; type?: string; message?: string };
  if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500 && parserError.type) {
    const tooLarge = parserError.type === 'entity.too.large';
    return {
      type: `/problems/${tooLarge ? 'body-too-large' : 'malformed-body'}`,
      title: tooLarge ? 'Request body too large' : 'Malformed request body',
      status: parserError.status,
      detail: tooLarge ? 'The request body is larger than 100 kB.' : 'The request body is not valid JSON.',
      code: tooLarge ? 'BODY_TOO_LARGE' : 'MALFORMED_BODY',
      params: tooLarge ? { maxKilobytes: 100 } : {},
    };
  }
  const database = databaseProblem(error);
  if (database) return database;
  return {
    type: 'about:blank',
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side; it has been logged.',
    code: 'INTERNAL',
    params: {},
  };
}

export function sendProblem(response: Response, problem: Problem): void {
  if (problem.status === 429 && typeof problem.retryAfterSeconds === 'number') {
    response.setHeader('Retry-After', String(problem.retryAfterSeconds));
  }
  response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(error);
    if (problem.status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    // A database refusal mapped to 4xx still means validation missed something: keep it visible.
    else if (problem.code === DATABASE_REJECTED_INPUT || problem.code === DATABASE_CONFLICT)
      this.logger.warn(error instanceof Error ? error.message : String(error));
    if (response.headersSent) return;
    sendProblem(response, problem);
  }
}
