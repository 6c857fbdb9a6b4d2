/**
 * Dates, times, numbers and money for people, in their language. Instants of a process (a meeting, a signature,
 * a phase change) are shown in the process's time zone with the zone named ("14:00 GMT+1"), because a dialogue
 * is held somewhere; a viewer elsewhere also gets their own clock beside it. Calendar days (`YYYY-MM-DD`: due
 * dates, report-backs) are not instants and never move to another day, whatever the zone.
 *
 * Plain functions over `Intl`, with the locale and zones passed in, so the web app, the API's exports and the
 * tests share one behaviour.
 */

/**
 * The locale to format with: the app's language, refined by the first of the person's browser languages in that
 * language ('en' with ['en-GB'] → 'en-GB': day before month; 'ar' with ['ar-EG'] → Arabic-Indic digits).
 */
export function formattingLocale(appLocale: string, preferred: readonly string[]): string {
  const base = appLocale.toLowerCase();
  for (const tag of preferred) {
    if (tag.toLowerCase().split(/[-_]/)[0] !== base) continue;
    try {
      return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? appLocale;
    } catch {
      continue;
    }
  }
  return appLocale;
}

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes ahead of UTC of `timeZone` at that instant (DST included): Africa/Lagos → 60, America/New_York in July → -240. */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Zones the ICU data behind `Intl.supportedValuesOf('timeZone')` still lists under their old names, with the
 * names the IANA database uses today: people look for Kyiv and Kolkata. Both names are valid everywhere.
 */
const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** A zone under the name people know today ('Asia/Calcutta' → 'Asia/Kolkata'); any other zone unchanged. */
export function currentZoneName(zone: string): string {
  return RENAMED_ZONES[zone] ?? zone;
}

/**
 * The shape of an IANA zone name ("Africa/Nairobi", "America/Argentina/Buenos_Aires", "UTC"): what the database
 * check on `users.time_zone` allows. Offsets such as "+03:00", which newer runtimes also accept, are not names.
 */
