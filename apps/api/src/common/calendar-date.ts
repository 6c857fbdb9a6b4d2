import { isCalendarDate } from '@common-ground/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A `YYYY-MM-DD` day that exists in the calendar (the rule lives in libs/domain). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
  };
}
