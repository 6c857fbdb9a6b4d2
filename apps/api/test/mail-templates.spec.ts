import { describe, expect, it } from '@jest/globals';
import {
  LOCALES,
  localeDirection,
  MAIL_LOCALES,
  MAIL_TEMPLATES,
  mailLocale,
  type MailParams,
  type MailTemplate,
  type NotificationContent,
  NOTIFICATION_KINDS,
  PROCESS_ROLES,
  WORKSPACE_ROLES,
} from '@common-ground/domain';
import { MAIL_CATALOG } from '../src/mail/templates/catalog';
import { formatFor, renderMail } from '../src/mail/templates/render';
import { SAMPLE_ITEMS, SAMPLE_MAILS } from './support/mail-samples';

const BASE = 'https://dialogue.example.org';

/** Signs of a text that is missing or a value that did not make it into the sentence. */
const HOLES = /undefined|null|NaN|\[object|\$\{|\{\w+\}/;

const render = <T extends MailTemplate>(template: T, locale: string, params: MailParams[T] = SAMPLE_MAILS[template]) =>
  renderMail(template, params, locale, BASE);

const MEETING = { processTitle: 'P', meetingTitle: 'Plenary', startsAt: '2027-01-31T09:00:00Z', timeZone: 'Africa/Douala' };
const NOTIFICATIONS: NotificationContent[] = [
  { kind: 'charter_to_sign', params: { processTitle: 'P', version: 3 } },
  { kind: 'charter_signed', params: { processTitle: 'P', version: 3, signerName: null } },
  { kind: 'amendment_proposed', params: { processTitle: 'P', version: 3, sectionLabel: 'Goal', proposerName: 'Amina' } },
  { kind: 'amendment_decided', params: { processTitle: 'P', version: 3, sectionLabel: 'Goal', outcome: 'rejected' } },
  { kind: 'action_assigned', params: { processTitle: 'P', actionTitle: 'Map', dueOn: '2027-01-31' } },
  { kind: 'action_overdue', params: { processTitle: 'P', actionTitle: 'Map', dueOn: '2027-01-31' } },
  { kind: 'report_back_due', params: { processTitle: 'P', dueOn: '2027-01-31', overdue: false } },
  { kind: 'milestone_due', params: { processTitle: 'P', milestoneTitle: 'Wells', dueOn: '2027-01-31' } },
  { kind: 'meeting_invited', params: { ...MEETING, place: 'Town hall', link: null } },
  { kind: 'meeting_changed', params: { ...MEETING, place: null, link: 'https://meet.example.org/x', change: 'cancelled' } },
  { kind: 'meeting_reminder', params: { ...MEETING, place: 'Town hall', link: null } },
  { kind: 'minutes_to_review', params: MEETING },
  { kind: 'minutes_approved', params: MEETING },
];

describe('mail templates in every language', () => {
  it('has a catalog for every language of the app, with every template', () => {
    expect([...MAIL_LOCALES]).toEqual([...LOCALES]);
    for (const locale of LOCALES) {
      const catalog = MAIL_CATALOG[locale];
      expect(catalog).toBeDefined();
      expect(catalog.dir).toBe(localeDirection(locale));
      for (const template of MAIL_TEMPLATES) expect(typeof catalog.messages[template]).toBe('function');
      for (const role of [...WORKSPACE_ROLES, ...PROCESS_ROLES]) expect(catalog.roles[role]?.trim()).toBeTruthy();
    }
  });

  it.each(LOCALES)(
    'renders every template in %s with a subject, every text, the links and lang/dir, and nothing left unfilled',
    (locale) => {
      for (const template of MAIL_TEMPLATES) {
        const mail = render(template, locale);
        expect(mail.subject.trim().length).toBeGreaterThan(0);
        expect(mail.subject).not.toMatch(HOLES);
        expect(mail.text).not.toMatch(HOLES);
        expect(mail.text).toContain(`${BASE}/`);
        expect(mail.text).toContain('Common Ground');
        expect(mail.html).toContain(`<html lang="${locale}" dir="${localeDirection(locale)}">`);
        expect(mail.html).toContain(`<div dir="${localeDirection(locale)}"`);
        expect(mail.html).not.toMatch(/undefined|NaN|\[object/);
        // Text blocks are never empty (a missing message would leave a blank paragraph).
        expect(mail.text).not.toMatch(/\n\n\n/);
        expect(mail.html).not.toMatch(/<p[^>]*><\/p>/);
      }
    },
  );

  it.each(LOCALES.filter((locale) => locale !== 'en'))('writes %s, not English, in every template', (locale) => {
    for (const template of MAIL_TEMPLATES) {
      const english = render(template, 'en');
      const translated = render(template, locale);
      expect(translated.subject).not.toBe(english.subject);
      const paragraphs = (text: string) => text.split('\n\n').filter((block) => !block.includes(BASE) && !block.startsWith('-- '));
      const englishBlocks = new Set(paragraphs(english.text));
      for (const block of paragraphs(translated.text)) expect(englishBlocks.has(block)).toBe(false);
    }
  });

  it.each(LOCALES)('words every notification kind in %s', (locale) => {
    expect(NOTIFICATIONS.map((n) => n.kind)).toEqual([...NOTIFICATION_KINDS]);
    const format = formatFor(locale);
    const sentences = NOTIFICATIONS.map((n) => MAIL_CATALOG[locale].describe(n, format));
    for (const sentence of sentences) {
      expect(sentence.trim().length).toBeGreaterThan(0);
      expect(sentence).not.toMatch(HOLES);
    }
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('words each meeting notice in the reader’s language, at its time in the process’s zone, with its place', () => {
    const notice = (params: Record<string, unknown>) => ({
      notice: {
        kind: 'meeting_changed' as const,
        params: { ...MEETING, place: 'Town hall', link: null, change: 'updated' as const, ...params },
      },
      path: '/w/x/p/y/meetings/m',
    });
    const fr = render('meeting-notice', 'fr', notice({}));
    expect(fr.subject).toBe('Réunion modifiée : Plenary');
    expect(fr.text).toContain('31 janvier 2027 à 10:00 UTC+1');
    expect(fr.text).toContain('Lieu : Town hall');
    expect(render('meeting-notice', 'es', notice({ change: 'cancelled' })).subject).toBe('Reunión cancelada: Plenary');
    const ar = render('meeting-notice', 'ar', notice({ place: null, link: 'https://meet.example.org/x' }));
    expect(ar.text).toContain('الرابط: https://meet.example.org/x');
    expect(ar.html).toContain('dir="rtl"');
  });

  it('lays Arabic out right to left: dir on html, body and wrapper, right-aligned, the list indented on the right', () => {
    const mail = render('daily-digest', 'ar');
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.html).toMatch(/<body dir="rtl" style="[^"]*text-align:right/);
    expect(mail.html).toContain('padding:0 20px 0 0');
    expect(mail.html).not.toMatch(/text-align:left|padding-left|margin-left/);
    expect(render('daily-digest', 'en').html).toContain('padding:0 0 0 20px');
  });

  it('formats dates for the language, and a process invitation’s expiry in the process’s zone, labelled', () => {
    expect(render('action-assigned', 'fr').text).toContain('20 décembre 2026');
    expect(render('action-assigned', 'es').text).toContain('20 de diciembre de 2026');
    expect(render('action-assigned', 'ar').text).toContain('ديسمبر');
    // 10:00 UTC is 11:00 in Douala (West Africa Time).
    const invitation = render('process-invitation', 'fr').text;
    expect(invitation).toContain('12 décembre 2026 à 11:00 UTC+1 (heure d’Afrique de l’Ouest)');
    expect(render('process-invitation', 'en').text).toMatch(/December 12, 2026 at 11:00 AM GMT\+1 \(West Africa Time\)/);
    // Without a zone (an account mail), UTC, said so.
    expect(render('password-reset', 'fr').text).toContain('6 décembre 2026 à 10:00 UTC');
  });

  it('uses each of the six Arabic plural forms where a subject counts', () => {
    const subjects = [0, 1, 2, 3, 11, 100].map(
      (count) => render('actions-overdue', 'ar', { items: Array.from({ length: count }, () => SAMPLE_ITEMS[0]) }).subject,
    );
    expect(new Set(subjects).size).toBe(6);
    expect(subjects[1]).not.toMatch(/\d/);
    expect(subjects[3]).toContain('3');
  });

  it('words a digest line in the reader’s language from its notification, and keeps an older line’s stored title', () => {
    expect(render('daily-digest', 'es').text).toContain('La acción «Map the water points» vencía el 1 de diciembre de 2026');
    const older = { ...SAMPLE_ITEMS[0], about: undefined, title: 'Stored title' };
    expect(render('daily-digest', 'fr', { items: [older] }).text).toContain('Stored title');
  });

  it('names roles in the reader’s language', () => {
    expect(render('process-invitation', 'fr').text).toContain('en tant que participant');
    expect(render('workspace-invitation', 'es').text).toContain('como miembro');
    expect(render('process-invitation', 'ar').text).toContain('بصفة مشارك');
  });

  it('chooses the recipient’s language, else the fallback, else English', () => {
    expect(mailLocale('ar', 'fr')).toBe('ar');
    expect(mailLocale(null, 'fr')).toBe('fr');
    expect(mailLocale(undefined, 'xx', null)).toBe('en');
    expect(render('charter-to-sign', 'de').html).toContain('<html lang="en" dir="ltr">');
  });
});
