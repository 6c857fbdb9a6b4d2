import type { MessageDescriptor } from 'react-intl';

/**
 * react-intl 12 types what `defineMessages` returns as messages without arguments unless every message's
 * arguments are spelt out as a type parameter. Wrapping the call keeps the ids and English where the
 * extractor reads them (`defineMessages({...})`) and lets `formatMessage` take the values the ICU text names;
 * apps/web/src/i18n/catalogs.spec.ts checks that each translation uses the same arguments.
 */
export function untyped<T extends Record<string, MessageDescriptor>>(messages: T): { readonly [K in keyof T]: MessageDescriptor } {
  return messages;
}
