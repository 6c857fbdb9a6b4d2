import type { Locale } from '@common-ground/domain';

/**
 * The message catalogs: one JSON file per area and language, `catalogs/<locale>/<area>.json`, each a flat map
 * of message id → ICU message. English is extracted from the source (`npm run i18n:extract`); French, Spanish
 * and Arabic are translations with exactly the same ids (i18n/catalogs.spec.ts fails otherwise). A language's
 * files are loaded when it is chosen, so a phone downloads one language, not four.
 */
const files = import.meta.glob<Record<string, string>>('./catalogs/*/*.json', { import: 'default' });

export type Messages = Record<string, string>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const prefix = `./catalogs/${locale}/`;
  const parts = await Promise.all(
    Object.entries(files)
      .filter(([path]) => path.startsWith(prefix))
      .map(([, load]) => load()),
  );
  return Object.assign({}, ...parts) as Messages;
}
