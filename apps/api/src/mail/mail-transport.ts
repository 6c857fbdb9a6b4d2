import nodemailer from 'nodemailer';
import type { AppConfig } from '../config/config';
import type { MailCatcher } from './mail-catcher';

/** One message as the sender hands it over. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row, so a receiving server can recognise a message delivered twice. */
  messageId: string;
}

export interface MailTransport {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

/** An SMTP error whose reply code says the message will never be accepted (5xx). */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** nodemailer over SMTP_URL, or over the development catcher; null when neither is there (mail stays queued). */
export function createMailTransport(config: AppConfig, catcher: MailCatcher | null): MailTransport | null {
  const url = config.mail.smtpUrl ?? catcher?.url ?? null;
  if (!url) return null;
  const timeout = config.mail.timeoutSeconds * 1000;
  const parsed = new URL(url);
  const transport = nodemailer.createTransport({
    url,
    // Never fall back to plain text silently where the URL asks for TLS; the local catcher speaks plain SMTP.
    ...(catcher && !config.mail.smtpUrl ? { ignoreTLS: true } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    ...(parsed.protocol === 'smtps:' ? { secure: true } : {}),
  });
  return {
    async send(message) {
      await transport.sendMail({ from: config.mail.from, ...message });
    },
    close: () => transport.close(),
  };
}