export const IANA_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** A zone the runtime knows, named by an IANA name: for a person's own time zone. */
export function isZoneName(zone: string): boolean {
  if (zone.length > 64 || !IANA_ZONE_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A valid zone as the runtime spells it, under today's name: 'asia/calcutta' → 'Asia/Kolkata'. */
export function canonicalZoneName(zone: string): string {
  return currentZoneName(new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone);
}

/** The old name a zone may be listed under, if it was renamed ('Asia/Kolkata' → 'Asia/Calcutta'). */
export function formerZoneName(zone: string): string | undefined {
  return Object.entries(RENAMED_ZONES).find(([, current]) => current === zone)?.[0];
}

/** "GMT+01:00" style offset of a zone now, for the zone picker: stable across languages. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const rest = String(abs % 60).padStart(2, '0');
  return `GMT${sign}${hours}:${rest}`;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayInZone(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** An instant as a `datetime-local` field writes it ("2026-11-02T09:30") on the wall clock of a time zone. */
export function wallClockInZone(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * The instant a wall-clock time ("2026-11-02T09:30", a `datetime-local` value) names in a time zone; null when
 * the text is not such a time. A time skipped by a change to summer time is read with the offset before it.
 */
export function instantFromWallClock(wallClock: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallClock);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  const asUtc = Date.UTC(+year, +month - 1, +day, +hour, +minute, second ? +second : 0);
  if (Number.isNaN(asUtc)) return null;
  const first = asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60_000;
  const settled = asUtc - zoneOffsetMinutes(new Date(first), timeZone) * 60_000;
  return new Date(wallClockInZone(new Date(settled), timeZone) === wallClock.slice(0, 16) ? settled : first);
}

export interface ZoneContext {
  /** A BCP 47 locale, e.g. from `formattingLocale`. */
  locale: string;
  /** The process's IANA zone; null outside a process (then the viewer's zone, unlabelled). */
  timeZone: string | null;
  /** The viewer's own IANA zone. */
  viewerTimeZone: string;
}

export interface ZonedText {
  /** In the process's zone with its name ("6 Dec 2026, 14:00 GMT+1"), or in the viewer's zone outside a process. */
  text: string;
  /** The viewer's own clock when their offset differs at that instant ("15:00", or "7 Dec, 00:30" on another day); else null. */
  viewer: string | null;
}

const DATE_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const TIME_PARTS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

function viewerClock(at: Date, zone: ZoneContext & { timeZone: string }): string | null {
  if (zoneOffsetMinutes(at, zone.timeZone) === zoneOffsetMinutes(at, zone.viewerTimeZone)) return null;
  const sameDay = dayInZone(at, zone.timeZone) === dayInZone(at, zone.viewerTimeZone);
  return new Intl.DateTimeFormat(zone.locale, {
    timeZone: zone.viewerTimeZone,
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    ...TIME_PARTS,
  }).format(at);
}

function zoned(value: string | Date, zone: ZoneContext, parts: Intl.DateTimeFormatOptions): ZonedText | null {
  const at = toDate(value);
  if (!at) return null;
  if (!zone.timeZone) {
    return { text: new Intl.DateTimeFormat(zone.locale, { timeZone: zone.viewerTimeZone, ...parts }).format(at), viewer: null };
  }
  const text = new Intl.DateTimeFormat(zone.locale, { timeZone: zone.timeZone, ...parts, timeZoneName: 'short' }).format(at);
  return { text, viewer: viewerClock(at, { ...zone, timeZone: zone.timeZone }) };
}

/** Date and time of an instant ("6 Dec 2026, 14:00 GMT+1"); null for something that is not a date. */
export function zonedDateTime(value: string | Date, zone: ZoneContext): ZonedText | null {
  return zoned(value, zone, { ...DATE_PARTS, ...TIME_PARTS });
}

/** The time of an instant ("14:00 GMT+1"), e.g. beside a day already shown. */
export function zonedTime(value: string | Date, zone: ZoneContext): ZonedText | null {
  return zoned(value, zone, TIME_PARTS);
}

/** The day of an instant as it was in the process's zone (or the viewer's outside a process): "6 Dec 2026". */
export function zonedDate(value: string | Date, zone: ZoneContext): string | null {
  const at = toDate(value);
  if (!at) return null;
  return new Intl.DateTimeFormat(zone.locale, { timeZone: zone.timeZone ?? zone.viewerTimeZone, ...DATE_PARTS }).format(at);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (`YYYY-MM-DD`) as the reader writes dates: "31 Jan 2026". It never shifts; anything else is returned as is. */
export function formatCalendarDay(day: string, locale: string): string {
  const match = DAY.exec(day);
  if (!match) return day;
  const at = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], 12));
  if (Number.isNaN(at.getTime()) || at.getUTCDate() !== +match[3]) return day;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...DATE_PARTS }).format(at);
}

/** An instant as a document (a CSV cell) shows it: the process's local date and time with the zone named. */
export function formatInstantInZone(value: string | Date, locale: string, timeZone: string): string {
  return zonedDateTime(value, { locale, timeZone, viewerTimeZone: timeZone })?.text ?? String(value);
}

/** A figure (an indicator's value) as the reader writes numbers. */
export function formatFigure(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
}

/** A share from 0 to 1 as a percentage ("45 %"); a dash when there is none. */
export function formatPercent(share: number | null, locale: string): string {
  return share === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * An exact amount (a decimal string from the API, "1500.30") with its currency, the same way everywhere:
 * the currency's symbol as the reader's language writes it, two decimals ("US$1,500.30", "1 500,30 $US").
 * The decimal string is formatted as is (no binary rounding); sums are made by the API in exact hundredths.
 */
export function formatMoneyAmount(amount: string, currency: string, locale: string): string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return format.format(amount as `${number}`);
  } catch {
    return `${amount} ${currency}`;
  }
}
