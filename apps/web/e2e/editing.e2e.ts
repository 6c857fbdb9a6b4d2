import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { eventually, newPage, person, signUp, texts } from './support/helpers';

/** Writes through the API as the page's signed-in person, to set up data faster than through forms. */
async function apiPost(page: Page, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ path, body }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    { path, body },
  );
}

describe('editing workspaces and processes', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let workspaceId = '';
  let processUrl = '';
  const owner = person('Dana Owner');

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page } = await newPage(browser));
    await signUp(page, owner);
    const created = await apiPost(page, '/api/v1/workspaces', { name: 'Harbour Dialogue Trust' });
    expect(created.status).toBe(201);
    workspaceId = (created.json as { id: string }).id;
    for (let index = 1; index <= 21; index += 1) {
      const process = await apiPost(page, `/api/v1/workspaces/${workspaceId}/processes`, {
        title: `Dialogue ${String(index).padStart(2, '0')}`,
        level: 'local',
        wheelAreas: [],
        ownershipTarget: 'information_sharing',
        timezone: 'UTC',
      });
      expect(process.status).toBe(201);
      if (index === 21) processUrl = `/w/${workspaceId}/p/${(process.json as { id: string }).id}`;
    }
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('pages through processes with “Load more”', async () => {
    await page.goto(`/w/${workspaceId}`);
    const cards = page.getByRole('list', { name: 'Processes' }).locator(':scope > li');
    await eventually(async () => {
      expect(await cards.count()).toBe(20);
    });
    await page.getByRole('button', { name: 'Load more' }).click();
    await eventually(async () => {
      expect(await cards.count()).toBe(21);
    });
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    const titles = await texts(cards.getByRole('heading'));
    expect(new Set(titles).size).toBe(21);
  });

  it('tells the second of two people renaming the workspace that it changed, and reloads', async () => {
    const other = await context.newPage();
    await page.goto(`/w/${workspaceId}/settings`);
    await other.goto(`/w/${workspaceId}/settings`);
    await page.getByLabel('Workspace name').fill('Harbour Dialogue Trust (North)');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByText('Saved.').waitFor();

    await other.getByLabel('Workspace name').fill('Harbour Trust');
    await other.getByRole('button', { name: 'Rename' }).click();
    await other.getByText('This workspace was changed by someone else').waitFor();
    await other.getByRole('button', { name: 'Reload' }).click();
    await eventually(async () => {
      expect(await other.getByLabel('Workspace name').inputValue()).toBe('Harbour Dialogue Trust (North)');
    });
    await other.close();
  });

  it('keeps the first edit of a process and reports the conflicting second one', async () => {
    const other = await context.newPage();
    await page.goto(`${processUrl}/details`);
    await other.goto(`${processUrl}/details`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await other.getByRole('button', { name: 'Edit details' }).click();

    await page.getByLabel('Purpose and mandate').fill('Agree how the port communities and the coast guard share information.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();

    await other.getByLabel('Title').fill('A title nobody will see');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByText('This process was changed by someone else while you were editing.').waitFor();
    await other.getByRole('button', { name: 'Reload' }).click();
    await other.getByText('Agree how the port communities and the coast guard share information.').waitFor();
    expect(await other.getByRole('heading', { level: 1 }).innerText()).toBe('Dialogue 21');
    await other.close();

    await page.getByRole('link', { name: 'Overview' }).click();
    const gates = page.getByRole('list', { name: 'Checks for moving to Design' }).getByRole('listitem');
    await eventually(async () => {
      expect((await texts(gates))[0]).toContain('Met: Purpose and mandate written');
    });
  });

  it('archives a process after confirmation, which then offers no phase change', async () => {
    await page.getByRole('link', { name: 'Details' }).click();
    await page.getByRole('button', { name: 'Archive process' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive this process?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Archive process' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('This process is archived').waitFor();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Readiness for Design' }).waitFor();
    expect(await page.getByRole('button', { name: /^Move to/ }).count()).toBe(0);

    await page.goto(`/w/${workspaceId}?status=archived`);
    await eventually(async () => {
      expect(await texts(page.getByRole('list', { name: 'Processes' }).getByRole('heading'))).toEqual(['Dialogue 21']);
    });
  });
});
