import {
  dayInZone,
  formatCalendarDay,
  formatFigure,
  formatMoneyAmount,
  formatPercent,
  type ZonedText,
  zonedDate,
  zonedDateTime,
  zonedTime,
} from '@common-ground/domain';

/**
 * How the app writes dates, times, numbers and money for one reader, on one screen. Made by `useFormat()`
 * (lib/use-format.ts) from the reader's language and, inside a process, the process's time zone.
 */
export interface Formatters {
  /** An instant: "6 Dec 2026, 14:00 GMT+1 (15:00 your time)" in a process, "6 Dec 2026, 15:00" elsewhere. */
  dateTime: (iso: string) => string;
  /** The time of an instant: "14:00 GMT+1 (15:00 your time)". */
  time: (iso: string) => string;
  /** The day of an instant, in the process's zone: "6 Dec 2026". */
  date: (iso: string) => string;
  /** A calendar day (`YYYY-MM-DD`), which never shifts: "31 Jan 2026". */
  day: (day: string) => string;
  /** A figure, such as an indicator's value. */
  number: (value: number) => string;
  /** A share from 0 to 1 as a percentage; a dash when there is none. */
  percent: (share: number | null) => string;
  /** An exact amount (decimal string) with its currency, written the same way on every screen. */
  money: (amount: string, currency: string) => string;
  /** Today as `YYYY-MM-DD` in the process's zone (the reader's outside a process), e.g. a date field's default. */
  today: () => string;
}

export interface FormatSettings {
  /** The locale to write in (see `formattingLocale`). */
  locale: string;
  /** The process's zone, or null outside a process. */
  timeZone: string | null;
  /** The reader's own zone. */
  viewerTimeZone: string;
  /** Joins a process time and the reader's own: the translated "{time} ({viewer} your time)". */
  withViewerTime: (time: string, viewer: string) => string;
}

/** The browser's IANA time zone. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The reader's own IANA time zone: the one they chose on their account (people travel, and take part from
 * elsewhere), else the browser's. A chosen zone this browser does not know falls back to the browser's too.
 */
export function viewerTimeZone(chosen?: string | null, browser: string = browserTimeZone()): string {
  if (chosen) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: chosen });
      return chosen;
    } catch {
      return browser;
    }
  }
  return browser;
}

/** The formatters for these settings; pure, so they are unit-tested without a browser. */
export function makeFormatters(settings: FormatSettings): Formatters {
  const { locale } = settings;
  const show = (shown: ZonedText | null, raw: string) =>
    !shown ? raw : shown.viewer ? settings.withViewerTime(shown.text, shown.viewer) : shown.text;
  return {
    dateTime: (iso) => show(zonedDateTime(iso, settings), iso),
    time: (iso) => show(zonedTime(iso, settings), iso),
    date: (iso) => zonedDate(iso, settings) ?? iso,
    day: (day) => formatCalendarDay(day, locale),
    number: (value) => formatFigure(value, locale),
    percent: (share) => formatPercent(share, locale),
    money: (amount, currency) => formatMoneyAmount(amount, currency, locale),
    today: () => dayInZone(new Date(), settings.timeZone ?? settings.viewerTimeZone),
  };
}

/** Today in the reader's time zone as `YYYY-MM-DD`, for code outside a screen; screens use `useFormat().today`. */
export function todayIso(): string {
  return dayInZone(new Date(), viewerTimeZone());
}
