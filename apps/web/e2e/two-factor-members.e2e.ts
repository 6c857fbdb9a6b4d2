import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { linkInLastMailTo } from './support/mail';
import { callApi, newPage, person, type Person, seriousViolations, signUp } from './support/helpers';

/** What the authenticator app shows for this key, `steps` 30-second steps from now. */
function codeOf(secret: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}

describe('two-factor sign-in and member management', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  async function signedIn(who: Person): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signUp(page, who);
    return page;
  }

  it('turns two-factor on with an app, then signs in with password and code, usable at 375 px', async () => {
    const nia = person('Nia Twofactor');
    const page = await signedIn(nia);
    await page.goto('/account/two-factor');
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    const secret = (await page.getByLabel('Key for the app').innerText()).replace(/\s+/g, '');
    await page.getByLabel('Code shown by the app').fill(codeOf(secret));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByRole('heading', { name: 'Save your recovery codes now' }).waitFor();
    const shown = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
    expect(shown).toHaveLength(10);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download codes' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('common-ground-recovery-codes.txt');
    const saved = await readFile(await download.path(), 'utf8');
    for (const code of shown) expect(saved).toContain(code.trim());
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByRole('heading', { name: 'On', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByLabel('E-mail address').fill(nia.email);
    await page.getByLabel('Password').fill(nia.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Two-factor sign-in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Code').fill(codeOf(secret, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('signs in with a recovery code instead of the app’s code, which then counts as used', async () => {
    const ode = person('Ode Recovery');
    const page = await signedIn(ode);
    const enrolment = await callApi(page, 'POST', '/api/v1/account/two-factor/enrolment');
    expect(enrolment.status).toBe(201);
    const confirmed = await callApi(page, 'POST', '/api/v1/account/two-factor/enrolment/confirm', {
      code: codeOf(enrolment.json.secret as string),
    });
    expect(confirmed.status).toBe(200);
    const [recoveryCode] = confirmed.json.recoveryCodes as string[];

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByLabel('E-mail address').fill(ode.email);
    await page.getByLabel('Password').fill(ode.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Code').fill(recoveryCode);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    await page.goto('/account/two-factor');
    await page.getByText(/You have 9 unused recovery codes/).waitFor();
  });

  it('lets the owner change a member’s role and remove another, whose open page then loses the workspace', async () => {
    const owner = person('Olu Owner');
    const ana = person('Ana Member');
    const ben = person('Ben Member');
    const ownerPage = await signedIn(owner);
    const workspace = await callApi(ownerPage, 'POST', '/api/v1/workspaces', { name: 'Roles Centre' });
    const pages: Record<string, Page> = {};
    for (const who of [ana, ben]) {
      pages[who.name] = await signedIn(who);
      const invitation = await callApi(ownerPage, 'POST', `/api/v1/workspaces/${workspace.json.id as string}/invitations`, {
        email: who.email,
        role: 'member',
      });
      expect(invitation.status).toBe(201);
      const token = (await linkInLastMailTo(who.email, '/invitations/')).split('/invitations/')[1];
      expect((await callApi(pages[who.name], 'POST', `/api/v1/invitations/${token}/accept`)).status).toBe(200);
    }

    await ownerPage.goto(`/w/${workspace.json.id as string}/settings`);
    const saved = ownerPage.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/members/'));
    await ownerPage.getByLabel(`Role of ${ana.name}`).selectOption('admin');
    expect((await saved).status()).toBe(200);

    await ownerPage.getByRole('button', { name: `Remove ${ben.name}` }).click();
    const dialog = ownerPage.getByRole('dialog');
    await dialog.getByText('loses access to this workspace at once').waitFor();
    await dialog.getByRole('button', { name: 'Remove from workspace' }).click();
    await ownerPage.getByRole('list', { name: 'Workspace members' }).getByText(ben.name, { exact: true }).waitFor({ state: 'detached' });
    expect(await seriousViolations(ownerPage)).toEqual([]);

    await ownerPage.reload();
    await expect(ownerPage.getByLabel(`Role of ${ana.name}`).inputValue()).resolves.toBe('admin');
    const benPage = pages[ben.name];
    await benPage.goto(`/w/${workspace.json.id as string}`);
    await benPage
      .getByText(/not found|does not exist|no such/i)
      .first()
      .waitFor();
  });
});
