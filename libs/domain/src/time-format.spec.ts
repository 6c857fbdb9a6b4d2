import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  dayInZone,
  currentZoneName,
  formatCalendarDay,
  formerZoneName,
  formatFigure,
  formatInstantInZone,
  formatMoneyAmount,
  formatOffset,
  formatPercent,
  instantFromWallClock,
  wallClockInZone,
  formattingLocale,
  zonedDate,
  zonedDateTime,
  zonedTime,
  zoneOffsetMinutes,
} from './time-format';

/** Intl separates some parts with narrow or no-break spaces; compare with plain ones. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

describe('the locale dates and numbers are written in', () => {
  it('refines the app language with the first browser language of the same language', () => {
    expect(formattingLocale('en', ['fr-FR', 'en-GB', 'en-US'])).toBe('en-GB');
    expect(formattingLocale('ar', ['ar_EG'])).toBe('ar-EG');
    expect(formattingLocale('fr', ['en-GB'])).toBe('fr');
    expect(formattingLocale('es', [])).toBe('es');
  });
});

describe('instants of a process', () => {
  const lagos = { locale: 'en-GB', timeZone: 'Africa/Lagos', viewerTimeZone: 'Africa/Lagos' };

  it('names the process’s zone and adds nothing for a viewer in the same zone', () => {
    const shown = zonedDateTime('2026-12-06T13:00:00Z', lagos);
    expect(plain(shown?.text)).toBe('6 Dec 2026, 14:00 GMT+1');
    expect(shown?.viewer).toBeNull();
  });

  it('adds the viewer’s own time when their offset differs', () => {
    const shown = zonedDateTime('2026-12-06T13:00:00Z', { ...lagos, viewerTimeZone: 'Africa/Nairobi' });
    expect(plain(shown?.text)).toBe('6 Dec 2026, 14:00 GMT+1');
    expect(plain(shown?.viewer)).toBe('16:00');
  });

  it('adds nothing for a viewer in another zone with the same offset at that instant', () => {
    // Lagos and Paris are both UTC+1 in winter, an hour apart in summer.
    expect(zonedTime('2026-12-06T13:00:00Z', { ...lagos, viewerTimeZone: 'Europe/Paris' })?.viewer).toBeNull();
    expect(plain(zonedTime('2026-07-06T13:00:00Z', { ...lagos, viewerTimeZone: 'Europe/Paris' })?.viewer)).toBe('15:00');
  });

  it('gives the viewer’s date too when their clock is on another day', () => {
    const shown = zonedDateTime('2026-12-06T22:30:00Z', { ...lagos, viewerTimeZone: 'Asia/Tokyo' });
    expect(plain(shown?.text)).toBe('6 Dec 2026, 23:30 GMT+1');
    expect(plain(shown?.viewer)).toBe('7 Dec, 7:30');
  });

  it('puts an instant on the process’s day, not UTC’s', () => {
    const late = '2026-12-06T23:30:00Z';
    expect(plain(zonedDate(late, lagos))).toBe('7 Dec 2026');
    expect(plain(zonedDate(late, { ...lagos, timeZone: 'America/Bogota' }))).toBe('6 Dec 2026');
    expect(dayInZone(new Date(late), 'Africa/Lagos')).toBe('2026-12-07');
  });

  it('follows daylight saving time in the process’s zone', () => {
    const newYork = { locale: 'en-US', timeZone: 'America/New_York', viewerTimeZone: 'America/New_York' };
    expect(plain(zonedTime('2026-03-08T06:30:00Z', newYork)?.text)).toBe('1:30 AM EST');
    expect(plain(zonedTime('2026-03-08T07:30:00Z', newYork)?.text)).toBe('3:30 AM EDT');
    expect(zoneOffsetMinutes(new Date('2026-03-08T06:30:00Z'), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toBe(-240);
    // London changes on another Sunday: for two weeks the gap to New York is four hours, not five.
    const fromLondon = { ...newYork, viewerTimeZone: 'Europe/London' };
    expect(plain(zonedTime('2026-03-20T14:00:00Z', fromLondon)?.viewer)).toBe('2:00 PM');
    expect(plain(zonedTime('2026-04-20T14:00:00Z', fromLondon)?.viewer)).toBe('3:00 PM');
  });

  it('names renamed zones as people know them today, and every new name is a zone Intl knows', () => {
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(currentZoneName('Africa/Lagos')).toBe('Africa/Lagos');
    expect(formerZoneName('Europe/Kyiv')).toBe('Europe/Kiev');
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const current = currentZoneName(zone);
      expect(zoneOffsetMinutes(new Date('2026-01-15T00:00:00Z'), current)).toBe(zoneOffsetMinutes(new Date('2026-01-15T00:00:00Z'), zone));
    }
  });

  it('knows zones with half hours and zones behind UTC', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(new Date('2026-01-15T00:00:00Z'), 'UTC')).toBe(0);
    expect(formatOffset(330)).toBe('GMT+05:30');
    expect(formatOffset(-240)).toBe('GMT-04:00');
    expect(formatOffset(0)).toBe('GMT');
  });

  it('agrees with the offset Intl names, for any instant and zone', () => {
    const zones = ['Africa/Lagos', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const at = new Date(ms);
        const named = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
          .formatToParts(at)
          .find((part) => part.type === 'timeZoneName')?.value;
        expect(formatOffset(zoneOffsetMinutes(at, zone))).toBe(named === 'GMT+00:00' ? 'GMT' : named);
      }),
    );
  });

  it('shows an instant in the viewer’s zone, unlabelled, outside a process', () => {
    const shown = zonedDateTime('2026-12-06T13:00:00Z', { locale: 'en-GB', timeZone: null, viewerTimeZone: 'Asia/Tokyo' });
    expect(plain(shown?.text)).toBe('6 Dec 2026, 22:00');
    expect(shown?.viewer).toBeNull();
  });

  it('writes each language’s own way, Arabic with Arabic-Indic digits where the region uses them', () => {
    const at = '2026-12-06T13:00:00Z';
    const zone = { timeZone: 'Africa/Lagos', viewerTimeZone: 'Africa/Lagos' };
    expect(plain(zonedDateTime(at, { ...zone, locale: 'fr' })?.text)).toBe('6 déc. 2026, 14:00 UTC+1');
    expect(plain(zonedDateTime(at, { ...zone, locale: 'es' })?.text)).toMatch(/^6 dic 2026, 14:00 GMT\+1$/);
    const arabic = plain(zonedDateTime(at, { ...zone, locale: 'ar-EG' })?.text);
    expect(arabic).toContain('٢٠٢٦');
    expect(arabic).toContain('٢:٠٠');
    expect(arabic).not.toMatch(/[0-9]/);
    expect(plain(formatCalendarDay('2026-01-31', 'ar-EG'))).toContain('٣١');
  });

  it('returns text that is not a date unchanged in documents, and null on screen', () => {
    expect(zonedDateTime('soon', { locale: 'en', timeZone: 'UTC', viewerTimeZone: 'UTC' })).toBeNull();
    expect(formatInstantInZone('soon', 'en', 'UTC')).toBe('soon');
  });

  it('writes an instant for a document in the process’s zone with its name', () => {
    expect(plain(formatInstantInZone(new Date('2026-11-01T09:00:00Z'), 'en', 'Africa/Nairobi'))).toBe('Nov 1, 2026, 12:00 PM GMT+3');
  });
});

describe('calendar days', () => {
  it('never move to another day, whatever the zone of the machine', () => {
    expect(formatCalendarDay('2026-01-31', 'en-GB')).toBe('31 Jan 2026');
    expect(formatCalendarDay('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatCalendarDay('2026-12-31', 'fr')).toBe('31 déc. 2026');
  });

  it('keeps any day of any year on that day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          const shown = formatCalendarDay(day, 'en-GB');
          expect(shown.startsWith(`${String(date.getUTCDate())} `)).toBe(true);
          expect(shown.endsWith(String(date.getUTCFullYear()))).toBe(true);
        },
      ),
    );
  });

  it('returns anything that is not a day as it is', () => {
    expect(formatCalendarDay('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatCalendarDay('next week', 'en')).toBe('next week');
  });
});

describe('numbers and money', () => {
  it('writes figures and shares in the reader’s language', () => {
    expect(formatFigure(1234.5, 'en')).toBe('1,234.5');
    expect(plain(formatFigure(1234.5, 'fr'))).toBe('1 234,5');
    expect(formatFigure(1234.5, 'ar-EG')).toBe('١٬٢٣٤٫٥');
    expect(formatPercent(0.45, 'en')).toBe('45%');
    expect(plain(formatPercent(0.45, 'fr'))).toBe('45 %');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('writes money the same way everywhere, exact to the cent', () => {
    expect(formatMoneyAmount('1500.3', 'USD', 'en-GB')).toBe('US$1,500.30');
    expect(plain(formatMoneyAmount('1500.30', 'EUR', 'fr'))).toBe('1 500,30 €');
    expect(formatMoneyAmount('999999999999.99', 'USD', 'en-US')).toBe('$999,999,999,999.99');
    // A total above what a double holds exactly still shows every cent.
    expect(formatMoneyAmount('12345678901234567.89', 'USD', 'en-US')).toBe('$12,345,678,901,234,567.89');
    expect(formatMoneyAmount('-20.00', 'XOF', 'en')).toMatch(/^-F\s?CFA\s?20\.00$/);
  });

  it('falls back to the amount and code for a currency Intl does not know', () => {
    expect(formatMoneyAmount('10.00', 'NOPE', 'en')).toBe('10.00 NOPE');
  });
});

describe('wall-clock times in a time zone, for date-and-time fields', () => {
  it('writes an instant on the zone’s clock and reads it back to the same minute', () => {
    expect(wallClockInZone(new Date('2026-11-02T08:30:00Z'), 'Africa/Douala')).toBe('2026-11-02T09:30');
    expect(instantFromWallClock('2026-11-02T09:30', 'Africa/Douala')?.toISOString()).toBe('2026-11-02T08:30:00.000Z');
    // Past midnight in Kolkata while still the day before in UTC: the day is the zone's, not UTC's.
    expect(wallClockInZone(new Date('2026-11-01T20:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-02T01:30');
    expect(instantFromWallClock('2026-11-02T01:30', 'Asia/Kolkata')?.toISOString()).toBe('2026-11-01T20:00:00.000Z');
  });

  it('reads summer time on the day it applies', () => {
    expect(instantFromWallClock('2026-07-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(instantFromWallClock('2026-12-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-12-01T11:00:00.000Z');
    // 02:30 on 29 March 2026 does not exist in Berlin: an instant is still given, next to the gap.
    const skipped = instantFromWallClock('2026-03-29T02:30', 'Europe/Berlin');
    expect(skipped?.toISOString()).toMatch(/^2026-03-29T0[01]:30:00.000Z$/);
  });

  it('refuses text that is not a wall-clock time', () => {
    expect(instantFromWallClock('2026-11-02', 'UTC')).toBeNull();
    expect(instantFromWallClock('yesterday', 'UTC')).toBeNull();
  });

  it('reads back the wall clock of every minute in any zone', () => {
    const zones = ['UTC', 'Africa/Douala', 'Asia/Kolkata', 'America/New_York', 'Pacific/Chatham', 'Europe/Berlin'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          // The same wall clock back (in the hour repeated when summer time ends, either of its two instants).
          const wallClock = wallClockInZone(new Date(minute * 60_000), zone);
          const read = instantFromWallClock(wallClock, zone);
          expect(read && wallClockInZone(read, zone)).toBe(wallClock);
        },
      ),
    );
  });
});
