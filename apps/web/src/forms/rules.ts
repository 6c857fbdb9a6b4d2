import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { translate } from '../i18n/current-intl';

/** Said when a rule fails, in the screen's language at that moment. */
const m = defineMessages({
  atMost: { id: 'common.rule.atMost', defaultMessage: 'Use at most {max} characters (now {count}).' },
  atLeast: { id: 'common.rule.atLeast', defaultMessage: 'Use at least {min} characters.' },
  wholeNumber: { id: 'common.rule.wholeNumber', defaultMessage: 'Enter a whole number.' },
  orMore: { id: 'common.rule.orMore', defaultMessage: 'Enter {min} or more.' },
  orLess: { id: 'common.rule.orLess', defaultMessage: 'Enter {max} or less.' },
});

/**
 * A tiny schema language for the forms: one rule per field path, built from the limits the API's
 * DTOs use (`@common-ground/domain`), so a too-long text is caught next to its field before it is
 * sent. No schema library: the rules are few and the messages are ours.
 */
export type Rule<TValues> = (value: unknown, values: TValues) => string | null;

/** Rules by field path (`name`, `sections.goal_mandate`); a path may carry several rules, checked in order. */
export type FormSchema<TValues> = Readonly<Record<string, Rule<TValues> | readonly Rule<TValues>[]>>;

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A rule's message: a descriptor is said in the screen's language when the rule fails. */
export type RuleMessage = string | MessageDescriptor;

function say(message: RuleMessage): string {
  return typeof message === 'string' ? message : translate(message);
}

interface TextRule {
  /** The message when the text is blank; omit for an optional text. */
  required?: RuleMessage;
  max?: number;
  min?: number;
}

/** A text: required (not blank once trimmed), and at most / at least so many characters. */
export function text({ required, max, min }: TextRule): Rule<unknown> {
  return (value) => {
    const typed = asText(value);
    if (required && !typed.trim()) return say(required);
    if (max !== undefined && typed.length > max) return translate(m.atMost, { max, count: typed.length });
    if (min !== undefined && typed.trim() && typed.trim().length < min) return translate(m.atLeast, { min });
    return null;
  };
}

interface IntegerRule {
  required?: RuleMessage;
  min?: number;
  max?: number;
}

/** A whole number typed in a text or number input. */
export function integer({ required, min, max }: IntegerRule): Rule<unknown> {
  return (value) => {
    const typed = asText(value).trim();
    if (!typed) return required === undefined ? null : say(required);
    if (!/^-?\d+$/.test(typed)) return translate(m.wholeNumber);
    const number = Number(typed);
    if (min !== undefined && number < min) return translate(m.orMore, { min });
    if (max !== undefined && number > max) return translate(m.orLess, { max });
    return null;
  };
}

/** Reads `a.b.c` from nested values. */
export function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function errorAt(errors: Record<string, unknown>, path: string, error: FieldError): void {
  const parts = path.split('.');
  let target = errors;
  for (const part of parts.slice(0, -1)) {
    target[part] ??= {};
    target = target[part] as Record<string, unknown>;
  }
  target[parts[parts.length - 1] ?? path] = error;
}

/** Checks the values against the schema: the field errors, nested like the values, or none. */
export function validate<TValues extends FieldValues>(schema: FormSchema<TValues>, values: TValues): FieldErrors<TValues> {
  const errors: Record<string, unknown> = {};
  for (const [path, ruleOrRules] of Object.entries(schema)) {
    const rules: readonly Rule<TValues>[] = typeof ruleOrRules === 'function' ? [ruleOrRules] : ruleOrRules;
    for (const rule of rules) {
      const message = rule(valueAt(values, path), values);
      if (message) {
        errorAt(errors, path, { type: 'schema', message });
        break;
      }
    }
  }
  return errors as FieldErrors<TValues>;
}

/** A react-hook-form resolver for a schema. */
export function schemaResolver<TValues extends FieldValues>(schema: FormSchema<TValues>): Resolver<TValues> {
  return (values) => {
    const errors = validate(schema, values);
    return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
  };
}
