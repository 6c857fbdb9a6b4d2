import { DEFAULT_LOCALE, DomainErrorCode } from '@common-ground/domain';
import createClient, { type Middleware } from 'openapi-fetch';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { currentIntl, translate } from '../i18n/current-intl';
import { clientMessages, CODE_MESSAGES, STATUS_MESSAGES } from './error-messages';
import {
  INPUT_REASON_MESSAGES,
  INPUT_REASON_PARAMS,
  isPasswordWeakness,
  PASSWORD_MESSAGES,
  VALIDATION_MESSAGES,
  VALIDATION_PARAMS,
} from './field-messages';
import type { paths } from './schema';

/** Paths whose answer carries a fresh CSRF token (`SessionDto`). */
const SESSION_PATHS = new Set(['/api/v1/auth/session', '/api/v1/auth/sign-in', '/api/v1/auth/sign-up', '/api/v1/auth/two-factor']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Codes as the wire carries them (plain strings). */
const VERSION_CONFLICT: string = DomainErrorCode.VERSION_CONFLICT;
const CSRF_INVALID: string = DomainErrorCode.CSRF_INVALID;
const WEAK_PASSWORD: string = DomainErrorCode.WEAK_PASSWORD;

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Lets the session ask the server again when it has ended (401) or changed in another tab (a
 * rejected CSRF token): the user is signed out, or a fresh token is fetched for the next write.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function hasCsrfToken(value: unknown): value is { csrfToken: string } {
  return typeof value === 'object' && value !== null && typeof (value as { csrfToken?: unknown }).csrfToken === 'string';
}

async function isCsrfRejection(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  try {
    const body: unknown = await response.clone().json();
    return isProblem(body) && body.code === CSRF_INVALID;
  } catch {
    return false;
  }
}

const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (SESSION_PATHS.has(schemaPath) && response.ok) {
      const body: unknown = await response.clone().json();
      if (hasCsrfToken(body)) setCsrfToken(body.csrfToken);
    } else if ((response.status === 401 && !schemaPath.startsWith('/api/v1/auth/')) || (await isCsrfRejection(response))) {
      for (const listener of unauthenticatedListeners) listener();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrfMiddleware);

export interface FieldError {
  field: string;
  /** Which rule refused the field (libs/domain's FIELD_ERROR_CODES); absent from older answers. */
  code?: string;
  /** What a translated message needs (`isLength` → `{ min, max }`). */
  params?: Record<string, unknown>;
  message: string;
}

/** The problem+json body the API answers errors with (RFC 9457). */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  /** Finer than `code` for INVALID_INPUT (libs/domain's INPUT_ERROR_REASONS). */
  reason?: string;
  /** What a translated message needs. */
  params?: Record<string, unknown>;
  errors?: FieldError[];
  /** On a 409 version conflict: the object as it is now. */
  current?: unknown;
}

/** A failed API call, carrying the parsed problem details. */
export class ApiError extends Error {
  readonly status: number;
  /** The API's error code, usually a `DomainErrorCode`. */
  readonly code: string | null;
  readonly title: string;
  readonly detail: string | null;
  readonly reason: string | null;
  readonly params: Record<string, unknown>;
  readonly fieldErrors: readonly FieldError[];
  readonly current: unknown;
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? null;
    this.title = problem.title;
    this.detail = problem.detail ?? null;
    this.reason = problem.reason ?? null;
    this.params = problem.params ?? {};
    this.fieldErrors = problem.errors ?? [];
    this.current = problem.current;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Someone else changed the object since it was loaded (a stale `version`). Other 409s are not this. */
  get isVersionConflict(): boolean {
    return this.status === 409 && (this.code === null || this.code === VERSION_CONFLICT);
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}

export function toApiError(error: unknown, response: Response): ApiError {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  if (isProblem(error)) return new ApiError(error, retryAfterSeconds);
  const title = translate(STATUS_MESSAGES[response.status] ?? clientMessages.server);
  return new ApiError({ title, status: response.status }, retryAfterSeconds);
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({
    title: translate(clientMessages.network),
    status: 0,
  });
  error.cause = cause;
  return error;
}

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws an `ApiError`. */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  if (!result.response.ok) throw toApiError(result.error, result.response);
  return result.data as T;
}

