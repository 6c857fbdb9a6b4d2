import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { unsafeStringReason } from './input-safety';
import { PG_INT_MAX, PG_INT_MIN } from './int-limits';
import type { FieldError } from './field-error';

export class ValidationFailedError extends Error {
  constructor(readonly errors: FieldError[]) {
    super('Invalid input');
    this.name = 'ValidationFailedError';
  }
}

/** The values a validator was declared with, named for a translated message (`@Length(1, 200)` → `{ min: 1, max: 200 }`). */
const CONSTRAINT_PARAMS: Record<string, (constraints: unknown[]) => Record<string, unknown>> = {
  isLength: ([min, max]) => ({ min, max }),
  minLength: ([min]) => ({ min }),
  maxLength: ([max]) => ({ max }),
  min: ([min]) => ({ min }),
  max: ([max]) => ({ max }),
  arrayMinSize: ([min]) => ({ min }),
  arrayMaxSize: ([max]) => ({ max }),
  // A short list a message can name ("one of low, medium, high"); not the 150 currency codes.
  isIn: ([values]) => (Array.isArray(values) && values.length <= 20 ? { values } : {}),
  matches: ([pattern]) => ({ pattern: String(pattern) }),
};

function paramsOf(target: object | undefined, property: string, name: string): Record<string, unknown> {
  const named = CONSTRAINT_PARAMS[name];
  if (!named || !target) return {};
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((candidate) => candidate.propertyName === property && candidate.name === name);
  return meta ? named((meta.constraints as unknown[] | undefined) ?? []) : {};
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      code: name,
      params: paramsOf(error.target, error.property, name),
      message: message.replace(/^property /, ''),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// The keys @nestjs/swagger stores a DTO's documented properties under (also copied by PartialType & co).
const SWAGGER_PROPERTIES = 'swagger/apiModelPropertiesArray';
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

interface DocumentedProperty {
  nullable?: boolean;
  type?: unknown;
}

type Dto = abstract new (...args: never[]) => unknown;

const prototypeOf = (type: unknown): object | undefined => (type as { prototype?: object }).prototype;
const isDocumentedDto = (type: unknown): type is Dto =>
  typeof type === 'function' && Reflect.hasMetadata(SWAGGER_PROPERTIES, prototypeOf(type) ?? {});

function documentedProperties(dto: Dto): Map<string, DocumentedProperty> {
  const prototype = prototypeOf(dto) ?? {};
  const names = (Reflect.getMetadata(SWAGGER_PROPERTIES, prototype) as string[] | undefined) ?? [];
  return new Map(
    names.map((key) => {
      const name = key.replace(/^:/, '');
      return [name, (Reflect.getMetadata(SWAGGER_PROPERTY, prototype, name) ?? {}) as DocumentedProperty];
    }),
  );
}

/** A nested DTO class, when the documented type is one (directly or as a lazy `() => Class`). */
function nestedDto(type: unknown): Dto | null {
  if (isDocumentedDto(type)) return type;
  if (typeof type === 'function' && prototypeOf(type) === undefined) {
    const resolved: unknown = (type as () => unknown)();
    return isDocumentedDto(resolved) ? resolved : null;
  }
  return null;
}

/**
 * `@IsOptional()` lets `null` through, but only properties documented `nullable` may be cleared: a null
 * anywhere else would reach the database as a NOT NULL violation (a 500). The OpenAPI document is the rule.
 */
export function nullProblems(dto: Dto, body: unknown, prefix = ''): FieldError[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const properties = documentedProperties(dto);
  return Object.entries(body as Record<string, unknown>).flatMap(([key, value]) => {
    const property = properties.get(key);
    if (!property) return [];
    const field = prefix ? `${prefix}.${key}` : key;
    if (value === null)
      return property.nullable
        ? []
        : [{ field, code: 'notNullable', params: {}, message: `${key} must not be null; leave it out to keep the current value.` }];
    const nested = nestedDto(property.type);
    if (!nested) return [];
    return Array.isArray(value)
      ? value.flatMap((item, index) => nullProblems(nested, item, `${field}.${index}`))
      : nullProblems(nested, value, field);
  });
}

const outOfInt4 = (value: number) => value > PG_INT_MAX || value < PG_INT_MIN;
const int4Problem = (field: string): FieldError => ({
  field,
  code: 'integerRange',
  params: { min: PG_INT_MIN, max: PG_INT_MAX },
  message: `${field} must be a whole number from ${PG_INT_MIN} to ${PG_INT_MAX}`,
});

/**
 * Every `@IsInt()` property of a validated DTO (nested DTOs and arrays included) that a PostgreSQL
 * `integer` cannot hold. Every integer we store is an `integer` column, and `@IsInt()` alone lets
 * 2**31 and even 1e308 through to fail in SQL. One rule here instead of a `@Max` on each of 60 fields.
 */
export function integerProblems(value: unknown, prefix = ''): FieldError[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => integerProblems(item, prefix ? `${prefix}.${index}` : String(index)));
  const target = value.constructor;
  if (target === Object || target === undefined) return [];
  const record = value as Record<string, unknown>;
  const integers = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((meta) => meta.name === 'isInt');
  const problems: FieldError[] = [];
  for (const property of new Set(integers.map((meta) => meta.propertyName))) {
    const field = prefix ? `${prefix}.${property}` : property;
    const own = record[property];
    const values: unknown[] = Array.isArray(own) ? own : [own];
    if (values.some((item) => typeof item === 'number' && outOfInt4(item))) problems.push(int4Problem(field));
  }
  for (const [key, item] of Object.entries(record)) {
    if (item !== null && typeof item === 'object') problems.push(...integerProblems(item, prefix ? `${prefix}.${key}` : key));
  }
  return problems;
}

/** A path parameter no route could use: NUL or a lone surrogate, or a number outside `integer`. */
function paramProblem(value: unknown, metadata: ArgumentMetadata): FieldError | null {
  const field = metadata.data ?? 'path';
  if (typeof value === 'string') {
    const reason = unsafeStringReason(value);
    return reason ? { field, code: 'unsafeString', params: {}, message: `${field} ${reason}` } : null;
  }
  if (typeof value === 'number' && (!Number.isInteger(value) || outOfInt4(value))) return int4Problem(field);
  return null;
}

class ContractValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param') {
      const problem = paramProblem(value, metadata);
      if (problem) throw new ValidationFailedError([problem]);
    }
    if (metadata.type === 'body' && typeof metadata.metatype === 'function') {
      const problems = nullProblems(metadata.metatype as Dto, value);
      if (problems.length > 0) throw new ValidationFailedError(problems);
    }
    const transformed: unknown = await super.transform(value, metadata);
    if (metadata.type === 'param') {
      // A numeric path parameter arrives here as +value: '1e308' and '2147483648' are numbers too.
      const problem = paramProblem(transformed, metadata);
      if (problem) throw new ValidationFailedError([problem]);
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problems = integerProblems(transformed);
      if (problems.length > 0) throw new ValidationFailedError(problems);
    }
    return transformed;
  }
}

/** Whitelist every DTO, reject unknown fields and undocumented nulls, and report each bad field by name. */
export function createValidationPipe(): ValidationPipe {
  return new ContractValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The failed object stays on each error so its validators' constraints can be read (see paramsOf).
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
