import { LOCALES, type Locale } from './locales';
import type { MeetingNoticeContent, NotificationContent } from './notifications';

/**
 * The e-mails the app sends, and what each carries. A service puts a mail in the outbox (`queueMail` in the
 * API) inside the transaction of the change that causes it; a job renders and sends it later, in the
 * recipient's locale. Params hold only what the text needs: never free text a person wrote in a dialogue,
 * never who said or proposed what where the process's confidentiality regime withholds names.
 *
 * Links are paths inside the web app (`/invitations/…`); the renderer prefixes PUBLIC_URL.
 */

/** One line of a mail that lists several things (reminders, the digest). */
export interface MailItem {
  /** What the line is about, e.g. an action's title. */
  title: string;
  /** The process it belongs to, when it belongs to one. */
  processTitle?: string | null;
  /** Calendar date `YYYY-MM-DD`, when the line has a deadline. */
  dueOn?: string | null;
  /** A notification kind (digest lines only), so the line can be worded per kind. */
  kind?: string | null;
  /**
   * The notification the line tells of, so each language words it itself; `title` is then its English
   * wording, kept for lines queued before this existed.
   */
  about?: NotificationContent | null;
  path: string;
}

export interface MailParams {
  'workspace-invitation': { workspaceName: string; inviterName: string; role: string; path: string; expiresAt: string };
  /** `timeZone` is the process's (IANA name): the expiry is shown in it, labelled. */
  'process-invitation': {
    workspaceName: string;
    processTitle: string;
    inviterName: string;
    role: string;
    path: string;
    expiresAt: string;
    timeZone?: string | null;
  };
  'charter-to-sign': { processTitle: string; version: number; path: string };
  /** proposerName is null when the regime withholds who proposed it. */
  'amendment-proposed': { processTitle: string; amendmentTitle: string; proposerName: string | null; path: string };
  'amendment-decided': { processTitle: string; amendmentTitle: string; outcome: 'accepted' | 'rejected' | 'withdrawn'; path: string };
  'action-assigned': { processTitle: string; actionTitle: string; dueOn: string | null; path: string };
  'actions-overdue': { items: MailItem[] };
  'report-backs-due': { items: MailItem[] };
  'milestones-due': { items: MailItem[] };
  'password-reset': { path: string; expiresAt: string };
  /** Sent to the new address: confirming the link makes it the account's address. */
  'email-change': { path: string; newAddress: string; expiresAt: string };
  /** `device` is a short description from the user agent (e.g. "Chromium on Linux"); no IP address. */
  'new-device': { at: string; device: string; path: string };
  'daily-digest': { items: MailItem[] };
  /** A meeting invitation, change, cancellation or reminder, or its minutes to review or approved: worded per kind. */
  'meeting-notice': { notice: MeetingNoticeContent; path: string };
}

export type MailTemplate = keyof MailParams;

export const MAIL_TEMPLATES: readonly MailTemplate[] = [
  'workspace-invitation',
  'process-invitation',
  'charter-to-sign',
  'amendment-proposed',
  'amendment-decided',
  'action-assigned',
  'actions-overdue',
  'report-backs-due',
  'milestones-due',
  'password-reset',
  'email-change',
  'new-device',
  'daily-digest',
  'meeting-notice',
];

/** Security mails: sent whatever a person's notification preferences say. */
export const MANDATORY_MAILS: ReadonlySet<MailTemplate> = new Set(['password-reset', 'email-change', 'new-device']);

/** Locales mail is written in: every language of the app (a test fails when a template lacks one). */
export const MAIL_LOCALES: readonly Locale[] = LOCALES;
export type MailLocale = Locale;

/**
 * The language of a mail: the recipient's own choice when they have an account and made one, else the
 * language of whoever caused the mail (an inviter) or of the process it is about, else English.
 */
export function mailLocale(...candidates: readonly (string | null | undefined)[]): MailLocale {
  for (const candidate of candidates) {
    if (candidate && (MAIL_LOCALES as readonly string[]).includes(candidate)) return candidate as MailLocale;
  }
  return 'en';
}
