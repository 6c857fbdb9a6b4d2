import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { MailParams, MailTemplate } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Jobs, type JobOutcome } from '../jobs/jobs.service';
import { MailLinks } from './mail-links';
import { isPermanentSmtpError, type MailTransport } from './mail-transport';
import { OutgoingMailEntity } from './outgoing-mail.entity';
import { type QueuedMail, registerMailEnqueuer } from './queue-mail';
import { renderMail } from './templates/render';

export const MAIL_SEND = 'mail-send';
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

interface OutboxRow {
  id: string;
  toAddress: string;
  template: MailTemplate;
  params: MailParams[MailTemplate];
  locale: string;
  sentAt: Date | null;
  failedAt: Date | null;
  attempts: number;
}

type MailJobData = { mailId: string; workspaceId: string | null; userId: string | null };

/**
 * Sends the outbox. Delivery is at least once (pg-boss redelivers a job whose worker died) and made
 * effectively once by the outbox row: the handler locks it, skips it once sent (or given up), and marks it
 * sent in the same transaction that holds the lock, so a redelivered job waits for the first and then finds
 * it sent. The one window left is SMTP's own: a server that accepted the message just before the worker
 * died gets it again, with the same Message-ID.
 */
@Injectable()
export class MailSenderJob implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private unregister: (() => void) | null = null;

  constructor(
    private readonly jobs: Jobs,
    private readonly links: MailLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport | null,
  ) {}

  onModuleInit(): void {
    const { maxAttempts, retryDelaySeconds, timeoutSeconds } = this.config.mail;
    this.unregister = registerMailEnqueuer(async (em, mail: QueuedMail) => {
      const data: MailJobData = { mailId: mail.id, workspaceId: mail.workspaceId, userId: mail.userId };
      await this.jobs.enqueue(em, MAIL_SEND, data, {
        // The row counts attempts and decides when to give up; pg-boss's limit only leaves room for
        // redeliveries after a worker died mid-send.
        retryLimit: maxAttempts + 3,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        // Longer than one delivery can take (connect, greet, send, each bounded by the timeout).
        expireInSeconds: 3 * timeoutSeconds + 5,
      });
    });
    // Without a transport (tests that do not configure SMTP) mail stays queued, as it would with the worker down.
    if (this.transport) this.jobs.work<MailJobData>(MAIL_SEND, (job, em) => this.send(em, job.data.mailId));
  }

  onModuleDestroy(): void {
    this.unregister?.();
    this.transport?.close();
  }

  async send(em: EntityManager, mailId: string): Promise<JobOutcome> {
    const rows = await em.query<OutboxRow[]>(
      `SELECT id, to_address AS "toAddress", template, params, locale, sent_at AS "sentAt", failed_at AS "failedAt", attempts
         FROM outgoing_mails WHERE id = $1 FOR UPDATE`,
      [mailId],
    );
    const row = rows[0];
    // Gone (its workspace was deleted), already sent by an earlier delivery, or given up: nothing to do.
    if (!row || row.sentAt || row.failedAt) return;
    const attempts = row.attempts + 1;
    try {
      const rendered = renderMail(row.template, row.params, row.locale, this.links.baseUrl);
      await this.transport?.send({ to: row.toAddress, ...rendered, messageId: `<${row.id}@common-ground.mail>` });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const final = attempts >= this.config.mail.maxAttempts || isPermanentSmtpError(error);
      await em.update(OutgoingMailEntity, { id: row.id }, { attempts, lastError: message, failedAt: final ? new Date() : null });
      if (final) {
        this.logger.warn(`Mail ${row.id} (${row.template}) failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${message}`);
        return;
      }
      return { retry: `Mail ${row.id} not delivered (attempt ${attempts}): ${message}` };
    }
    // Sent: the params (links with tokens, names) have done their job and are not kept.
    await em.update(OutgoingMailEntity, { id: row.id }, { attempts, sentAt: new Date(), lastError: null, params: {} });
  }
}
