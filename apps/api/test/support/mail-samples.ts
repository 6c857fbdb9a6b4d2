import type { MailItem, MailParams, MailTemplate } from '@common-ground/domain';

/** A line as the notification centre writes it: worded per language from `about`. */
export const SAMPLE_ITEMS: MailItem[] = [
  {
    title: 'The action “Map the water points” was due 2026-12-01 and is not done.',
    processTitle: 'Logone dialogue',
    dueOn: '2026-12-01',
    kind: 'action_overdue',
    about: {
      kind: 'action_overdue',
      params: { processTitle: 'Logone dialogue', actionTitle: 'Map the water points', dueOn: '2026-12-01' },
    },
    path: '/w/x/p/y/actions/z',
  },
];

/** Params for every template, as the services queue them. */
export const SAMPLE_MAILS: { [T in MailTemplate]: MailParams[T] } = {
  'workspace-invitation': {
    workspaceName: 'Centre for Dialogue',
    inviterName: 'Amina',
    role: 'member',
    path: '/invitations/tok',
    expiresAt: '2026-12-12T10:00:00Z',
  },
  'process-invitation': {
    workspaceName: 'Centre for Dialogue',
    processTitle: 'Logone dialogue',
    inviterName: 'Amina',
    role: 'participant',
    path: '/invitations/tok2',
    expiresAt: '2026-12-12T10:00:00Z',
    timeZone: 'Africa/Douala',
  },
  'charter-to-sign': { processTitle: 'Logone dialogue', version: 2, path: '/w/x/p/y/charter' },
  'amendment-proposed': { processTitle: 'Logone dialogue', amendmentTitle: 'Meet monthly', proposerName: null, path: '/w/x/p/y/charter' },
  'amendment-decided': { processTitle: 'Logone dialogue', amendmentTitle: 'Meet monthly', outcome: 'accepted', path: '/w/x/p/y/charter' },
  'action-assigned': {
    processTitle: 'Logone dialogue',
    actionTitle: 'Map the water points',
    dueOn: '2026-12-20',
    path: '/w/x/p/y/actions/z',
  },
  'actions-overdue': { items: SAMPLE_ITEMS },
  'report-backs-due': { items: SAMPLE_ITEMS },
  'milestones-due': { items: SAMPLE_ITEMS },
  'password-reset': { path: '/reset-password/tok', expiresAt: '2026-12-06T10:00:00Z' },
  'email-change': { path: '/confirm-email/tok', newAddress: 'new@example.org', expiresAt: '2026-12-06T10:00:00Z' },
  'new-device': { at: '2026-12-05T10:00:00Z', device: 'Chromium on Linux', path: '/account/sessions' },
  'daily-digest': { items: SAMPLE_ITEMS },
  'meeting-notice': {
    notice: {
      kind: 'meeting_invited',
      params: {
        processTitle: 'Logone dialogue',
        meetingTitle: 'Plenary on water access',
        startsAt: '2026-12-14T09:00:00Z',
        timeZone: 'Africa/Douala',
        place: 'Town hall, Maroua',
        link: null,
      },
    },
    path: '/w/x/p/y/meetings/m',
  },
};
