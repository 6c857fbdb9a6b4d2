import { type MailCatalog, plural, roleName } from '../catalog.types';

const invitationNote = 'If you did not expect this invitation, ignore this e-mail: nothing happens unless you open the link.';

export const en: MailCatalog = {
  dir: 'ltr',
  signature: 'Common Ground',
  linkHint: 'If the button does not work, copy this link into your browser:',
  roles: {
    owner: 'owner',
    admin: 'admin',
    member: 'member',
    convener: 'convener',
    facilitator: 'facilitator',
    secretariat: 'secretariat',
    participant: 'participant',
    observer: 'observer',
  },
  details: (item, f) =>
    [item.processTitle ?? null, item.dueOn ? `due ${f.date(item.dueOn)}` : null].filter((part) => part !== null).join(' · '),
  describe: (n, f) => {
    switch (n.kind) {
      case 'charter_to_sign':
        return `Version ${n.params.version} of the charter is adopted and waits for your signature.`;
      case 'charter_signed':
        return `${n.params.signerName ?? 'A participant'} signed version ${n.params.version} of the charter.`;
      case 'amendment_proposed':
        return `${n.params.proposerName ?? 'A participant'} proposed an amendment to “${n.params.sectionLabel}” in charter version ${n.params.version}.`;
      case 'amendment_decided':
        return `Your amendment to “${n.params.sectionLabel}” in charter version ${n.params.version} was ${n.params.outcome}.`;
      case 'action_assigned':
        return `You hold the action “${n.params.actionTitle}”${n.params.dueOn ? `, due ${f.date(n.params.dueOn)}` : ''}.`;
      case 'action_overdue':
        return `The action “${n.params.actionTitle}” was due ${f.date(n.params.dueOn)} and is not done.`;
      case 'report_back_due':
        return n.params.overdue
          ? `Your report-back was due ${f.date(n.params.dueOn)}.`
          : `Your next report-back is due ${f.date(n.params.dueOn)}.`;
      case 'milestone_due':
        return `The milestone “${n.params.milestoneTitle}” is due ${f.date(n.params.dueOn)}.`;
      case 'meeting_invited':
        return `You are invited to “${n.params.meetingTitle}” on ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'meeting_changed':
        return n.params.change === 'cancelled'
          ? `The meeting “${n.params.meetingTitle}” on ${f.dateTime(n.params.startsAt, n.params.timeZone)} is cancelled.`
          : `The meeting “${n.params.meetingTitle}” changed: it is now on ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'meeting_reminder':
        return `Reminder: “${n.params.meetingTitle}” is on ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'minutes_to_review':
        return `The minutes of “${n.params.meetingTitle}” are ready for your review.`;
      case 'minutes_approved':
        return `The minutes of “${n.params.meetingTitle}” are approved.`;
    }
  },
  messages: {
    'workspace-invitation': (p, f) => ({
      subject: `${p.inviterName} invites you to ${p.workspaceName} on Common Ground`,
      paragraphs: [
        `${p.inviterName} invites you to join the workspace “${p.workspaceName}” on Common Ground as ${roleName(en, p.role)}.`,
        `The link works once and expires on ${f.dateTime(p.expiresAt)}. You can create an account when you open it.`,
      ],
      action: { label: 'Accept the invitation', path: p.path },
      note: invitationNote,
    }),
    'process-invitation': (p, f) => ({
      subject: `${p.inviterName} invites you to take part in “${p.processTitle}”`,
      paragraphs: [
        `${p.inviterName} invites you to take part in “${p.processTitle}” (${p.workspaceName}) as ${roleName(en, p.role)}.`,
        `The link works once and expires on ${f.dateTime(p.expiresAt, p.timeZone)}. You can create an account when you open it.`,
      ],
      action: { label: 'Accept the invitation', path: p.path },
      note: invitationNote,
    }),
    'charter-to-sign': (p) => ({
      subject: `The charter of “${p.processTitle}” is waiting for your signature`,
      paragraphs: [
        `Version ${p.version} of the charter of “${p.processTitle}” is proposed for signature. Read it, then sign or say what you would change.`,
      ],
      action: { label: 'Read the charter', path: p.path },
    }),
    'amendment-proposed': (p) => ({
      subject: `Amendment proposed in “${p.processTitle}”: ${p.amendmentTitle}`,
      paragraphs: [
        p.proposerName === null
          ? `An amendment “${p.amendmentTitle}” to the charter of “${p.processTitle}” has been proposed.`
          : `${p.proposerName} proposed an amendment “${p.amendmentTitle}” to the charter of “${p.processTitle}”.`,
      ],
      action: { label: 'Read the amendment', path: p.path },
    }),
    'amendment-decided': (p) => ({
      subject: `Amendment ${p.outcome} in “${p.processTitle}”: ${p.amendmentTitle}`,
      paragraphs: [`The amendment “${p.amendmentTitle}” to the charter of “${p.processTitle}” has been ${p.outcome}.`],
      action: { label: 'See the charter', path: p.path },
    }),
    'action-assigned': (p, f) => ({
      subject: `An action in “${p.processTitle}” is yours: ${p.actionTitle}`,
      paragraphs: [
        `You now hold the action “${p.actionTitle}” in “${p.processTitle}”.`,
        ...(p.dueOn ? [`It is due on ${f.date(p.dueOn)}.`] : []),
      ],
      action: { label: 'Open the action', path: p.path },
    }),
    'actions-overdue': (p, f) => ({
      subject: plural(f, p.items.length, { one: 'An action you hold is overdue', other: '# actions you hold are overdue' }),
      paragraphs: ['These actions you hold are past their due date. Update their progress, or tell your group what stands in the way.'],
      items: p.items,
    }),
    'report-backs-due': (p, f) => ({
      subject: plural(f, p.items.length, { one: 'A report-back is due', other: '# report-backs are due' }),
      paragraphs: ['Your group owes these report-backs to the people it accounts to.'],
      items: p.items,
    }),
    'milestones-due': (p, f) => ({
      subject: plural(f, p.items.length, { one: 'A milestone is due soon', other: '# milestones are due soon' }),
      paragraphs: ['These milestones are coming due. Record where they stand.'],
      items: p.items,
    }),
    'password-reset': (p, f) => ({
      subject: 'Reset your Common Ground password',
      paragraphs: [
        `Someone asked to reset the password of your Common Ground account. The link works once and expires on ${f.dateTime(p.expiresAt)}.`,
      ],
      action: { label: 'Choose a new password', path: p.path },
      note: 'If it was not you, ignore this e-mail: your password stays as it is.',
    }),
    'email-change': (p, f) => ({
      subject: 'Confirm your new e-mail address for Common Ground',
      paragraphs: [
        `Confirm that ${p.newAddress} is the new e-mail address of your Common Ground account.`,
        `The link works once and expires on ${f.dateTime(p.expiresAt)}.`,
      ],
      action: { label: 'Confirm this address', path: p.path },
      note: 'If you did not ask for this, ignore this e-mail: the account keeps its address.',
    }),
    'new-device': (p, f) => ({
      subject: 'New sign-in to your Common Ground account',
      paragraphs: [`Your account was signed in to from ${p.device} on ${f.dateTime(p.at)}.`],
      action: { label: 'Review your sessions', path: p.path },
      note: 'If it was not you, change your password and end that session.',
    }),
    'daily-digest': (p, f) => ({
      subject: `Your day on Common Ground: ${plural(f, p.items.length, { one: 'one update', other: '# updates' })}`,
      paragraphs: ['Here is what changed in your processes since yesterday.'],
      items: p.items,
    }),
    'meeting-notice': (p, f) => {
      const n = p.notice;
      const t = n.params.meetingTitle;
      const subjects = {
        meeting_invited: `Invitation: ${t} (${n.params.processTitle})`,
        meeting_changed: `Meeting ${'change' in n.params && n.params.change === 'cancelled' ? 'cancelled' : 'changed'}: ${t}`,
        meeting_reminder: `Tomorrow: ${t}`,
        minutes_to_review: `Minutes to review: ${t}`,
        minutes_approved: `Minutes approved: ${t}`,
      };
      const actions = {
        meeting_invited: 'Answer the invitation',
        meeting_changed: 'See the meeting',
        meeting_reminder: 'See the meeting',
        minutes_to_review: 'Review the minutes',
        minutes_approved: 'Read the minutes',
      };
      const where = 'place' in n.params ? n.params : null;
      return {
        subject: subjects[n.kind],
        paragraphs: [
          en.describe(n, f),
          ...(where?.place ? [`Place: ${where.place}`] : []),
          ...(where?.link ? [`Link: ${where.link}`] : []),
        ],
        action: { label: actions[n.kind], path: p.path },
      };
    },
  },
};
