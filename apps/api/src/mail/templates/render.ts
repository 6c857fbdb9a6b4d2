import { type MailItem, mailLocale, type MailLocale, type MailParams, type MailTemplate } from '@common-ground/domain';
import { type MailCatalog, type MailFormat, type MailMessage, MAIL_CATALOG } from './catalog';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

const zoneName = (locale: MailLocale, timeZone: string, style: 'short' | 'long', at: Date) =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at).find((part) => part.type === 'timeZoneName')
    ?.value ?? timeZone;

/** A process's zone when it is a real one, else UTC (account mails have no zone of their reader). */
const zoneOf = (timeZone: string | null | undefined): string => {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
};

export function formatFor(locale: MailLocale): MailFormat {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return {
    date: (isoDate) => date.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso, timeZone) => {
      const zone = zoneOf(timeZone);
      const at = new Date(iso);
      const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(at);
      // Labelled with the zone's short name ("GMT+1", "UTC"), and for a process's zone its name too ("West Africa Time").
      const label = zoneName(locale, zone, 'short', at);
      return zone === 'UTC' ? `${text} ${label}` : `${text} ${label} (${zoneName(locale, zone, 'long', at)})`;
    },
    plural: (count) => plurals.select(count),
    number: (value) => numbers.format(value),
  };
}

/**
 * Renders an outbox row: the locale's catalog says what the mail says, this lays it out as a plain-text part
 * and a simple HTML part (inline styles only, physical CSS flipped by `dir`, since mail clients ignore logical
 * properties). Links are the params' paths under `baseUrl` (PUBLIC_URL, or the server's own URL).
 */
export function renderMail<T extends MailTemplate>(template: T, params: MailParams[T], locale: string, baseUrl: string): RenderedMail {
  const lang = mailLocale(locale);
  const catalog = MAIL_CATALOG[lang];
  const format = formatFor(lang);
  const message = (catalog.messages[template] as (p: MailParams[T], f: MailFormat) => MailMessage)(params, format);
  const link = (path: string) => new URL(path, `${baseUrl.replace(/\/$/, '')}/`).toString();
  return { subject: message.subject, text: toText(message, catalog, format, link), html: toHtml(message, catalog, format, link, lang) };
}

/** A list line in the mail's language: the notification worded by the catalog, else the stored title (older rows). */
function itemLine(catalog: MailCatalog, item: MailItem, format: MailFormat): { title: string; details: string } {
  return { title: item.about ? catalog.describe(item.about, format) : item.title, details: catalog.details(item, format) };
}

function toText(message: MailMessage, catalog: MailCatalog, format: MailFormat, link: (path: string) => string): string {
  const blocks: string[] = [...message.paragraphs];
  if (message.action) blocks.push(`${message.action.label}:\n${link(message.action.path)}`);
  if (message.items?.length) {
    blocks.push(
      message.items
        .map((item) => {
          const line = itemLine(catalog, item, format);
          return `- ${line.title}${line.details ? ` (${line.details})` : ''}\n  ${link(item.path)}`;
        })
        .join('\n'),
    );
  }
  if (message.note) blocks.push(message.note);
  blocks.push(`-- \n${catalog.signature}`);
  return `${blocks.join('\n\n')}\n`;
}

function toHtml(message: MailMessage, catalog: MailCatalog, format: MailFormat, link: (path: string) => string, lang: MailLocale): string {
  const align = catalog.dir === 'rtl' ? 'right' : 'left';
  const parts: string[] = message.paragraphs.map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`);
  if (message.action) {
    const url = escapeHtml(link(message.action.path));
    parts.push(
      `<p style="margin:24px 0"><a href="${url}" style="background:#1f5f8b;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(message.action.label)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:13px;color:#555555">${escapeHtml(catalog.linkHint)}<br><a href="${url}" style="color:#1f5f8b;word-break:break-all">${url}</a></p>`,
    );
  }
  if (message.items?.length) {
    const items = message.items.map((item) => {
      const line = itemLine(catalog, item, format);
      const details = line.details ? ` <span style="color:#555555">(${escapeHtml(line.details)})</span>` : '';
      return `<li style="margin:0 0 8px"><a href="${escapeHtml(link(item.path))}" style="color:#1f5f8b">${escapeHtml(line.title)}</a>${details}</li>`;
    });
    // The bullet side: the start of the line (right in RTL), the other side zeroed against clients' defaults.
    const padding = catalog.dir === 'rtl' ? '0 20px 0 0' : '0 0 0 20px';
    parts.push(`<ul style="margin:0 0 16px;padding:${padding}">${items.join('')}</ul>`);
  }
  if (message.note) parts.push(`<p style="margin:24px 0 0;font-size:13px;color:#555555">${escapeHtml(message.note)}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${lang}" dir="${catalog.dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(message.subject)}</title></head>`,
    // Webmail clients drop <html> and <body>: the wrapper repeats the direction and alignment.
    `<body dir="${catalog.dir}" style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;text-align:${align}">`,
    `<div dir="${catalog.dir}" style="max-width:560px;text-align:${align}">${parts.join('\n')}`,
    `<p style="margin:32px 0 0;font-size:13px;color:#555555">${escapeHtml(catalog.signature)}</p></div>`,
    '</body></html>',
  ].join('\n');
}
