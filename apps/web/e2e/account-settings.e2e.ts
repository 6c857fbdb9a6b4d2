import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { linkInLastMailTo } from './support/mail';
import { callApi, eventually, newPage, person, seriousViolations, signUp, texts, type Person } from './support/helpers';

/**
 * The link of the newest mail to `to` that holds `fragment`, as the test server's mail catcher received it. (The
 * outbox row cannot be read for it: the sender clears its parameters once the mail is out.)
 */
async function linkInMail(to: string, fragment: string): Promise<string> {
  let path = '';
  await eventually(async () => {
    path = await linkInLastMailTo(to, fragment);
  });
  return path;
}

async function signIn(page: Page, who: Person, password = who.password): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

describe('my account', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const dana = person('Dana Account');
  let laptop: Page;
  let phone: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    const first = await newPage(browser);
    const second = await newPage(browser);
    contexts.push(first.context, second.context);
    laptop = first.page;
    phone = second.page;
    await signUp(laptop, dana);
    await signIn(phone, dana);
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('changes my name from the account page reached through the header', async () => {
    await laptop.goto('/');
    await laptop.getByRole('link', { name: 'Signed in as Dana Account' }).click();
    await laptop.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    const name = laptop.getByLabel('Your name');
    await eventually(async () => {
      expect(await name.inputValue()).toBe(dana.name);
    });
    await name.fill('Dana Yusuf');
    await laptop.getByRole('button', { name: 'Save name' }).click();
    await laptop.getByText('Saved.').waitFor();
    await eventually(async () => {
      expect(await laptop.locator('.header-user').textContent()).toBe('Signed in as Dana Yusuf');
    });
    await laptop.getByText('Your name was changed').waitFor();
    expect(await seriousViolations(laptop)).toEqual([]);
  });

  it('lists my sessions and signs out the other one after asking', async () => {
    await laptop.goto('/account');
    const sessions = laptop.getByRole('list', { name: 'Your sessions' }).getByRole('listitem');
    await eventually(async () => {
      expect(await sessions.count()).toBe(2);
    });
    const rows = await texts(sessions);
    expect(rows.filter((row) => row.includes('This device'))).toHaveLength(1);
    expect(rows.every((row) => /^(Chromium|Chrome) on Linux/.test(row))).toBe(true);

    await laptop.getByRole('button', { name: /^Sign out the session on/ }).click();
    const dialog = laptop.getByRole('dialog', { name: 'Sign out this session?' });
    await dialog.getByRole('button', { name: 'Sign out session' }).click();
    await eventually(async () => {
      expect(await sessions.count()).toBe(1);
    });
    await laptop.getByText('A session was signed out').waitFor();

    await phone.goto('/account');
    await phone.waitForURL(/\/sign-in/);
  });

  it('is usable at 375 px', async () => {
    await laptop.setViewportSize({ width: 375, height: 800 });
    await laptop.goto('/account');
    await laptop.getByRole('list', { name: 'Your sessions' }).waitFor();
    expect(await laptop.getByRole('link', { name: /^Signed in as/ }).isVisible()).toBe(true);
    const overflow = await laptop.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.setViewportSize({ width: 1280, height: 900 });
  });

  it('resets a forgotten password with the mailed link, which signs out every session', async () => {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('E-mail address').fill(dana.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText('If an account uses this address').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const link = await linkInMail(dana.email, '/reset-password/');
    expect(link).toMatch(/^\/reset-password\//);
    await page.goto(link);
    await page.getByLabel(/^New password/).fill('a fresh river of stones');
    await page.getByLabel('Repeat the new password').fill('a fresh river of stones');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Your password is set.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The same link cannot be used twice.
    await page.goto(link);
    await page.getByLabel(/^New password/).fill('another fresh river');
    await page.getByLabel('Repeat the new password').fill('another fresh river');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('This link is not valid any more').waitFor();

    await laptop.goto('/account');
    await laptop.waitForURL(/\/sign-in/);
    await signIn(laptop, dana, 'a fresh river of stones');
  });

  it('confirms a new e-mail address from the link sent to it', async () => {
    const moved = person('Dana Moved').email;
    const asked = await callApi(laptop, 'POST', '/api/v1/account/email', { newEmail: moved, currentPassword: 'a fresh river of stones' });
    expect(asked.status).toBe(202);
    await laptop.goto('/account');
    await laptop.getByText(`We sent a confirmation link to ${moved}`).waitFor();

    const link = await linkInMail(moved, '/confirm-email/');
    await laptop.goto(link);
    await laptop.getByText(`${moved} is now the e-mail address of your account`).waitFor();
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.getByRole('link', { name: 'Go to your account' }).click();
    await laptop.getByText(`Your e-mail address is ${moved}.`).waitFor();
  });
});