/** Like `unwrap` for calls answered with 204 No Content. */
export async function unwrapEmpty(call: Promise<ApiResult<unknown>>): Promise<void> {
  await unwrap(call);
}

/** English screens show the API's own sentences, which are English and often name the field or the limit. */
function speaksEnglish(): boolean {
  return currentIntl().locale === DEFAULT_LOCALE;
}

/**
 * A human sentence for any error thrown by an API call, in the screen's language: the one place a problem
 * becomes text. A known code has its own message; an unknown one falls back to the API's sentence.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      if (!error.retryAfterSeconds) return translate(clientMessages.retryLater);
      return translate(clientMessages.retryIn, { minutes: Math.ceil(error.retryAfterSeconds / 60) });
    }
    if (speaksEnglish()) return error.detail ?? error.title;
    const byReason = error.reason ? reasonText(error.reason, error.params) : null;
    if (byReason) return byReason;
    const byCode = error.code ? CODE_MESSAGES[error.code] : undefined;
    return byCode ? translate(byCode) : (error.detail ?? error.title);
  }
  return translate(clientMessages.unknown);
}

/** The values of a message: numbers and strings of the params (titles, currency codes) as the API sent them. */
function valuesOf(params: Record<string, unknown>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === 'number' || typeof entry[1] === 'string',
    ),
  );
}

/** An INVALID_INPUT reason in the reader's language, or null when the web app has no sentence for it (or lacks its params). */
function reasonText(reason: string, params: Record<string, unknown>): string | null {
  if (!Object.hasOwn(INPUT_REASON_MESSAGES, reason)) return null;
  const known = reason as keyof typeof INPUT_REASON_MESSAGES;
  if ((INPUT_REASON_PARAMS[known] ?? []).some((name) => params[name] === undefined)) return null;
  return translate(INPUT_REASON_MESSAGES[known], valuesOf(params));
}

/** The sentence of a field error's own code in the reader's language, or null when the web app has none for it. */
function fieldCodeText(fieldError: FieldError): string | null {
  const { code, params = {} } = fieldError;
  if (!code) return null;
  const byReason = reasonText(code, params);
  if (byReason) return byReason;
  if (code === WEAK_PASSWORD && isPasswordWeakness(params.weakness)) {
    return translate(PASSWORD_MESSAGES[params.weakness], numbersOf(params));
  }
  if (!Object.hasOwn(VALIDATION_MESSAGES, code)) return Object.hasOwn(CODE_MESSAGES, code) ? translate(CODE_MESSAGES[code]) : null;
  const validation = code as keyof typeof VALIDATION_MESSAGES;
  const needs = VALIDATION_PARAMS[validation] ?? [];
  if (needs.some((name) => typeof params[name] !== 'number')) return null;
  return translate(VALIDATION_MESSAGES[validation], numbersOf(params));
}

function numbersOf(params: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/**
 * The sentence under a field the API refused: its own in English (it names the field and the limit), else the
 * field error's code said with its params, the problem's code, or a general sentence.
 */
export function fieldErrorText(error: ApiError, fieldError: FieldError): string {
  if (speaksEnglish()) return fieldError.message;
  const own = fieldCodeText(fieldError);
  if (own) return own;
  const byCode = error.code && error.code !== 'VALIDATION' ? CODE_MESSAGES[error.code] : undefined;
  return translate(byCode ?? clientMessages.field);
}

/**
 * Puts the API's field errors next to the matching form fields.
 * A field such as `wheelAreas.0` is shown on `wheelAreas`. Returns the messages that match no field,
 * for the form to show at its top.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  /** API field names that a form field of another name shows, e.g. `{ reason: 'text' }`. */
  aliases: Partial<Record<string, Path<T>>> = {},
): string[] {
  if (!(error instanceof ApiError)) return [errorMessage(error)];
  const unmatched: string[] = [];
  let focused = false;
  for (const fieldError of error.fieldErrors) {
    const { field } = fieldError;
    const message = fieldErrorText(error, fieldError);
    const target = aliases[field] ?? fields.find((name) => field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`));
    if (target) {
      setError(target, { type: 'server', message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched.push(message);
    }
  }
  if (error.fieldErrors.length === 0) unmatched.push(errorMessage(error));
  return unmatched;
}
