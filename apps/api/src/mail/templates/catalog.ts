import type { MailItem, MailLocale, MailParams, MailTemplate } from '@common-ground/domain';

/** Locale-aware formatting the messages use (dates are shown in UTC: a mail has no time zone of its reader). */
export interface MailFormat {
  date(isoDate: string): string;
  dateTime(iso: string): string;
}

/** What one mail says, before it is laid out as plain text and HTML. Every value comes from the params. */
export interface MailMessage {
  subject: string;
  paragraphs: string[];
  /** The one thing to do, as a button in HTML and a bare link in text. */
  action?: { label: string; path: string };
  items?: MailItem[];
  /** Why the reader got this mail, or what to do if it was not for them. */
  note?: string;
}

type Messages = { [T in MailTemplate]: (params: MailParams[T], format: MailFormat) => MailMessage };

/** Everything a locale supplies. A second language is one more entry of MAIL_CATALOG, nothing else. */
export interface MailCatalog {
  dir: 'ltr' | 'rtl';
  messages: Messages;
  /** One line of a list: the item's title is the link; process and due date follow. */
  item(item: MailItem, format: MailFormat): { title: string; details: string };
  signature: string;
  /** Shown under the button, for mail clients that do not show buttons. */
  linkHint: string;
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

const en: MailCatalog = {
  dir: 'ltr',
  signature: 'Common Ground',
  linkHint: 'If the button does not work, copy this link into your browser:',
  item: (item, format) => ({
    title: item.title,
    details: [item.processTitle ?? null, item.dueOn ? `due ${format.date(item.dueOn)}` : null].filter((part) => part !== null).join(' · '),
  }),
  messages: {
    'workspace-invitation': (p, f) => ({
      subject: `${p.inviterName} invites you to ${p.workspaceName} on Common Ground`,
      paragraphs: [
        `${p.inviterName} invites you to join the workspace “${p.workspaceName}” on Common Ground as ${p.role}.`,
        `The link works once and expires on ${f.dateTime(p.expiresAt)}. You can create an account when you open it.`,
      ],
      action: { label: 'Accept the invitation', path: p.path },
      note: 'If you did not expect this invitation, ignore this e-mail: nothing happens unless you open the link.',
    }),
    'process-invitation': (p, f) => ({
      subject: `${p.inviterName} invites you to take part in “${p.processTitle}”`,
      paragraphs: [
        `${p.inviterName} invites you to take part in “${p.processTitle}” (${p.workspaceName}) as ${p.role}.`,
        `The link works once and expires on ${f.dateTime(p.expiresAt)}. You can create an account when you open it.`,
      ],
      action: { label: 'Accept the invitation', path: p.path },
      note: 'If you did not expect this invitation, ignore this e-mail: nothing happens unless you open the link.',
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
    'actions-overdue': (p) => ({
      subject: `${count(p.items.length, 'An action you hold is', 'actions you hold are')} overdue`,
      paragraphs: ['These actions you hold are past their due date. Update their progress, or tell your group what stands in the way.'],
      items: p.items,
    }),
    'report-backs-due': (p) => ({
      subject: `${count(p.items.length, 'A report-back is', 'report-backs are')} due`,
      paragraphs: ['Your group owes these report-backs to the people it accounts to.'],
      items: p.items,
    }),
    'milestones-due': (p) => ({
      subject: `${count(p.items.length, 'A milestone is', 'milestones are')} due soon`,
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
    'daily-digest': (p) => ({
      subject: `Your day on Common Ground: ${count(p.items.length, 'one update', 'updates')}`,
      paragraphs: ['Here is what changed in your processes since yesterday.'],
      items: p.items,
    }),
  },
};

export const MAIL_CATALOG: Record<MailLocale, MailCatalog> = { en };
