import { describe, expect, it } from '@jest/globals';
import { DomainError } from './errors';
import { MAIL_TEMPLATES, MANDATORY_MAILS } from './mail';
import {
  allowedDeliveries,
  assertValidPreferences,
  deliveryFor,
  describeNotification,
  digestMail,
  DIGEST_MAX_ITEMS,
  digestMailKey,
  disclosedName,
  immediateMail,
  NOTIFICATION_KIND_RULES,
  NOTIFICATION_KINDS,
  notificationDedupeKey,
  notificationMailKey,
  type NotificationForMail,
  reminderState,
  resolvedPreferences,
} from './notifications';

const proposed: NotificationForMail = {
  kind: 'amendment_proposed',
  params: { processTitle: 'Water', version: 2, sectionLabel: 'Purpose', proposerName: null },
  path: '/w/1/p/2/charter',
};

const meeting = { processTitle: 'P', meetingTitle: 'Plenary', startsAt: '2027-01-31T09:00:00.000Z', timeZone: 'Africa/Douala' };
describe('notification kinds', () => {
  it('gives every kind a mail template that exists, or none, and a default that is not off', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const rule = NOTIFICATION_KIND_RULES[kind];
      if (rule.mailTemplate) expect(MAIL_TEMPLATES).toContain(rule.mailTemplate);
      expect(allowedDeliveries(kind)).toContain(rule.defaultDelivery);
    }
  });

  it('never makes a mandatory security mail a notification kind (it cannot be turned off)', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const template = NOTIFICATION_KIND_RULES[kind].mailTemplate;
      expect(template === null || !MANDATORY_MAILS.has(template)).toBe(true);
    }
  });

  it('offers e-mail at once only for kinds with a mail of their own', () => {
    expect(allowedDeliveries('charter_signed')).toEqual(['inApp', 'digest', 'off']);
    expect(allowedDeliveries('charter_to_sign')).toEqual(['inApp', 'email', 'digest', 'off']);
  });
});

describe('preferences', () => {
  it('uses the person’s choice, or the kind’s default', () => {
    expect(deliveryFor('action_assigned', {})).toBe('email');
    expect(deliveryFor('action_assigned', { action_assigned: 'off' })).toBe('off');
    expect(resolvedPreferences({ milestone_due: 'inApp' })).toMatchObject({ milestone_due: 'inApp', charter_to_sign: 'email' });
  });

  it('falls back to the default for a stored choice the kind no longer allows', () => {
    expect(deliveryFor('charter_signed', { charter_signed: 'email' })).toBe('inApp');
  });

  it('refuses an unknown kind or a delivery the kind does not allow, naming the kind', () => {
    expect(assertValidPreferences({ action_overdue: 'digest' })).toEqual({ action_overdue: 'digest' });
    const unknown = (() => {
      try {
        assertValidPreferences({ password_reset: 'off' });
      } catch (error) {
        return error;
      }
    })();
    expect(unknown).toBeInstanceOf(DomainError);
    expect((unknown as DomainError).field).toBe('password_reset');
    expect(() => assertValidPreferences({ charter_signed: 'email' })).toThrow(DomainError);
    expect(() => assertValidPreferences({ charter_signed: 'sometimes' })).toThrow(DomainError);
  });
});

describe('the confidentiality rule', () => {
  it('drops the name under Chatham House and off the record, keeps it on the record', () => {
    expect(disclosedName('chatham_house', 'Amina')).toBeNull();
    expect(disclosedName('off_the_record', 'Amina')).toBeNull();
    expect(disclosedName('on_the_record', 'Amina')).toBe('Amina');
  });

  it('says “a participant” when no name is carried, in the text and in the mail', () => {
    expect(describeNotification(proposed)).toBe('A participant proposed an amendment to “Purpose” in charter version 2.');
    expect(describeNotification({ kind: 'charter_signed', params: { processTitle: 'W', version: 1, signerName: null } })).toBe(
      'A participant signed version 1 of the charter.',
    );
    expect(immediateMail(proposed)).toEqual({
      template: 'amendment-proposed',
      params: { processTitle: 'Water', amendmentTitle: 'Purpose', proposerName: null, path: '/w/1/p/2/charter' },
    });
  });
});

