import { baseUrl, eventually } from './helpers';

export interface CaughtMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Every http(s) link of the text part, in order. */
  links: string[];
}

/**
 * The newest mail the test server sent to `address` (caught by its development catcher, MAIL_CATCHER=true),
 * waiting for it to arrive: mail goes out from a job shortly after the change that queued it.
 */
export async function lastMailTo(address: string, timeoutMs = 15_000): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await eventually(async () => {
    const response = await fetch(`${baseUrl()}/dev/outbox/messages.json?to=${encodeURIComponent(address)}`);
    if (response.status !== 200) throw new Error(`GET /dev/outbox/messages.json answered ${response.status}`);
    const { items } = (await response.json()) as { items: CaughtMail[] };
    found = items[items.length - 1];
    if (!found) throw new Error(`No mail to ${address} yet`);
  }, timeoutMs);
  return found as CaughtMail;
}

/** The path (with its token) of the first link in the newest mail to `address` that contains `fragment`. */
export async function linkInLastMailTo(address: string, fragment: string): Promise<string> {
  const mail = await lastMailTo(address);
  const link = mail.links.find((candidate) => candidate.includes(fragment));
  if (!link) throw new Error(`The mail "${mail.subject}" to ${address} has no link containing ${fragment}: ${mail.links.join(', ')}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
