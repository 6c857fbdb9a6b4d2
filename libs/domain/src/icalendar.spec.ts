import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { escapeText, foldLine, serializeCalendar } from './icalendar';

/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('keeps a replacement character and a four-octet emoji at the fold whole', () => {
    for (const text of ['\uFFFD', `${'a'.repeat(61)}🕊️ peace`]) {
      const line = `DESCRIPTION:${escapeText(text)}`;
      const folded = foldLine(line);
      expect(unfold(folded)).toBe(line);
      for (const part of folded.split('\r\n')) expect(LONE_SURROGATE.test(part)).toBe(false);
    }
  });

  it('folds any text into lines of at most 75 octets that unfold to the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        // No part may end or start inside a surrogate pair (the generated text itself is well formed; it may contain U+FFFD).
        return unfold(folded) === line && folded.split('\r\n').every((part) => octets(part) <= 75 && !LONE_SURROGATE.test(part));
      }),
    );
  });
});

describe('the calendar feed', () => {
  const calendar = serializeCalendar(
    {
      name: 'Logone valley dialogue',
      events: [
        {
          uid: 'milestone-1@common-ground',
          date: '2026-12-31',
          summary: 'Milestone: Incidents halved; quick win',
          description: 'Plan: Safer roads, markets\nBaseline 40',
          url: 'https://cg.example/w/1/p/2/plan/3',
          categories: ['Milestone'],
        },
      ],
    },
    new Date('2026-11-23T16:12:05.123Z'),
  );

  it('ends every line with CRLF and wraps events in a VCALENDAR', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
  });

  it('writes an all-day event with a stable UID, a UTC stamp and escaped text', () => {
    const lines = unfold(calendar).split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:milestone-1@common-ground',
        'DTSTAMP:20261123T161205Z',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
        'SUMMARY:Milestone: Incidents halved\\; quick win',
        'DESCRIPTION:Plan: Safer roads\\, markets\\nBaseline 40',
        'URL:https://cg.example/w/1/p/2/plan/3',
        'CATEGORIES:Milestone',
      ]),
    );
  });

  it('writes a meeting as a timed event in UTC with its place, busy, and a cancelled one as STATUS:CANCELLED', () => {
    const meeting = {
      uid: 'meeting-9@common-ground',
      start: new Date('2026-12-14T09:00:00.000Z'),
      end: new Date('2026-12-14T11:30:00.000Z'),
      summary: 'Plenary, second round',
      location: 'Town hall; room 2',
      sequence: 3,
    };
    const both = serializeCalendar(
      { name: 'x', events: [meeting, { ...meeting, uid: 'meeting-10@common-ground', cancelled: true }] },
      new Date('2026-11-23T16:12:05Z'),
    );
    const [first, second] = unfold(both)
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((block) => block.split('\r\n'));
    expect(first).toEqual(
      expect.arrayContaining([
        'UID:meeting-9@common-ground',
        'DTSTART:20261214T090000Z',
        'DTEND:20261214T113000Z',
        'SEQUENCE:3',
        'SUMMARY:Plenary\\, second round',
        'LOCATION:Town hall\\; room 2',
        'STATUS:CONFIRMED',
        'TRANSP:OPAQUE',
      ]),
    );
    expect(first.some((line) => line.startsWith('DTSTART;VALUE=DATE'))).toBe(false);
    expect(second).toEqual(expect.arrayContaining(['UID:meeting-10@common-ground', 'STATUS:CANCELLED', 'TRANSP:TRANSPARENT']));
  });
});
