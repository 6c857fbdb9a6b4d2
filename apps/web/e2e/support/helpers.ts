import { execFileSync } from 'node:child_process';
import { AxeBuilder } from '@axe-core/playwright';
import pg from 'pg';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { linkInLastMailTo } from './mail';

export function baseUrl(): string {
  const url = process.env.CG_E2E_BASE_URL;
  if (!url) throw new Error('CG_E2E_BASE_URL is not set: the global setup did not start the server.');
  return url;
}

/** Runs SQL on the server's database as its owner (row-level security does not apply): bulk set-up only. */
export async function withOwnerDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.CG_E2E_OWNER_DATABASE_URL;
  if (!url) throw new Error('CG_E2E_OWNER_DATABASE_URL is not set: the global setup did not start the server.');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface Person {
  name: string;
  email: string;
  password: string;
}

let counter = 0;

/** A person with an e-mail address no other test run uses. */
export function person(name: string): Person {
  counter += 1;
  const tag = `${Date.now().toString(36)}${String(counter)}`;
  return { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${tag}@example.org`, password: `calm river ${tag} stones` };
}

export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport, timezoneId: 'Africa/Douala', locale: 'en-GB' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}

/** Fills the sign-up form that is open on the page and submits it. */
export async function submitSignUp(page: Page, who: Person): Promise<void> {
  await page.getByLabel('Your name').fill(who.name);
  const email = page.getByLabel('E-mail address');
  if ((await email.inputValue()) !== who.email) await email.fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function signUp(page: Page, who: Person): Promise<void> {
  await page.goto('/sign-up');
  await submitSignUp(page, who);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Retries an assertion until it passes or the time is up (the page updates asynchronously). */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Calls the API as the page's signed-in person (with the CSRF token), to set up data faster than through forms. */
export async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body },
  );
}

export interface Member {
  who: Person;
  page: Page;
  userId: string;
}

export interface Dialogue {
  workspaceId: string;
  processId: string;
  processUrl: string;
  convener: Member;
  members: Member[];
}

/**
 * Set-up through the API: the convener signs up, creates a workspace and a process, then invites each
 * person, who signs up in their own browser context and accepts; the convener gives them their process role.
 */
export async function setUpDialogue(
  browser: Browser,
  contexts: BrowserContext[],
  convenerName: string,
  people: { name: string; role: 'facilitator' | 'secretariat' | 'participant' | 'observer' }[],
  viewport?: { width: number; height: number },
): Promise<Dialogue> {
  const open = async () => {
    const opened = await newPage(browser, viewport);
    contexts.push(opened.context);
    return opened.page;
  };
  const convenerWho = person(convenerName);
  const a = await open();
  await signUp(a, convenerWho);
  const workspace = await callApi(a, 'POST', '/api/v1/workspaces', { name: `${convenerName}’s forum` });
  if (workspace.status !== 201) throw new Error(`Creating the workspace answered ${String(workspace.status)}`);
  const workspaceId = workspace.json.id as string;
  const created = await callApi(a, 'POST', `/api/v1/workspaces/${workspaceId}/processes`, {
    title: 'Water sharing dialogue in the Logone valley',
    level: 'regional',
    wheelAreas: [],
    ownershipTarget: 'dialogue_consultation',
    timezone: 'Africa/Douala',
  });
  if (created.status !== 201) throw new Error(`Creating the process answered ${String(created.status)}`);
  const processId = created.json.id as string;
  const session = await callApi(a, 'GET', '/api/v1/auth/session');
  const convener: Member = { who: convenerWho, page: a, userId: session.json.user.id as string };

  const members: Member[] = [];
  for (const { name, role } of people) {
    const who = person(name);
    const invitation = await callApi(a, 'POST', `/api/v1/workspaces/${workspaceId}/invitations`, { email: who.email, role: 'member' });
    if (invitation.status !== 201) throw new Error(`Inviting ${name} answered ${String(invitation.status)}`);
    const token = (await linkInLastMailTo(who.email, '/invitations/')).split('/invitations/')[1];
    const page = await open();
    await signUp(page, who);
    const accepted = await callApi(page, 'POST', `/api/v1/invitations/${token}/accept`);
    if (accepted.status >= 300) throw new Error(`Accepting the invitation answered ${String(accepted.status)}`);
    const me = await callApi(page, 'GET', '/api/v1/auth/session');
    const userId = me.json.user.id as string;
    const added = await callApi(a, 'POST', `/api/v1/workspaces/${workspaceId}/processes/${processId}/members`, { userId, role });
    if (added.status !== 201) throw new Error(`Adding ${name} to the process answered ${String(added.status)}`);
    members.push({ who, page, userId });
  }
  return { workspaceId, processId, processUrl: `/w/${workspaceId}/p/${processId}`, convener, members };
}

/**
 * The text a PDF shows, as search or copy-and-paste finds it: extracted with poppler's pdftotext
 * (Debian's poppler-utils, installed by .ci/run). Chromium prints the PDFs, compressed, so raw bytes are no guide.
 */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}
