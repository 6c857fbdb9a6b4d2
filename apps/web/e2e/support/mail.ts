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

/**
 * The path (with its token) of the first link containing `fragment` in the newest mail to `address` that has
 * one, waiting for it: another mail (say, the new-device notice) may arrive first or in between.
 */
export async function linkInLastMailTo(address: string, fragment: string, timeoutMs = 15_000): Promise<string> {
  let found: string | undefined;
  await eventually(async () => {
    const response = await fetch(`${baseUrl()}/dev/outbox/messages.json?to=${encodeURIComponent(address)}`);
    if (response.status !== 200) throw new Error(`GET /dev/outbox/messages.json answered ${response.status}`);
    const { items } = (await response.json()) as { items: CaughtMail[] };
    found = items
      .flatMap((mail) => mail.links)
      .reverse()
      .find((candidate) => candidate.includes(fragment));
    if (!found) throw new Error(`No mail to ${address} with a link containing ${fragment} yet (${items.length} mail(s))`);
  }, timeoutMs);
  const url = new URL(found as string);
  return `${url.pathname}${url.search}`;
}
