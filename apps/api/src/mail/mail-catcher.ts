import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface CaughtMail {
  id: number;
  receivedAt: Date;
  /** The envelope's recipients (RCPT TO), lower case. */
  recipients: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  /** Every http(s) link of the text part, in order. */
  links: string[];
}

/**
 * Decides what happens to a message once its DATA has arrived, before the server answers: resolve to accept,
 * throw an error with a `responseCode` to refuse it (4xx: try again later, 5xx: never), or take a while.
 */
export type DeliveryHook = (raw: Buffer, session: SMTPServerSession) => Promise<void>;

const KEEP = 500;

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives, parsed: the development outbox (no SMTP_URL in
 * development) and the tests' SMTP server are both this. It accepts any sender and recipient, without TLS
 * or authentication: it listens on the loopback interface only.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  private nextId = 1;
  private waiters = new Set<() => void>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  /** The hook that decides each delivery; by default every message is accepted. */
  hook: DeliveryHook | null = null;

  static async start(port = 0): Promise<MailCatcher> {
    let catcher: MailCatcher | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      banner: 'Common Ground mail catcher',
      size: 10 * 1024 * 1024,
      onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          (catcher as MailCatcher).receive(Buffer.concat(chunks), session).then(
            () => callback(null),
            (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    catcher = new MailCatcher(server, (server.server.address() as AddressInfo).port);
    return catcher;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The newest message whose envelope went to `address`, if any. */
  lastTo(address: string): CaughtMail | undefined {
    const wanted = address.toLowerCase();
    return [...this.messages].reverse().find((mail) => mail.recipients.includes(wanted));
  }

  to(address: string): CaughtMail[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((mail) => mail.recipients.includes(wanted));
  }

  /** Waits until `count` messages have gone to `address`; rejects after `timeoutMs`. */
  async waitFor(address: string, count = 1, timeoutMs = 20_000): Promise<CaughtMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(address).length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`No${count > 1 ? ` ${count}` : ''} mail to ${address} within ${timeoutMs} ms (have ${this.to(address).length})`);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.waiters.add(done);
      });
    }
    return this.to(address);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async receive(raw: Buffer, session: SMTPServerSession): Promise<void> {
    if (this.hook) await this.hook(raw, session);
    const parsed = await simpleParser(raw);
    const address = (value: typeof parsed.from | typeof parsed.to) =>
      Array.isArray(value) ? value.map((v) => v.text).join(', ') : (value?.text ?? '');
    const text = parsed.text ?? '';
    this.messages.push({
      id: this.nextId++,
      receivedAt: new Date(),
      recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
      from: address(parsed.from),
      to: address(parsed.to),
      subject: parsed.subject ?? '',
      text,
      html: typeof parsed.html === 'string' ? parsed.html : null,
      messageId: parsed.messageId ?? null,
      links: [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]),
    });
    if (this.messages.length > KEEP) this.messages.splice(0, this.messages.length - KEEP);
    for (const wake of [...this.waiters]) wake();
  }
}