describe('keys', () => {
  it('keys a deadline by object and date, so a moved deadline is new and a repeated sweep is not', () => {
    const before = notificationDedupeKey('action_overdue', 'a1', '2027-01-10');
    expect(notificationDedupeKey('action_overdue', 'a1', '2027-01-10')).toBe(before);
    expect(notificationDedupeKey('action_overdue', 'a1', '2027-01-17')).not.toBe(before);
    expect(notificationDedupeKey('charter_to_sign', 'v1')).toBe('charter_to_sign:v1');
  });

  it('keys mails per person and notification, digests per person and day', () => {
    expect(notificationMailKey('u1', 'k')).not.toBe(notificationMailKey('u2', 'k'));
    expect(digestMailKey('u1', '2027-01-10')).toBe('daily-digest:u1:2027-01-10');
  });
});

describe('reminders', () => {
  it('is overdue after the day, due soon within the window, quiet before', () => {
    expect(reminderState('2027-01-09', '2027-01-10')).toBe('overdue');
    expect(reminderState('2027-01-10', '2027-01-10')).toBe('due_soon');
    expect(reminderState('2027-01-17', '2027-01-10')).toBe('due_soon');
    expect(reminderState('2027-01-18', '2027-01-10')).toBeNull();
  });
});

describe('mails', () => {
  it('says when a meeting is in its process’s zone, and mails a meeting notice with only what the notification holds', () => {
    const reminder = { kind: 'meeting_reminder' as const, params: { ...meeting, place: 'Hall', link: null } };
    expect(describeNotification(reminder)).toBe('Reminder: “Plenary” is on 2027-01-31 10:00 Africa/Douala.');
    expect(immediateMail({ ...reminder, path: '/m' })).toEqual({ template: 'meeting-notice', params: { notice: reminder, path: '/m' } });
  });

  it('builds an immediate mail for every kind that has a template, and none for the others', () => {
    const samples: NotificationForMail[] = [
      { kind: 'charter_to_sign', params: { processTitle: 'P', version: 3 }, path: '/x' },
      { kind: 'charter_signed', params: { processTitle: 'P', version: 3, signerName: 'B' }, path: '/x' },
      proposed,
      { kind: 'amendment_decided', params: { processTitle: 'P', version: 3, sectionLabel: 'S', outcome: 'rejected' }, path: '/x' },
      { kind: 'action_assigned', params: { processTitle: 'P', actionTitle: 'Do', dueOn: null }, path: '/x' },
      { kind: 'action_overdue', params: { processTitle: 'P', actionTitle: 'Do', dueOn: '2027-01-01' }, path: '/x' },
      { kind: 'report_back_due', params: { processTitle: 'P', dueOn: '2027-01-01', overdue: true }, path: '/x' },
      { kind: 'milestone_due', params: { processTitle: 'P', milestoneTitle: 'M', dueOn: '2027-01-01' }, path: '/x' },
      { kind: 'meeting_invited', params: { ...meeting, place: 'Hall', link: null }, path: '/m' },
      { kind: 'meeting_changed', params: { ...meeting, place: null, link: 'https://x.example', change: 'cancelled' }, path: '/m' },
      { kind: 'meeting_reminder', params: { ...meeting, place: 'Hall', link: null }, path: '/m' },
      { kind: 'minutes_to_review', params: meeting, path: '/m' },
      { kind: 'minutes_approved', params: meeting, path: '/m' },
    ];
    expect(samples.map((sample) => sample.kind)).toEqual([...NOTIFICATION_KINDS]);
    for (const sample of samples) {
      expect(immediateMail(sample)?.template ?? null).toBe(NOTIFICATION_KIND_RULES[sample.kind].mailTemplate);
    }
    expect(immediateMail(samples[5])).toEqual({
      template: 'actions-overdue',
      params: {
        items: [
          {
            title: 'The action “Do” was due 2027-01-01 and is not done.',
            processTitle: 'P',
            dueOn: '2027-01-01',
            kind: 'action_overdue',
            about: { kind: 'action_overdue', params: { processTitle: 'P', actionTitle: 'Do', dueOn: '2027-01-01' } },
            path: '/x',
          },
        ],
      },
    });
  });

  it('gathers waiting notifications into one digest, bounded, and none when nothing waits', () => {
    expect(digestMail([])).toBeNull();
    const many = Array.from({ length: DIGEST_MAX_ITEMS + 5 }, () => proposed);
    expect(digestMail(many)?.items).toHaveLength(DIGEST_MAX_ITEMS);
    expect(digestMail([proposed])?.items[0]).toMatchObject({ kind: 'amendment_proposed', processTitle: 'Water', path: '/w/1/p/2/charter' });
  });
});
