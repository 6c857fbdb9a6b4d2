import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { seedCharterAndPlan } from './support/seed';
import { eventually, newPage, person, seriousViolations, setUpDialogue, signUp, texts, type Dialogue } from './support/helpers';

/**
 * "What I need to do", the first page after signing in: a participant finds the charter to sign and the
 * action they hold (the overdue one first, marked in words) and follows a link; a newcomer is told how to begin.
 */
describe('the home page: what I need to do', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let p: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Hawa Convener', [{ name: 'Yusuf Participant', role: 'participant' }]);
    await seedCharterAndPlan(dialogue, { approvePlan: true });
    p = dialogue.members[0].page;
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('shows the participant, after signing in, the charter to sign and the actions they hold, overdue first', async () => {
    await p.getByRole('button', { name: 'Sign out' }).click();
    await p.waitForURL((url) => url.pathname === '/sign-in');
    await p.getByLabel('E-mail address').fill(dialogue.members[0].who.email);
    await p.getByLabel('Password').fill(dialogue.members[0].who.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.waitForURL((url) => url.pathname === '/');
    await p.getByRole('heading', { level: 1, name: 'What I need to do' }).waitFor();

    await p.getByRole('heading', { level: 2, name: 'Charters waiting for your signature (1)' }).waitFor();
    const charters = p.getByRole('list', { name: 'Charters waiting for your signature' }).locator(':scope > li');
    expect(await texts(charters)).toEqual([expect.stringContaining('Sign Charter version 1')]);
    expect(await texts(charters)).toEqual([expect.stringContaining('Water sharing dialogue in the Logone valley')]);

    await p.getByRole('heading', { level: 2, name: 'Actions you hold (2)' }).waitFor();
    const actions = p.getByRole('list', { name: 'Actions you hold' }).locator(':scope > li');
    const rows = await texts(actions);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Count the trucks at the border');
    expect(rows[0]).toContain('Overdue');
    expect(rows[1]).toContain('Repair the Kousseri bridge');
    expect(rows[1]).not.toContain('Overdue');

    // The sections with nothing in them are listed together, below those that hold something.
    expect(await texts(p.getByRole('list', { name: 'Nothing waiting here' }).locator(':scope > li'))).toEqual([
      'No checklist waits for your stakeholder group.',
      'No report-back is due in the next 30 days.',
      'No invitation is waiting for your e-mail address.',
      'No meeting invitation waits for your answer.',
      'No minutes wait for your review.',
    ]);
    await p.getByRole('heading', { level: 2, name: 'Your workspaces' }).waitFor();
    await p.getByRole('link', { name: 'Hawa Convener’s forum' }).waitFor();
    expect(await seriousViolations(p)).toEqual([]);
  });

  it('follows the link to the charter, where the participant can sign it', async () => {
    await p.getByRole('link', { name: 'Sign Charter version 1' }).click();
    await p.waitForURL((url) => url.pathname === `${dialogue.processUrl}/charter`);
    await p.getByRole('button', { name: 'Sign', exact: true }).waitFor();
  });

  it('follows the link to an action it lists', async () => {
    await p.goto('/');
    await p.getByRole('link', { name: 'Count the trucks at the border' }).click();
    await p.waitForURL(new RegExp(`${dialogue.processUrl}/plan/[0-9a-f-]+/actions/[0-9a-f-]+$`));
    await p.getByRole('heading', { level: 2, name: 'Count the trucks at the border' }).waitFor();
  });

  it('fits on a 375-pixel-wide phone without sideways scrolling', async () => {
    await p.setViewportSize({ width: 375, height: 800 });
    await p.goto('/');
    await p.getByRole('heading', { level: 2, name: 'Actions you hold (2)' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('tells a brand-new person how to create or join a workspace, and what will appear here', async () => {
    const opened = await newPage(browser, { width: 375, height: 800 });
    contexts.push(opened.context);
    const newcomer = opened.page;
    await signUp(newcomer, person('Nadia Newcomer'));
    await newcomer.getByRole('heading', { level: 1, name: 'What I need to do' }).waitFor();
    await newcomer.getByText('You are not part of a workspace yet').waitFor();
    await eventually(async () => {
      expect(await newcomer.getByText(/open the invitation link a colleague sent you/).isVisible()).toBe(true);
    });
    await newcomer.getByRole('heading', { level: 2, name: 'Create your first workspace' }).waitFor();
    expect(await newcomer.getByLabel('Workspace name').isVisible()).toBe(true);
    expect(await newcomer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(newcomer)).toEqual([]);
  });
});
