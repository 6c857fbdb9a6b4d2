import { mailLocale, type MailParams, type MailTemplate } from '@common-ground/domain';
import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { emailKey } from '../auth/users.repository';

export interface MailToQueue<T extends MailTemplate> {
  /** Unique per side effect, e.g. `charter-to-sign:<versionId>:<userId>`: a second queue with it is a no-op. */
  key: string;
  template: T;
  params: MailParams[T];
  to: { address: string; userId?: string | null };
  /**
   * The language when the recipient has none of their own (no account at that address, or no language
   * chosen): this person's (an inviter's), else this locale (a process's language), else English.
   */
  fallback?: { userId?: string | null; locale?: string | null };
  /** The workspace the mail is about; null for account mails (reset, e-mail change, new device). */
  workspaceId: string | null;
}

/** What the sender's job needs: the row, and the scope its transaction must have to see it. */
export interface QueuedMail {
  id: string;
  workspaceId: string | null;
  userId: string | null;
}

export type MailEnqueuer = (em: EntityManager, mail: QueuedMail) => Promise<void>;

/*
 * How a queued mail gets its send job in the same transaction: the mail module registers an enqueuer here when
 * the app starts, and queueMail calls it through the caller's EntityManager. Chosen over a trigger on
 * outgoing_mails, which would have to write pg-boss's internal job table itself (its columns, defaults and
 * per-queue policies are pg-boss's business and change between versions); this way pg-boss's own send SQL
 * runs, inside the caller's transaction. It is process-wide because queueMail is a plain function that many
 * modules call with only an EntityManager (its signature is shared); every app in a process uses the same
 * database, so whichever registered last is as good as any. Without one (a script), the row waits unsent.
 */
let enqueuer: MailEnqueuer | null = null;

const logger = new Logger('Mail');

/** Registers the job enqueuer; returns the function that unregisters it (if it is still the current one). */
export function registerMailEnqueuer(next: MailEnqueuer): () => void {
  enqueuer = next;
  return () => {
    if (enqueuer === next) enqueuer = null;
  };
}

/**
 * Puts a mail in the outbox inside the caller's transaction, in the recipient's language (see `mailLocale`):
 * the account's chosen language, looked up by id or, for someone invited by address, by that address; else
 * the fallback's. Returns the outbox row's id, or null when a
 * mail with this key was queued before (nothing new will be sent). The caller's transaction must act for
 * the mail's workspace, or, for account mails, for the recipient (row-level security checks it).
 */
export async function queueMail<T extends MailTemplate>(em: EntityManager, mail: MailToQueue<T>): Promise<string | null> {
  const rows = await em.query<{ id: string }[]>(
    `INSERT INTO outgoing_mails (dedupe_key, template, params, to_address, recipient_user_id, locale, workspace_id)
     VALUES ($1, $2, $3, $4, $5, coalesce(
       (SELECT locale FROM users WHERE CASE WHEN $5::uuid IS NULL THEN email_key = $8 ELSE id = $5::uuid END),
       (SELECT locale FROM users WHERE id = $9::uuid),
       $6), $7)
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [
      mail.key,
      mail.template,
      JSON.stringify(mail.params),
      mail.to.address,
      mail.to.userId ?? null,
      mailLocale(mail.fallback?.locale),
      mail.workspaceId,
      emailKey(mail.to.address),
      mail.fallback?.userId ?? null,
    ],
  );
  const row = rows[0];
  if (!row) return null;
  await enqueuer?.(em, { id: row.id, workspaceId: mail.workspaceId, userId: mail.workspaceId ? null : (mail.to.userId ?? null) });
  // Never the address, the params or the link: the outbox row is where they are, for as long as they must be.
  logger.log(`Queued mail ${row.id} (${mail.template})`);
  return row.id;
}
