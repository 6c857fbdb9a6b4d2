/**
 * A small iCalendar (RFC 5545) writer for the calendar feed: all-day events for due dates, timed events for meetings. Written here
 * rather than taken from a library because the maintained one (ical-generator) needs Node 22, and all we
 * need is a few properties done exactly right: CRLF line ends, lines folded at 75 octets without cutting
 * a UTF-8 character, and TEXT values escaped (backslash, semicolon, comma, newline).
 */

interface CalendarEventBase {
  /** Globally unique and stable across feed refreshes, so calendar apps update an event instead of duplicating it. */
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: readonly string[];
}

/** A due date: an all-day event that does not make anyone busy. */
export interface CalendarDayEvent extends CalendarEventBase {
  /** The day, `YYYY-MM-DD`: an all-day event. */
  date: string;
}

/** A meeting: a timed event (written in UTC, so no VTIMEZONE is needed), busy unless cancelled. */
export interface CalendarTimedEvent extends CalendarEventBase {
  start: Date;
  end: Date;
  location?: string | null;
  /** A cancelled meeting stays in the feed as STATUS:CANCELLED, so calendar apps strike it out or remove it. */
  cancelled?: boolean;
  /** Grows with each change (RFC 5545 SEQUENCE), so calendar apps take the newest. */
  sequence?: number;
}

export type CalendarEvent = CalendarDayEvent | CalendarTimedEvent;

export interface Calendar {
  /** Shown by calendar apps as the calendar's name (RFC 7986 NAME, and the common X-WR-CALNAME). */
  name: string;
  events: readonly CalendarEvent[];
}

const PRODUCT_ID = '-//Common Ground//Multi-stakeholder processes//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; a line break becomes `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1: a content line longer than 75 octets continues on the next line after CRLF and one
 * space (the space counts towards that line's 75). A character is never split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) as number);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** `YYYY-MM-DD` → `YYYYMMDD` (a DATE value). */
const dateValue = (day: string) => day.replace(/-/g, '');

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A UTC DATE-TIME: 2026-11-23T16:12:00.123Z → 20261123T161200Z. */
const utcStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const timed = 'start' in event;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    ...(timed
      ? [`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`, ...(event.sequence ? [`SEQUENCE:${event.sequence}`] : [])]
      : [`DTSTART;VALUE=DATE:${dateValue(event.date)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(event.date))}`]),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(timed && event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // A URI value is not TEXT: it is not escaped, but it must not break the line.
    ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, '')}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    ...(timed
      ? [`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, event.cancelled ? 'TRANSP:TRANSPARENT' : 'TRANSP:OPAQUE']
      : // A due date is a reminder, not a meeting: it does not make the person busy.
        ['TRANSP:TRANSPARENT']),
    'END:VEVENT',
  ];
}

/** The whole calendar, CRLF after every line (the last one included). `now` is the feed's DTSTAMP. */
export function serializeCalendar(calendar: Calendar, now: Date): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
