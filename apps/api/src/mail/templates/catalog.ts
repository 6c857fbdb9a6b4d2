import type { MailLocale } from '@common-ground/domain';
import type { MailCatalog } from './catalog.types';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';

export * from './catalog.types';

/** Every template in every language of the app: the type makes a missing language a compile error, the tests a missing text. */
export const MAIL_CATALOG: Record<MailLocale, MailCatalog> = { en, fr, es, ar };
