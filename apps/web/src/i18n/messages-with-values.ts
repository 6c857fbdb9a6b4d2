import type { MessageDescriptor } from 'react-intl';

/**
 * `defineMessages({...})` types each message as taking no values, so `formatMessage(m.x, { name })` does not
 * compile. Wrapping the call keeps the keys checked and lets messages take their ICU arguments; the catalog test
 * (i18n/catalogs.spec.ts) checks that every translation uses the same arguments as the English source.
 */
export function messagesWithValues<K extends string>(messages: Record<K, MessageDescriptor>): Record<K, MessageDescriptor> {
  return messages;
}
