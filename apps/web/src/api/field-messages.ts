import { PASSWORD_WEAKNESSES, type PasswordWeakness, type ValidationErrorCode } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor } from 'react-intl';
import { untyped } from '../i18n/untyped';

/**
 * One sentence per field-error `code` of the API's validation layer (libs/domain's VALIDATION_ERROR_CODES: the
 * class-validator constraint that refused the field, or one of ours), said with the error's `params`
 * (`isLength` → `{ min, max }`). English screens keep the API's own sentence, which names the field.
 */
export const VALIDATION_MESSAGES: Readonly<Record<ValidationErrorCode, MessageDescriptor>> = untyped(
  defineMessages({
    isString: { id: 'errors.field.isString', defaultMessage: 'Enter text.' },
    isInt: { id: 'errors.field.isInt', defaultMessage: 'Enter a whole number.' },
    isNumber: { id: 'errors.field.isNumber', defaultMessage: 'Enter a number.' },
    isBoolean: { id: 'errors.field.isBoolean', defaultMessage: 'Choose yes or no.' },
    isArray: { id: 'errors.field.isArray', defaultMessage: 'This must be a list.' },
    isIn: { id: 'errors.field.isIn', defaultMessage: 'Choose one of the values offered.' },
    isEmail: { id: 'errors.field.isEmail', defaultMessage: 'Enter a valid e-mail address.' },
    isUuid: { id: 'errors.field.isUuid', defaultMessage: 'This reference is not valid.' },
    isDefined: { id: 'errors.field.isDefined', defaultMessage: 'This is required.' },
    isLength: {
      id: 'errors.field.isLength',
      defaultMessage: 'Use {min, plural, =0 {at most {max, number}} other {{min, number} to {max, number}}} characters.',
    },
    minLength: {
      id: 'errors.field.minLength',
      defaultMessage: 'Use at least {min, plural, one {# character} other {# characters}}.',
    },
    maxLength: {
      id: 'errors.field.maxLength',
      defaultMessage: 'Use at most {max, plural, one {# character} other {# characters}}.',
    },
    min: { id: 'errors.field.min', defaultMessage: 'Enter {min, number} or more.' },
    max: { id: 'errors.field.max', defaultMessage: 'Enter {max, number} or less.' },
    arrayMaxSize: {
      id: 'errors.field.arrayMaxSize',
      defaultMessage: 'Choose at most {max, plural, one {# item} other {# items}}.',
    },
    arrayMinSize: {
      id: 'errors.field.arrayMinSize',
      defaultMessage: 'Choose at least {min, plural, one {# item} other {# items}}.',
    },
    arrayUnique: { id: 'errors.field.arrayUnique', defaultMessage: 'Each item may appear only once.' },
    matches: { id: 'errors.field.matches', defaultMessage: 'This is not in the expected format.' },
    isIso8601: { id: 'errors.field.isIso8601', defaultMessage: 'Enter a valid date and time.' },
    isCalendarDate: { id: 'errors.field.isCalendarDate', defaultMessage: 'Enter a valid date.' },
    isAmount: { id: 'errors.field.isAmount', defaultMessage: 'Enter a valid amount.' },
    isCurrencyCode: { id: 'errors.field.isCurrencyCode', defaultMessage: 'Choose a known currency.' },
    timezone: { id: 'errors.field.timezone', defaultMessage: 'Choose a known time zone.' },
    nestedValidation: { id: 'errors.field.nestedValidation', defaultMessage: 'Some of the entries are not valid.' },
    whitelistValidation: { id: 'errors.field.whitelistValidation', defaultMessage: 'This field is not expected here.' },
    unknownValue: { id: 'errors.field.unknownValue', defaultMessage: 'This value is not expected here.' },
    notNullable: { id: 'errors.field.notNullable', defaultMessage: 'This cannot be left empty.' },
    integerRange: {
      id: 'errors.field.integerRange',
      defaultMessage: 'Enter a whole number from {min, number} to {max, number}.',
    },
    unsafeString: { id: 'errors.field.unsafeString', defaultMessage: 'This contains characters that cannot be stored.' },
    tooDeep: { id: 'errors.field.tooDeep', defaultMessage: 'This is nested too deeply.' },
  }),
);

/** The numeric params each message needs: without them (an older API), the general sentence is shown. */
export const VALIDATION_PARAMS: Readonly<Partial<Record<ValidationErrorCode, readonly string[]>>> = {
  isLength: ['min', 'max'],
  minLength: ['min'],
  maxLength: ['max'],
  min: ['min'],
  max: ['max'],
  arrayMaxSize: ['max'],
  arrayMinSize: ['min'],
  integerRange: ['min', 'max'],
};

/** Why a password is refused (libs/domain's PASSWORD_WEAKNESSES), for the sign-up form and the API's WEAK_PASSWORD. */
export const PASSWORD_MESSAGES: Readonly<Record<PasswordWeakness, MessageDescriptor>> = untyped(
  defineMessages({
    tooShort: { id: 'errors.password.tooShort', defaultMessage: 'Use at least {min} characters.' },
    tooLong: { id: 'errors.password.tooLong', defaultMessage: 'Use at most {max} characters.' },
    tooFewCharacters: { id: 'errors.password.tooFewCharacters', defaultMessage: 'Use more than three different characters.' },
    tooCommon: { id: 'errors.password.tooCommon', defaultMessage: 'This password is too common.' },
    containsEmail: { id: 'errors.password.containsEmail', defaultMessage: 'Do not use your e-mail address in the password.' },
  }),
);

export const isPasswordWeakness = (value: unknown): value is PasswordWeakness =>
  typeof value === 'string' && (PASSWORD_WEAKNESSES as readonly string[]).includes(value);
