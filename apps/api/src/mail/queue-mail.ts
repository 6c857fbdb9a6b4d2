import type { MailLocale, MailParams, MailTemplate } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';

export interface MailToQueue<T extends MailTemplate> {
  /** Unique per side effect, e.g. `charter-to-sign:<versionId>:<userId>`: a second queue with it is a no-op. */
  key: string;
  template: T;
  params: MailParams[T];
  to: { address: string; userId?: string | null };
  locale?: MailLocale;
  /** The workspace the mail is about; null for account mails (reset, e-mail change, new device). */
  workspaceId: string | null;
}

/**
 * Puts a mail in the outbox inside the caller's transaction. Returns the outbox row's id, or null when a
 * mail with this key was queued before (nothing new will be sent). The caller's transaction must act for
 * the mail's workspace, or, for account mails, for the recipient (row-level security checks it).
 */
export async function queueMail<T extends MailTemplate>(em: EntityManager, mail: MailToQueue<T>): Promise<string | null> {
  const rows = await em.query<{ id: string }[]>(
    `INSERT INTO outgoing_mails (dedupe_key, template, params, to_address, recipient_user_id, locale, workspace_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [mail.key, mail.template, JSON.stringify(mail.params), mail.to.address, mail.to.userId ?? null, mail.locale ?? 'en', mail.workspaceId],
  );
  const row = rows[0];
  return row ? row.id : null;
}
