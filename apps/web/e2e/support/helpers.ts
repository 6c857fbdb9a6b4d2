import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export function baseUrl(): string {
  const url = process.env.CG_E2E_BASE_URL;
  if (!url) throw new Error('CG_E2E_BASE_URL is not set: the global setup did not start the server.');
  return url;
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
