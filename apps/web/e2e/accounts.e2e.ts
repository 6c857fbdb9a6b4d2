import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { newPage, person, signUp } from './support/helpers';

describe('accounts', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const erin = person('Erin Account');

  beforeAll(async () => {
    browser = await launchChromium();
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signUp(page, erin);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  async function freshPage(): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    return page;
  }

  it('shows the API’s field error next to the e-mail field when the address is taken', async () => {
    const page = await freshPage();
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Someone Else');
    await page.getByLabel('E-mail address').fill(erin.email);
    await page.getByLabel('Password').fill('another calm sentence');
    await page.getByRole('button', { name: 'Create account' }).click();
    const email = page.getByLabel('E-mail address');
    await page.getByText('An account with this e-mail already exists', { exact: false }).waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const description = await page.locator(`[id="${describedBy}"]`).innerText();
    expect(description).toContain('An account with this e-mail already exists');
  });

  it('checks the password on the device before sending it', async () => {
    const page = await freshPage();
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Short Password');
    await page.getByLabel('E-mail address').fill(person('Short').email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 12 characters.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-up');
  });

  it('says to wait after too many wrong passwords', async () => {
    const page = await freshPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(erin.email);
    const alert = page.getByRole('alert').filter({ hasText: /not right|Too many/ });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel('Password').fill(`wrong password ${String(attempt)}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await alert.waitFor();
      expect(await alert.innerText()).toBe('The e-mail address or the password is not right.');
      await page.getByLabel('Password').fill('');
    }
    await page.getByLabel('Password').fill(erin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Too many attempts. Try again in 15 minutes.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
