import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { linkInLastMailTo } from './support/mail';
import {
  callApi,
  eventually,
  newPage,
  person,
  seriousViolations,
  setUpDialogue,
  submitSignUp,
  texts,
  type Dialogue,
} from './support/helpers';

/**
 * The Selection tab (issue 3): a convener writes the selection criteria, completes the Do-No-Harm
 * self-assessment and invites two participants for two indispensable groups; one accepts with a new
 * account; the inclusion view shows who is there and flags the group still missing; the readiness
 * checklist for Acquaint shows the three gates.
 */
describe('a convener prepares who takes part', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let a: Page;
  const officer = person('Oumar Officer');
  const youth = person('Yasmine Youth');
  const links: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Grace Convener', []);
    a = dialogue.convener.page;
    const api = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`;
    const process = await callApi(a, 'GET', api);
    const moved = await callApi(a, 'POST', `${api}/transitions`, {
      toPhase: 'design',
      version: process.json.version,
      justification: 'The co-convener joins next week.',
    });
    expect(moved.status).toBe(201);
    for (const name of ['Police', 'Youth'])
      expect((await callApi(a, 'POST', `${api}/stakeholder-groups`, { name, indispensable: true })).status).toBe(201);
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('writes the selection criteria and a target for women', async () => {
    await a.goto(`${dialogue.processUrl}/selection`);
    await a.getByRole('heading', { level: 2, name: 'Selection criteria and diversity targets' }).waitFor();
    await a
      .getByRole('textbox', { name: 'Selection criteria', exact: true })
      .fill('One representative of each district police command and of each youth council.');
    await a.getByLabel('Minimum share of women (%)').fill('40');
    await a.getByRole('button', { name: 'Save criteria and targets' }).click();
    await a.getByText('Selection criteria saved.').waitFor();
  });

  it('answers every Do-No-Harm question and marks the assessment complete', async () => {
    const panel = a.getByRole('region', { name: 'Do-No-Harm self-assessment' });
    const questions = panel.locator('fieldset.dnh-question');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let index = 0; index < count; index += 1) {
      const question = questions.nth(index);
      await question.getByLabel('Medium risk').check();
      await question.getByRole('textbox').fill('Meetings in neutral venues; no attendance lists leave the room.');
    }
    await panel.getByRole('button', { name: 'Save answers' }).click();
    await panel.getByText('Answered, not yet marked complete').waitFor();
    await panel.getByRole('button', { name: 'Mark the assessment complete' }).click();
    await panel.getByText('Complete', { exact: true }).waitFor();
    await panel.getByText(/Marked complete by Grace Convener/).waitFor();
  });

  it('invites a participant for Police and one for Youth, whose links go out by e-mail', async () => {
    const panel = a.getByRole('region', { name: 'Invitations' });
    for (const [who, group] of [
      [officer, 'Police'],
      [youth, 'Youth'],
    ] as const) {
      await panel.getByLabel('E-mail address').fill(who.email);
      await panel.getByLabel('Role in the process').selectOption({ label: 'Participant' });
      await panel.getByLabel('Stakeholder group represented').selectOption({ label: `${group} (indispensable)` });
      await panel.getByRole('button', { name: 'Invite', exact: true }).click();
      await panel.getByText(`Invitation e-mailed to ${who.email}`).waitFor();
      links[who.email] = await linkInLastMailTo(who.email, '/invitations/');
    }
    await eventually(async () => {
      expect(await texts(panel.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem'))).toEqual([
        expect.stringContaining(`${youth.email} Participant representing Youth`),
        expect.stringContaining(`${officer.email} Participant representing Police`),
      ]);
    });
  });

  it('lets the officer create an account from the link and join the process as a participant', async () => {
    const opened = await newPage(browser);
    contexts.push(opened.context);
    const b = opened.page;
    await b.goto(links[officer.email]);
    await b.getByRole('heading', { level: 1, name: 'Join Water sharing dialogue in the Logone valley' }).waitFor();
    expect(await texts(b.locator('dl.facts'))).toEqual([expect.stringMatching(/Process.*Water sharing dialogue.*Your role.*Participant/)]);
    await b.getByRole('link', { name: 'Create an account' }).click();
    await submitSignUp(b, officer);
    await b.getByRole('button', { name: 'Accept and join Water sharing dialogue in the Logone valley' }).click();
    await b.waitForURL((url) => url.pathname === dialogue.processUrl);
    await b.getByText('Your role: Participant').waitFor();

    // The officer declares a profile; others never see it as an individual answer.
    await b.goto(`${dialogue.processUrl}/selection`);
    const mine = b.getByRole('region', { name: 'About you (optional)' });
    await mine.getByLabel('Gender').selectOption({ label: 'Man' });
    await mine.getByLabel('Joint assessment').check();
    await mine.getByRole('button', { name: 'Save my answers' }).click();
    await mine.getByText('Your answers are saved.').waitFor();
    expect(await b.getByRole('region', { name: 'Who is missing' }).count()).toBe(0);
    expect(await b.getByRole('region', { name: 'Do-No-Harm self-assessment' }).count()).toBe(0);
  });

  it('shows the convener who is active, flags the missing indispensable group and keeps small groups as “fewer than 5”', async () => {
    await a.goto(`${dialogue.processUrl}/selection`);
    const view = a.getByRole('region', { name: 'Who is missing' });
    await view.getByText('1 active participant.').waitFor();
    expect(await view.getByRole('note', { name: 'Missing indispensable groups' }).innerText()).toContain('Youth');
    const groups = view.getByRole('table', { name: 'By stakeholder group' });
    expect(await texts(groups.getByRole('row'))).toEqual([
      'Group Participants',
      'Police (indispensable) 1',
      'Youth (indispensable) 0: missing',
    ]);
    const gender = view.getByRole('table', { name: 'By gender' });
    expect(await texts(gender.getByRole('row'))).toContain('Men Fewer than 5');
    expect(await texts(view.getByRole('list', { name: 'Targets' }).getByRole('listitem'))).toEqual([
      expect.stringContaining('Not met: Every indispensable group represented'),
      expect.stringContaining('Not measurable: At least 40 % women'),
    ]);
    await view.getByText('1 of 5').waitFor();
  });

  it('has no serious accessibility problems on the Selection tab, and fits a 375 px wide screen', async () => {
    expect(await seriousViolations(a)).toEqual([]);
    await a.setViewportSize({ width: 375, height: 800 });
    expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await a.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the three Acquaint gates on the readiness checklist', async () => {
    await a.goto(dialogue.processUrl);
    await a.getByRole('heading', { name: 'Readiness for Acquaint' }).waitFor();
    expect(await texts(a.getByRole('list', { name: 'Checks for moving to Acquaint' }).getByRole('listitem'))).toEqual([
      expect.stringContaining('Met: Participant selection criteria written'),
      expect.stringContaining('Met: Do-No-Harm self-assessment done'),
      expect.stringMatching(/Not met: Every indispensable group has an active participant.*No active participant yet from: Youth/),
    ]);
  });
});
