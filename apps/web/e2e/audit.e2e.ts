import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { eventually, seriousViolations, setUpDialogue, texts, type Dialogue } from './support/helpers';

/** The audit trail: a convener reads the process's events, filters them and verifies the chain; the workspace owner reads all. */
describe('the audit trail', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let a: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Ines Convener', [{ name: 'Kofi Participant', role: 'participant' }]);
    a = dialogue.convener.page;
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('shows who did what in the process, filters by object and verifies the chain', async () => {
    await a.goto(dialogue.processUrl);
    await a.getByRole('link', { name: 'Audit trail' }).click();
    await a.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const rows = a.getByRole('table').locator('tbody tr');
    await eventually(async () => {
      expect(await rows.count()).toBe(2);
    });
    const all = await texts(rows);
    expect(all[0]).toContain('process member added');
    expect(all[0]).toContain('Ines Convener');
    expect(all[1]).toContain('process created');

    await a.getByLabel('Object').selectOption('process');
    await eventually(async () => {
      expect(await texts(rows)).toEqual([expect.stringContaining('process created')]);
    });

    await a.getByRole('button', { name: 'Verify chain' }).click();
    await a.getByText(/^Intact up to event \d+\.$/).waitFor();
    expect(await seriousViolations(a)).toEqual([]);
  });

  it('gives the workspace owner the whole workspace trail, filterable by process and person, usable at 375 px', async () => {
    await a.setViewportSize({ width: 375, height: 800 });
    await a.goto(`${dialogue.processUrl.split('/p/')[0]}/audit`);
    await a.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const rows = a.getByRole('table').locator('tbody tr');
    await eventually(async () => {
      expect(await texts(rows)).toContainEqual(expect.stringContaining('workspace created'));
    });
    await a.getByLabel('Person').selectOption({ label: 'Kofi Participant' });
    await eventually(async () => {
      expect(await texts(rows)).toEqual([expect.stringContaining('invitation accepted')]);
    });
    await a.getByLabel('Person').selectOption('');
    await a.getByLabel('Process').selectOption({ index: 1 });
    await eventually(async () => {
      const shown = await texts(rows);
      expect(shown.length).toBe(2);
      expect(shown.every((text) => !text.includes('workspace created'))).toBe(true);
    });
    const overflow = await a.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(a)).toEqual([]);
  });
});
