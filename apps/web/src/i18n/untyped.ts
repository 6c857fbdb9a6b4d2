import type { MessageDescriptor } from 'react-intl';

/**
 * react-intl 12's `defineMessages` types every message as taking no values unless each one's arguments are
 * declared by hand, so `formatMessage(m.x, { count })` fails to compile. Wrapping the map drops that contract:
 * the message's arguments are checked by `i18n/catalogs.spec.ts` (every translation uses the English ones)
 * and by the extraction, not by the compiler. Write `untyped(defineMessages({...}))`: the extractor still
 * finds the `defineMessages` call.
 */
export function untyped<T extends Record<string, MessageDescriptor>>(messages: T): { readonly [K in keyof T]: MessageDescriptor } {
  return messages;
}
