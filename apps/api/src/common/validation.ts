import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './problem.filter';

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

/** Whitelist every DTO, reject unknown fields, and report each bad field by name. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
