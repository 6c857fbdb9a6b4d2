import { amountProblem, currencyProblem } from '@common-ground/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** A non-negative amount with at most two decimals, as a string or a number (the rule lives in libs/domain). */
export function IsAmount(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isAmount',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => amountProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => amountProblem(args?.value) ?? 'is not an amount',
      },
    });
  };
}

/** An ISO 4217 currency code in use (the list lives in libs/domain/src/tracking/costs.ts). */
export function IsCurrencyCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isCurrencyCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => currencyProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => currencyProblem(args?.value) ?? 'is not a currency code',
      },
    });
  };
}
