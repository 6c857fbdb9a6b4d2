import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './field-error';

export class ValidationFailedError extends Error {
  constructor(readonly errors: FieldError[]) {
    super('Invalid input');
    this.name = 'ValidationFailedError';
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: message.replace(/^property /, '') }));
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
const isDocumentedDto = (type: unknown): type is Dto => typeof type === 'function' && Reflect.hasMetadata(SWAGGER_PROPERTIES, prototypeOf(type) ?? {});

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
    if (value === null) return property.nullable ? [] : [{ field, message: `${key} must not be null; leave it out to keep the current value.` }];
    const nested = nestedDto(property.type);
    if (!nested) return [];
    return Array.isArray(value) ? value.flatMap((item, index) => nullProblems(nested, item, `${field}.${index}`)) : nullProblems(nested, value, field);
  });
}

class ContractValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && typeof metadata.metatype === 'function') {
      const problems = nullProblems(metadata.metatype as Dto, value);
      if (problems.length > 0) throw new ValidationFailedError(problems);
    }
    return super.transform(value, metadata);
  }
}

/** Whitelist every DTO, reject unknown fields and undocumented nulls, and report each bad field by name. */
export function createValidationPipe(): ValidationPipe {
  return new ContractValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
