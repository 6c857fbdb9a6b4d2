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
 * The newest mail the test server sent to `address` (caught by its development catcher, MAIL_CATCHER=true) — the
 * newest one that `matches`, when given — waiting for it to arrive: mail goes out from a job shortly after the
 * change that queued it, and another mail (say, the new-device notice) may arrive first or in between.
 */
export async function lastMailTo(
  address: string,
  timeoutMs = 15_000,
  matches: { test: (mail: CaughtMail) => boolean; what: string } = { test: () => true, what: 'mail' },
): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await eventually(async () => {
    const response = await fetch(`${baseUrl()}/dev/outbox/messages.json?to=${encodeURIComponent(address)}`);
    if (response.status !== 200) throw new Error(`GET /dev/outbox/messages.json answered ${response.status}`);
    const { items } = (await response.json()) as { items: CaughtMail[] };
    found = items.filter(matches.test).pop();
    if (!found) throw new Error(`No ${matches.what} to ${address} yet (${items.length} mail(s))`);
  }, timeoutMs);
  return found as CaughtMail;
}

/** The path (with its token) of the last link containing `fragment` in the newest mail to `address` that has one. */
export async function linkInLastMailTo(address: string, fragment: string, timeoutMs = 15_000): Promise<string> {
  const withLink = (mail: CaughtMail) => mail.links.some((candidate) => candidate.includes(fragment));
  const mail = await lastMailTo(address, timeoutMs, { test: withLink, what: `mail with a link containing ${fragment}` });
  const url = new URL([...mail.links].reverse().find((candidate) => candidate.includes(fragment)) as string);
  return `${url.pathname}${url.search}`;
}
