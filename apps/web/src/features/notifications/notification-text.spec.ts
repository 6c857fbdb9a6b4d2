import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  describeNotification,
  meetingTime,
  NOTIFICATION_KIND_RULES,
  NOTIFICATION_KINDS,
  type NotificationContent,
} from '@common-ground/domain';
import { createIntl } from 'react-intl';
import { NOTIFICATION_KIND_TEXT, NOTIFICATION_TEXT, notificationKindText, notificationText } from './notification-text';

const catalog = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'apps/web/src/i18n/catalogs', locale, 'notifications.json'), 'utf8'));

const ZONE = 'Africa/Douala';
const meeting = { processTitle: 'P', meetingTitle: 'Plenary on water', startsAt: '2026-12-14T09:00:00.000Z', timeZone: ZONE };

/** Every kind, with and without the optional parts (a withheld name, no due date, an overdue report-back). */
const samples: NotificationContent[] = [
  { kind: 'charter_to_sign', params: { processTitle: 'Peace in Kivu', version: 2 } },
  { kind: 'charter_signed', params: { processTitle: 'Peace in Kivu', version: 2, signerName: 'Amina Yusuf' } },
  { kind: 'charter_signed', params: { processTitle: 'Peace in Kivu', version: 2, signerName: null } },
  { kind: 'amendment_proposed', params: { processTitle: 'P', version: 3, sectionLabel: 'Goal and mandate', proposerName: 'Kofi' } },
  { kind: 'amendment_proposed', params: { processTitle: 'P', version: 3, sectionLabel: 'Goal and mandate', proposerName: null } },
  { kind: 'amendment_decided', params: { processTitle: 'P', version: 3, sectionLabel: 'Goal and mandate', outcome: 'accepted' } },
  { kind: 'amendment_decided', params: { processTitle: 'P', version: 3, sectionLabel: 'Goal and mandate', outcome: 'rejected' } },
  { kind: 'action_assigned', params: { processTitle: 'P', actionTitle: 'Hold a hearing', dueOn: '2026-12-10' } },
  { kind: 'action_assigned', params: { processTitle: 'P', actionTitle: 'Hold a hearing', dueOn: null } },
  { kind: 'action_overdue', params: { processTitle: 'P', actionTitle: 'Hold a hearing', dueOn: '2026-12-01' } },
  { kind: 'report_back_due', params: { processTitle: 'P', dueOn: '2026-12-10', overdue: false } },
  { kind: 'report_back_due', params: { processTitle: 'P', dueOn: '2026-12-01', overdue: true } },
  { kind: 'milestone_due', params: { processTitle: 'P', milestoneTitle: 'First hearing', dueOn: '2026-12-10' } },
  { kind: 'meeting_invited', params: { ...meeting, place: 'Town hall', link: null } },
  { kind: 'meeting_changed', params: { ...meeting, place: null, link: 'https://meet.example.org/x', change: 'updated' } },
  { kind: 'meeting_changed', params: { ...meeting, place: null, link: null, change: 'cancelled' } },
  { kind: 'meeting_reminder', params: { ...meeting, place: 'Town hall', link: null } },
  { kind: 'minutes_to_review', params: meeting },
  { kind: 'minutes_approved', params: meeting },
];
const asListed = (n: NotificationContent) => ({ kind: n.kind, params: n.params as Record<string, unknown>, text: describeNotification(n) });
/** The API's sentence carries the date as stored; the screen formats it, so the test passes it through. */
const asStored = { day: (day: string) => day, dateTime: (iso: string) => meetingTime({ startsAt: iso, timeZone: ZONE }) };

describe('notification text', () => {
  it('has a sentence, a name and an audience for every kind', () => {
    expect(Object.keys(NOTIFICATION_TEXT).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(Object.keys(NOTIFICATION_KIND_TEXT).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(new Set(samples.map((n) => n.kind))).toEqual(new Set(NOTIFICATION_KINDS));
  });

  it('says in English what the API says, and names the kinds as the domain does', () => {
    const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
    for (const n of samples) expect(notificationText(english, asStored, asListed(n))).toBe(describeNotification(n));
    for (const kind of NOTIFICATION_KINDS) {
      const { label, audience } = NOTIFICATION_KIND_RULES[kind];
      expect(notificationKindText(english, { kind, label: 'x', audience: 'y' })).toEqual({ label, audience });
    }
  });

  for (const locale of ['fr', 'es', 'ar']) {
    it(`says every kind in ${locale}, with titles and names as written and the date formatted`, () => {
      const errors: unknown[] = [];
      const intl = createIntl({ locale, messages: catalog(locale), onError: (error) => errors.push(error) });
      const fmt = { day: (day: string) => `<${day}>`, dateTime: (iso: string) => `<${iso}>` };
      for (const n of samples) {
        const text = notificationText(intl, fmt, asListed(n));
        expect(text).not.toBe(describeNotification(n));
        for (const [key, value] of Object.entries(n.params)) {
          if (typeof value !== 'string' || value === n.params.processTitle || value === 'accepted' || value === 'rejected') continue;
          // The screens say when and what a meeting is; its zone, place, link and kind of change are on its page.
          if (['timeZone', 'place', 'link', 'change'].includes(key)) continue;
          if (key === 'startsAt' && n.kind.startsWith('minutes_')) continue;
          expect(text).toContain(/^\d{4}-/.test(value) ? `<${value}>` : value);
        }
      }
      expect(errors).toEqual([]);
    });
  }

  it('keeps the API’s sentence for a kind it does not know', () => {
    const french = createIntl({ locale: 'fr', messages: catalog('fr') });
    expect(notificationText(french, asStored, { kind: 'something_new', params: {}, text: 'Something new.' })).toBe('Something new.');
  });
});
