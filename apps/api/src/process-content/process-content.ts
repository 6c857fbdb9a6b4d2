import type { CharterSectionKey, Locale } from '@common-ground/domain';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';

/**
 * The text the server itself writes into a process: the new charter draft's template and consent statement, and
 * the sample ground rules. It is written in the process's document language (`processes.language`), not the
 * viewer's, because it becomes the group's own text that every member then reads and edits.
 */
export interface ProcessContentCatalog {
  /** A new draft's placeholder for each charter section: what the group has to agree on there. */
  sectionTemplate: Record<CharterSectionKey, string>;
  /** The consent statement a new draft starts with; signers consent to it. */
  consentStatement: (versionNumber: number) => string;
  /** Lesson 11 §4's sample ground rules, in the seed's order. */
  sampleGroundRules: readonly string[];
}

/** Every language of the app: the type makes a missing language a compile error, the tests a missing text. */
export const PROCESS_CONTENT: Record<Locale, ProcessContentCatalog> = { en, fr, es, ar };

/** The catalog of a process's language; English for a value the database check would not let in anyway. */
export function processContent(language: string): ProcessContentCatalog {
  return language in PROCESS_CONTENT ? PROCESS_CONTENT[language as Locale] : en;
}
