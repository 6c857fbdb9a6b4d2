import { type CaughtMail, MailCatcher } from '../../src/mail/mail-catcher';

export type { CaughtMail };

/** An SMTP refusal as a real server answers it: 4xx means try again later, 5xx never. */
export function smtpRefusal(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

/**
 * A real SMTP server for tests (smtp-server on 127.0.0.1, messages parsed by mailparser): the same catcher the
 * development outbox uses. `catcher.hook` refuses or stalls chosen deliveries; `waitFor(address)` waits for mail.
 */
export async function startTestSmtp(): Promise<MailCatcher> {
  return MailCatcher.start(0);
}
