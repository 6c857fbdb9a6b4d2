import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { lastMailTo } from './support/mail';
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

const PROCESS_TITLE = 'Water sharing dialogue in the Logone valley';

/**
 * The app tells people what to do next: a convener invites a newcomer to a dialogue by e-mail; the newcomer
 * opens the link in the mail, creates an account, finds the charter to sign on their home page, signs it, and
 * the convener hears of the signature through the bell.
 */
describe('reaching people', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let convener: Page;
  let newcomer: Page;
  const nadia = person('Nadia Newcomer');
  let invitationPath = '';

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Ravi Convener', []);
    convener = dialogue.convener.page;
    const api = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`;
    expect((await callApi(convener, 'POST', `${api}/stakeholder-groups`, { name: 'Traders', indispensable: true })).status).toBe(201);
    let version = (await callApi(convener, 'POST', `${api}/charter/versions`, {})).json;
    version = (await callApi(convener, 'POST', `${api}/charter/versions/${version.id as string}/propose`, { version: version.version }))
      .json;
    const adopted = await callApi(convener, 'POST', `${api}/charter/versions/${version.id as string}/adopt`, { version: version.version });
    expect(adopted.status).toBe(200);
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('invites the newcomer from the Selection tab; the e-mail carries the link, the screen says it was sent', async () => {
    await convener.goto(`${dialogue.processUrl}/selection`);
    const panel = convener.getByRole('region', { name: 'Invitations' });
    await panel.getByLabel('E-mail address').fill(nadia.email);
    await panel.getByLabel('Role in the process').selectOption({ label: 'Participant' });
    await panel.getByLabel('Stakeholder group represented').selectOption({ label: 'Traders (indispensable)' });
    await panel.getByRole('button', { name: 'Invite', exact: true }).click();
    await panel.getByText(`Invitation e-mailed to ${nadia.email}`).waitFor();
    expect(await panel.getByLabel('Invitation link').count()).toBe(0);

    const mail = await lastMailTo(nadia.email);
    expect(mail.subject).toContain(PROCESS_TITLE);
    expect(mail.text).toContain('Ravi Convener');
    const link = mail.links.find((candidate) => candidate.includes('/invitations/')) as string;
    invitationPath = new URL(link).pathname;
    await eventually(async () => {
      expect(await texts(panel.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem'))).toEqual([
        expect.stringMatching(/E-mail sent/),
      ]);
    }, 15_000);
    expect(await seriousViolations(convener)).toEqual([]);
  });

  it('lets the newcomer open the mailed link, create an account and join the dialogue', async () => {
    const opened = await newPage(browser);
    contexts.push(opened.context);
    newcomer = opened.page;
    await newcomer.goto(invitationPath);
    await newcomer.getByRole('heading', { level: 1, name: `Join ${PROCESS_TITLE}` }).waitFor();
    await newcomer.getByRole('link', { name: 'Create an account' }).click();
    expect(await newcomer.getByLabel('E-mail address').inputValue()).toBe(nadia.email);
    await submitSignUp(newcomer, nadia);
    await newcomer.getByRole('button', { name: `Accept and join ${PROCESS_TITLE}` }).click();
    await newcomer.waitForURL((url) => url.pathname === dialogue.processUrl);
    await newcomer.getByText('Your role: Participant').waitFor();
  });

  it('shows the charter to sign on the newcomer’s home page, and leads to it', async () => {
    await newcomer.goto('/');
    await newcomer.getByRole('heading', { level: 1, name: 'What I need to do' }).waitFor();
    // The heading is drawn before the home page's data arrives: wait for the section, then read it.
    await newcomer.getByRole('heading', { level: 2, name: 'Charters waiting for your signature (1)' }).waitFor();
    const charters = newcomer.getByRole('list', { name: 'Charters waiting for your signature' }).locator(':scope > li');
    expect(await texts(charters)).toEqual([expect.stringContaining('Sign Charter version 1')]);
    expect(await seriousViolations(newcomer)).toEqual([]);
    await newcomer.getByRole('link', { name: 'Sign Charter version 1' }).click();
    await newcomer.waitForURL((url) => url.pathname === `${dialogue.processUrl}/charter`);
  });

  it('signs the charter after confirming', async () => {
    const panel = newcomer.getByRole('region', { name: 'Your signature' });
    await panel.getByRole('button', { name: 'Sign', exact: true }).click();
    const dialog = newcomer.getByRole('dialog', { name: 'Sign version 1 of the charter?' });
    await dialog.getByRole('button', { name: 'Sign the charter' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText(/^You signed version 1/).waitFor();
    await newcomer.goto('/');
    await newcomer.getByRole('heading', { level: 1, name: 'What I need to do' }).waitFor();
    expect(await newcomer.getByRole('list', { name: 'Charters waiting for your signature' }).count()).toBe(0);
  });

  it('tells the convener of the signature through the bell', async () => {
    await convener.goto(dialogue.processUrl);
    await convener.getByRole('link', { name: /^Notifications, \d+ unread$/ }).click();
    await convener.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await convener.getByText(`${nadia.name} signed version 1 of the charter.`).waitFor();
    expect(await seriousViolations(convener)).toEqual([]);
  });
});
