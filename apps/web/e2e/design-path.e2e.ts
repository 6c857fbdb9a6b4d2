import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { linkInLastMailTo } from './support/mail';
import { eventually, newPage, person, seriousViolations, setUpDialogue, submitSignUp, texts, type Dialogue } from './support/helpers';

const STAKEHOLDERS = [
  { name: 'Logone women’s network', group: "Women's organisations", influence: '3', interest: '5', stance: 'Supportive' },
  { name: 'District police command', group: 'Police', influence: '5', interest: '2', stance: 'Neutral' },
  { name: 'Logone youth council', group: 'Youth', influence: '2', interest: '5', stance: 'Opposed' },
  { name: 'Chief of Zina', group: 'Traditional and religious leaders', influence: '4', interest: '4', stance: 'Unknown' },
  { name: 'Ministry of Water', group: 'Government', influence: '5', interest: '4', stance: 'Supportive' },
] as const;

/**
 * Issue 3's main path through the Design phase, all in the browser: the convener marks two groups
 * indispensable, maps five stakeholders, approaches a prospect and consults them, invites them from their
 * page and someone else from the Selection tab; the prospect accepts with a new account and becomes
 * active; the inclusion view flags the indispensable group still without an active participant.
 */
describe('a convener designs the process from the map to the invitations', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let a: Page;
  const amina = person('Amina Diallo');
  const officer = person('Oumar Officer');
  let aminaLink = '';

  const openTab = async (name: string) => {
    await a.getByRole('navigation', { name: 'Process sections' }).getByRole('link', { name, exact: true }).click();
  };

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Grace Convener', []);
    a = dialogue.convener.page;
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('adds the starter list of stakeholder groups and marks Women’s organisations and Police indispensable', async () => {
    await a.goto(dialogue.processUrl);
    await openTab('Members');
    const groups = a.getByRole('region', { name: 'Stakeholder groups' });
    await groups.getByRole('button', { name: 'Add the starter list' }).click();
    await groups.getByText('The starter list was added.').waitFor();
    for (const name of ["Women's organisations", 'Police']) {
      await groups.getByLabel(`Indispensable: ${name}`).check();
      await groups.getByText(`${name} is now indispensable.`).waitFor();
    }
    await eventually(async () => {
      const note = await groups.getByRole('note').innerText();
      expect(note).toContain("Women's organisations");
      expect(note).toContain('Police');
    });
  });

  it('maps five stakeholders through the register form', async () => {
    await openTab('Stakeholders');
    await a.getByRole('heading', { name: 'Stakeholder register' }).waitFor();
    for (const stakeholder of STAKEHOLDERS) {
      await a.getByRole('button', { name: 'Add stakeholder' }).click();
      const dialog = a.getByRole('dialog', { name: 'Add a stakeholder' });
      await dialog.getByLabel('Name').fill(stakeholder.name);
      await dialog.getByLabel('Stakeholder group').selectOption({ label: stakeholder.group });
      await dialog.getByLabel('Influence').selectOption(stakeholder.influence);
      await dialog.getByLabel('Interest').selectOption(stakeholder.interest);
      await dialog.getByLabel('Stance towards the process').selectOption({ label: stakeholder.stance });
      await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
      await a.getByText(`${stakeholder.name} was added to the register.`).waitFor();
    }
    await eventually(async () => {
      expect(await a.locator('tbody tr').count()).toBe(5);
    });
  });

  it('adds a prospect who would represent the women’s network and logs a consultation with her', async () => {
    await a.getByRole('navigation', { name: 'Stakeholder mapping' }).getByRole('link', { name: 'Prospects' }).click();
    await a.getByRole('button', { name: 'Add prospect' }).click();
    const dialog = a.getByRole('dialog', { name: 'Add a prospective participant' });
    await dialog.getByLabel('Name').fill(amina.name);
    await dialog.getByLabel('Would represent').selectOption({ label: 'Logone women’s network' });
    await dialog.getByLabel('E-mail address').fill(amina.email);
    await dialog.getByRole('button', { name: 'Add prospect' }).click();
    await a.getByRole('heading', { level: 2, name: amina.name }).waitFor();

    const log = a.getByRole('form', { name: 'Log a consultation' });
    await log.getByLabel('Date').fill('2026-01-20');
    await log.getByLabel('How').selectOption({ label: 'Meeting' });
    await log.getByLabel('Interest in taking part').selectOption({ label: 'High' });
    await log.getByLabel('Concerns').fill('Fears being seen with the police.');
    await log.getByRole('button', { name: 'Log consultation' }).click();
    await a.getByText(`The consultation was logged; ${amina.name} is now consulted.`).waitFor();
  });

  it('invites the prospect from her page with her address filled in, and e-mails her the link', async () => {
    await a.getByRole('button', { name: 'Invite to the process' }).click();
    const form = a.getByRole('form', { name: `Invite ${amina.name} to the process` });
    expect(await form.getByLabel('E-mail address').inputValue()).toBe(amina.email);
    await form.getByLabel('Role in the process').selectOption({ label: 'Participant' });
    await form.getByLabel('Stakeholder group represented').selectOption({ label: "Women's organisations (indispensable)" });
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await a.getByText(`Invitation e-mailed to ${amina.email}`).waitFor();
    aminaLink = await linkInLastMailTo(amina.email, '/invitations/');
    await a.getByRole('region', { name: amina.name }).getByText('Status: Invited').waitFor();
    expect(await seriousViolations(a)).toEqual([]);
  });

  it('invites a police officer from the Selection tab, and lists both invitations, naming the prospect', async () => {
    await openTab('Selection');
    const panel = a.getByRole('region', { name: 'Invitations' });
    await panel.getByLabel('E-mail address').fill(officer.email);
    await panel.getByLabel('Role in the process').selectOption({ label: 'Participant' });
    await panel.getByLabel('Stakeholder group represented').selectOption({ label: 'Police (indispensable)' });
    await panel.getByRole('button', { name: 'Invite', exact: true }).click();
    await panel.getByText(`Invitation e-mailed to ${officer.email}`).waitFor();
    await eventually(async () => {
      expect(await texts(panel.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem'))).toEqual([
        expect.stringContaining(`${officer.email} Participant representing Police`),
        expect.stringContaining(`${amina.email} Participant representing Women's organisations · prospect ${amina.name}`),
      ]);
    });
  });

  it('lets the prospect create an account from her link and join the process', async () => {
    const opened = await newPage(browser);
    contexts.push(opened.context);
    const b = opened.page;
    await b.goto(aminaLink);
    await b.getByRole('heading', { level: 1, name: 'Join Water sharing dialogue in the Logone valley' }).waitFor();
    await b.getByRole('link', { name: 'Create an account' }).click();
    await submitSignUp(b, amina);
    await b.getByRole('button', { name: 'Accept and join Water sharing dialogue in the Logone valley' }).click();
    await b.waitForURL((url) => url.pathname === dialogue.processUrl);
    await b.getByText('Your role: Participant').waitFor();
  });

  it('shows the convener the prospect as active', async () => {
    await openTab('Stakeholders');
    await a.getByRole('navigation', { name: 'Stakeholder mapping' }).getByRole('link', { name: 'Prospects' }).click();
    await a.getByRole('link', { name: amina.name }).click();
    await a.getByRole('heading', { level: 2, name: amina.name }).waitFor();
    await a.getByRole('region', { name: amina.name }).getByText('Status: Active').waitFor();
    expect(await a.getByRole('button', { name: 'Invite to the process' }).count()).toBe(0);
  });

  it('flags Police, indispensable and without an active participant, in the inclusion view, with no serious accessibility problems', async () => {
    await openTab('Selection');
    const view = a.getByRole('region', { name: 'Who is missing' });
    await view.getByText('1 active participant.').waitFor();
    const missing = await view.getByRole('note', { name: 'Missing indispensable groups' }).innerText();
    expect(missing).toContain('Police');
    expect(missing).not.toContain('Women');
    const groups = await texts(view.getByRole('table', { name: 'By stakeholder group' }).getByRole('row'));
    expect(groups).toEqual(expect.arrayContaining(["Women's organisations (indispensable) 1", 'Police (indispensable) 0: missing']));
    expect(await seriousViolations(a)).toEqual([]);
  });
});
