import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { baseUrl, callApi, eventually, person, seriousViolations } from './support/helpers';

/** What the document says about its language and direction. */
async function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

describe('a person’s language', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const leila = person('Leila Haddad');

  beforeAll(async () => {
    browser = await launchChromium();
    // A visitor whose browser speaks French.
    context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('shows the sign-in page in the browser’s language before anyone signs in', async () => {
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await expect(page.getByLabel('Adresse e-mail').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Mot de passe oublié ?' }).isVisible()).resolves.toBe(true);
  });

  it('switches to Arabic, right to left, from the picker on the sign-in page', async () => {
    const picker = page.getByRole('combobox', { name: 'Langue' });
    // Each language is named in itself.
    expect(await picker.locator('option').allInnerTexts()).toEqual(['English', 'Français', 'Español', 'العربية']);
    await picker.selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('signs up in Arabic, and the account keeps Arabic', async () => {
    await page.getByRole('link', { name: 'أنشئ حسابًا' }).click();
    await page.getByRole('heading', { level: 1, name: 'إنشاء حساب' }).waitFor();
    await page.getByLabel('اسمك').fill(leila.name);
    await page.getByLabel('البريد الإلكتروني').fill(leila.email);
    await page.getByLabel('كلمة المرور').fill(leila.password);
    await page.getByRole('button', { name: 'أنشئ الحساب' }).click();
    await page.getByRole('button', { name: 'تسجيل الخروج' }).waitFor();

    const session = await callApi(page, 'GET', '/api/v1/auth/session');
    expect(session.json.user.locale).toBe('ar');
    await page.goto('/account');
    await page.getByRole('heading', { level: 1, name: 'حسابك' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByRole('heading', { level: 2, name: 'اللغة' }).waitFor();
  });

  it('keeps Arabic after a reload, from the account rather than this browser', async () => {
    await page.evaluate(() => window.localStorage.removeItem('cg.locale'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'حسابك' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('says in Arabic what the server describes: this session’s device and a process’s readiness checks', async () => {
    // The server stores the device in English ("Chromium on Linux"); the browser and system names stay as they are.
    await page
      .getByRole('list', { name: 'جلساتك' })
      .getByText(/على Linux/)
      .waitFor();
    const workspace = await callApi(page, 'POST', '/api/v1/workspaces', { name: 'منتدى ليلى' });
    const created = await callApi(page, 'POST', `/api/v1/workspaces/${workspace.json.id as string}/processes`, {
      title: 'حوار تقاسم المياه',
      level: 'regional',
      wheelAreas: [],
      ownershipTarget: 'dialogue_consultation',
      timezone: 'Africa/Douala',
    });
    expect(created.status).toBe(201);
    await page.goto(`/w/${workspace.json.id as string}/p/${created.json.id as string}`);
    // The gate's detail comes from its code and params, not from the API's English sentence.
    const gates = page.locator('.gate-detail');
    await page.getByText('اكتب غرض العملية وولايتها.').waitFor();
    const details = await gates.allInnerTexts();
    expect(details).toHaveLength(2);
    expect(details.join(' ')).not.toMatch(/[A-Za-z]/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/account');
    await page.getByRole('heading', { level: 1, name: 'حسابك' }).waitFor();
  });

  it('switches back to English from the account page, saved for the next visit', async () => {
    await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await eventually(async () => {
      expect((await callApi(page, 'GET', '/api/v1/account')).json.locale).toBe('en');
    });
    await page.getByRole('listitem').filter({ hasText: 'Your language was changed' }).first().waitFor();

    await page.evaluate(() => window.localStorage.removeItem('cg.locale'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
