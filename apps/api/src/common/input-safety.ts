import type { NextFunction, Request, Response } from 'express';
import type { FieldError } from './field-error';
import { sendProblem, toProblem } from './problem.filter';
import { ValidationFailedError } from './validation';

/**
 * The deepest a request's JSON may nest. Our deepest DTO nests a handful of levels; thousands of levels
 * (well under the 100 kB body limit) overflow the stack of class-transformer and class-validator.
 */
export const MAX_INPUT_DEPTH = 32;
/** Stop collecting after this many problems: a hostile body could otherwise name every one of its strings. */
const MAX_PROBLEMS = 20;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why a string cannot be stored, or null. PostgreSQL's text cannot hold NUL, and a lone UTF-16
 * surrogate is not Unicode: node-postgres would silently store U+FFFD in its place.
 */
export function unsafeStringReason(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'must not contain a lone UTF-16 surrogate (it is not valid Unicode)';
  return null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Every unsafe string (values and keys) and every over-deep container in a parsed body or query,
 * each named by its field path (`contactPoints.1`). Iterative, so depth itself cannot overflow the stack.
 */
export function unsafeInputProblems(input: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: root, depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      const reason = unsafeStringReason(value);
      if (reason) problems.push({ field: path || 'body', code: 'unsafeString', params: {}, message: `${path || 'body'} ${reason}` });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      // Name the outermost field: the full path of a 5,000-level nest would be the problem, not its name.
      const field = path.split('.')[0] || 'body';
      problems.push({
        field,
        code: 'tooDeep',
        params: { max: MAX_INPUT_DEPTH },
        message: `${field} is nested more than ${MAX_INPUT_DEPTH} levels deep`,
      });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      const reason = unsafeStringReason(key);
      if (reason) {
        problems.push({ field: join(path, JSON.stringify(key)), code: 'unsafeString', params: {}, message: `The field name ${reason}` });
        continue;
      }
      stack.push({ value: item, path: join(path, key), depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * Express middleware, right after the JSON parser and before the guard, passport or any pipe reads the
 * request: a body or query that no DTO could accept answers 400 naming the field, whatever the route.
 */
export function rejectUnsafeInput(request: Request, response: Response, next: NextFunction): void {
  const problems = [...unsafeInputProblems(request.body), ...unsafeInputProblems(request.query)];
  if (problems.length === 0) return next();
  sendProblem(response, toProblem(new ValidationFailedError(problems)));
}
