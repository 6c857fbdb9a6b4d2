import { describe, expect, it } from '@jest/globals';
import { makeFormatters, viewerTimeZone } from './format';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

const withViewerTime = (time: string, viewer: string) => `${time} (${viewer} your time)`;

describe('the formatters of a screen', () => {
  const inLagos = makeFormatters({ locale: 'en-GB', timeZone: 'Africa/Lagos', viewerTimeZone: 'Europe/Berlin', withViewerTime });

  it('shows a process’s instants in its zone, labelled, with the reader’s own time beside when it differs', () => {
    // Berlin is on summer time in June: an hour ahead of Lagos.
    expect(plain(inLagos.dateTime('2026-06-10T13:00:00Z'))).toBe('10 Jun 2026, 14:00 GMT+1 (15:00 your time)');
    expect(plain(inLagos.time('2026-06-10T13:00:00Z'))).toBe('14:00 GMT+1 (15:00 your time)');
    // In December both are UTC+1: nothing is added.
    expect(plain(inLagos.dateTime('2026-12-10T13:00:00Z'))).toBe('10 Dec 2026, 14:00 GMT+1');
  });

  it('shows instants in the reader’s own zone, without a label, outside a process', () => {
    const outside = makeFormatters({ locale: 'en-GB', timeZone: null, viewerTimeZone: 'Europe/Berlin', withViewerTime });
    expect(plain(outside.dateTime('2026-06-10T13:00:00Z'))).toBe('10 Jun 2026, 15:00');
    expect(outside.date('2026-06-10T23:30:00Z')).toBe('11 Jun 2026');
  });

  it('never moves a calendar day, whatever the zones', () => {
    const far = makeFormatters({ locale: 'en-GB', timeZone: 'Pacific/Kiritimati', viewerTimeZone: 'Pacific/Pago_Pago', withViewerTime });
    expect(far.day('2026-01-31')).toBe('31 Jan 2026');
  });

  it('writes numbers, shares and money in the reader’s language, Arabic digits included', () => {
    const arabic = makeFormatters({ locale: 'ar-EG', timeZone: 'Africa/Cairo', viewerTimeZone: 'Africa/Cairo', withViewerTime });
    expect(arabic.number(1500)).toBe('١٬٥٠٠');
    expect(arabic.percent(0.5)).toMatch(/^٥٠\s?٪/);
    expect(arabic.money('1500.30', 'EGP')).toContain('١٬٥٠٠٫٣٠');
    expect(inLagos.money('1500.3', 'USD')).toBe('US$1,500.30');
  });

  it('gives today in the process’s zone', () => {
    expect(inLagos.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('returns what is not a date unchanged', () => {
    expect(inLagos.dateTime('not a date')).toBe('not a date');
  });

  it('shows “your time” in the zone the person chose, not the browser’s, and the browser’s until they choose', () => {
    // A participant travelling with a laptop still set to Berlin chose Asia/Manila for the trip.
    const chosen = viewerTimeZone('Asia/Manila', 'Europe/Berlin');
    expect(chosen).toBe('Asia/Manila');
    const travelling = makeFormatters({ locale: 'en-GB', timeZone: 'Africa/Lagos', viewerTimeZone: chosen, withViewerTime });
    expect(plain(travelling.dateTime('2026-06-10T13:00:00Z'))).toBe('10 Jun 2026, 14:00 GMT+1 (21:00 your time)');
    expect(viewerTimeZone(null, 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(viewerTimeZone(undefined, 'Europe/Berlin')).toBe('Europe/Berlin');
    // A zone this browser does not know is not trusted over the browser's own.
    expect(viewerTimeZone('Mars/Olympus_Mons', 'Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('adds nothing when the chosen zone keeps the process’s time', () => {
    const home = makeFormatters({
      locale: 'en-GB',
      timeZone: 'Africa/Lagos',
      viewerTimeZone: viewerTimeZone('Africa/Lagos', 'Asia/Tokyo'),
      withViewerTime,
    });
    expect(plain(home.dateTime('2026-06-10T13:00:00Z'))).toBe('10 Jun 2026, 14:00 GMT+1');
  });
});
