import type { MailItem, MailParams, MailTemplate, NotificationContent, Role } from '@common-ground/domain';

/** Locale-aware formatting the messages use; the renderer builds one per mail for its locale. */
export interface MailFormat {
  /** A calendar date (`YYYY-MM-DD`, a day of the process's calendar): no time zone to convert. */
  date(isoDate: string): string;
  /** An instant, in `timeZone` (a process's) or else UTC, always followed by the zone's label. */
  dateTime(iso: string, timeZone?: string | null): string;
  /** The CLDR plural category of `count` in the mail's language (Arabic has six). */
  plural(count: number): Intl.LDMLPluralRule;
  number(value: number): string;
}

/** What one mail says, before it is laid out as plain text and HTML. Every value comes from the params. */
export interface MailMessage {
  subject: string;
  paragraphs: string[];
  /** The one thing to do, as a button in HTML and a bare link in text. */
  action?: { label: string; path: string };
  items?: MailItem[];
  /** Why the reader got this mail, or what to do if it was not for them. */
  note?: string;
}

type Messages = { [T in MailTemplate]: (params: MailParams[T], format: MailFormat) => MailMessage };

/** Every plural form a language uses; `other` always, the rest where the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form for `count`, with `#` replaced by the formatted number. */
export function plural(format: MailFormat, count: number, forms: PluralForms): string {
  return (forms[format.plural(count)] ?? forms.other).replace(/#/g, format.number(count));
}

/** Everything a locale supplies. A language is one more entry of MAIL_CATALOG, nothing else. */
export interface MailCatalog {
  dir: 'ltr' | 'rtl';
  messages: Messages;
  /** A workspace or process role as the invitation names it. */
  roles: Record<Role, string>;
  /** One sentence saying what a notification tells of (digest and reminder lines). */
  describe(notification: NotificationContent, format: MailFormat): string;
  /** What follows a line's title: its process and due date. */
  details(item: MailItem, format: MailFormat): string;
  signature: string;
  /** Shown under the button, for mail clients that do not show buttons. */
  linkHint: string;
}

/** A role's name in the catalog's language; an unknown role (a newer one) as it is. */
export function roleName(catalog: MailCatalog, role: string): string {
  return (catalog.roles as Record<string, string>)[role] ?? role;
}
