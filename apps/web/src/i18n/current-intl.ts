import { DEFAULT_LOCALE, type Locale } from '@common-ground/domain';
import { createIntl, createIntlCache, type IntlShape, type MessageDescriptor } from 'react-intl';
import type { Messages } from './catalogs';

const cache = createIntlCache();
let current: IntlShape = createIntl({ locale: DEFAULT_LOCALE, defaultLocale: DEFAULT_LOCALE, messages: {} }, cache);

/**
 * The one react-intl instance of the page, made by `LocaleProvider` when a language's catalog is in. Code outside
 * React (the API client's error sentences, the form rules) formats with it through `translate`, so a message said
 * by a plain function is in the same language as the screen around it.
 */
export function makeCurrentIntl(locale: Locale, messages: Messages): IntlShape {
  current = createIntl({ locale, defaultLocale: DEFAULT_LOCALE, messages }, cache);
  return current;
}

export function currentIntl(): IntlShape {
  return current;
}

/** A message in the screen's language, for code that has no `useIntl()`. */
export function translate(descriptor: MessageDescriptor, values?: Record<string, string | number>): string {
  return current.formatMessage(descriptor, values);
}
