import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@common-ground/domain';
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { PROJECT_ROOT } from '../config/config';

/**
 * Documents (the charter PDF) speak the process's language with the web app's own translations: the
 * catalogs of the `documents` area, generated from apps/web/src/documents/*.messages.ts and translated
 * beside the app's other catalogs. The server reads the JSON files; it never imports the web app.
 */
export const CATALOG_DIR = path.join(PROJECT_ROOT, 'apps/web/src/i18n/catalogs');
const AREA = 'documents';

export type Translate = (id: string, values?: Record<string, PrimitiveType>) => string;

const catalogs = new Map<Locale, Record<string, string>>();

function catalog(locale: Locale): Record<string, string> {
  let messages = catalogs.get(locale);
  if (!messages) {
    const file = path.join(CATALOG_DIR, locale, `${AREA}.json`);
    messages = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {};
    catalogs.set(locale, messages);
  }
  return messages;
}

/** The document language of a process: its stored language when the app speaks it, else English. */
export function documentLocale(language: string | null | undefined): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * Formats the `documents` messages in one locale, falling back to English for an id a translation lacks.
 * An id that English lacks too is a programming error, not bad input: it throws.
 */
export function translator(locale: Locale): Translate {
  const formats = new Map<string, IntlMessageFormat>();
  return (id, values) => {
    let format = formats.get(id);
    if (!format) {
      const own = catalog(locale)[id];
      const source = own ?? catalog(DEFAULT_LOCALE)[id];
      if (source === undefined) throw new Error(`No message "${id}" in the ${AREA} catalogs (${CATALOG_DIR})`);
      format = new IntlMessageFormat(source, own === undefined ? DEFAULT_LOCALE : locale);
      formats.set(id, format);
    }
    return String(format.format(values));
  };
}
