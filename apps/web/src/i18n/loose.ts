import type { MessageDescriptor } from 'react-intl';

/**
 * `defineMessages` types each message as taking no values unless every message's values are spelled out in a
 * type argument; wrapped in this, a file's messages take the values their ICU text names (the catalog test checks
 * that translations use the same ones). The call stays `defineMessages(...)` inside, so extraction finds it.
 */
export function loose<K extends string>(messages: Readonly<Record<K, MessageDescriptor>>): Readonly<Record<K, MessageDescriptor>> {
  return messages;
}
