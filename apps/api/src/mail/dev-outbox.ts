import express, { type Request, type Response, type Router } from 'express';
import type { CaughtMail, MailCatcher } from './mail-catcher';

export const DEV_OUTBOX_PATH = '/dev/outbox';

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Development outbox</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;color:#1a1a1a;line-height:1.5}
table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:.4rem;border-block-end:1px solid #ddd;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-word;background:#f5f5f5;padding:1rem}a{color:#1f5f8b}.note{color:#555}
</style></head><body>${body}</body></html>`;

const when = (mail: CaughtMail) => mail.receivedAt.toISOString().replace('T', ' ').slice(0, 19);

/**
 * The development outbox: every mail the server "sent" while it catches mail locally (development without
 * SMTP_URL, or MAIL_CATCHER=true), newest first, each with its text and HTML parts. Mounted only then,
 * before the web app's fallback, so the SPA never answers these paths. `messages.json` serves the same to
 * the browser tests.
 */
export function devOutboxRouter(catcher: MailCatcher): Router {
  const router = express.Router();
  router.get('/', (_request: Request, response: Response) => {
    const rows = [...catcher.messages]
      .reverse()
      .map(
        (mail) =>
          `<tr><td>${when(mail)}</td><td>${escape(mail.to)}</td><td><a href="${DEV_OUTBOX_PATH}/${mail.id}">${escape(mail.subject || '(no subject)')}</a></td></tr>`,
      )
      .join('');
    const body = `<h1>Development outbox</h1>
<p class="note">Mail the server sent while it runs without SMTP_URL. Nothing here left this machine; the list is lost when the server stops.</p>
${rows ? `<table><thead><tr><th scope="col">Received (UTC)</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No mail yet. Invite someone to a workspace, and the invitation appears here.</p>'}`;
    response.setHeader('Cache-Control', 'no-store');
    response.type('html').send(page('Messages', body));
  });
  router.get('/messages.json', (request: Request, response: Response) => {
    const to = typeof request.query.to === 'string' ? request.query.to : null;
    const items = to ? catcher.to(to) : catcher.messages;
    response.setHeader('Cache-Control', 'no-store');
    response.json({ items });
  });
  router.get('/:id', (request: Request, response: Response) => {
    const mail = catcher.messages.find((candidate) => String(candidate.id) === request.params.id);
    if (!mail) {
      response
        .status(404)
        .type('html')
        .send(page('Not found', `<p>No such message. <a href="${DEV_OUTBOX_PATH}">Back to the outbox</a></p>`));
      return;
    }
    const links = mail.links.map((link) => `<li><a href="${escape(link)}">${escape(link)}</a></li>`).join('');
    const body = `<p><a href="${DEV_OUTBOX_PATH}">← All messages</a></p>
<h1>${escape(mail.subject || '(no subject)')}</h1>
<table><tbody>
<tr><th scope="row">From</th><td>${escape(mail.from)}</td></tr>
<tr><th scope="row">To</th><td>${escape(mail.to)}</td></tr>
<tr><th scope="row">Received (UTC)</th><td>${when(mail)}</td></tr>
</tbody></table>
${links ? `<h2>Links</h2><ul>${links}</ul>` : ''}
<h2>Plain text</h2><pre>${escape(mail.text)}</pre>
${mail.html === null ? '' : `<h2>HTML</h2><p><a href="${DEV_OUTBOX_PATH}/${mail.id}/html">Open the HTML part</a></p>`}`;
    response.setHeader('Cache-Control', 'no-store');
    response.type('html').send(page(mail.subject, body));
  });
  router.get('/:id/html', (request: Request, response: Response) => {
    const mail = catcher.messages.find((candidate) => String(candidate.id) === request.params.id);
    if (!mail?.html) {
      response.status(404).type('text/plain').send('No HTML part.');
      return;
    }
    response.setHeader('Cache-Control', 'no-store');
    response.type('html').send(mail.html);
  });
  return router;
}
