export { api, ApiError, applyFieldErrors, errorMessage, onUnauthenticated, setCsrfToken, unwrap, unwrapEmpty } from './client';
export type { FieldError, Problem } from './client';
export type * from './types';
export type * from './acquaint';
export type * from './plans';
export type * from './selection';
