import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, seriousViolations, setUpDialogue, texts, type Dialogue } from './support/helpers';

/** The Initiate tab: key questions with risk, champions, hosts, reality check; a group's own checklist, shared with the conveners. */
describe('the initiators decide and get the process started', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let a: Page;
  let police: Page;
  let youth: Page;
  let secretariat: Page;
  let initiateUrl = '';

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Grace Convener', [
      { name: 'Hamid Police', role: 'participant' },
      { name: 'Ines Youth', role: 'participant' },
      { name: 'Sam Secretariat', role: 'secretariat' },
    ]);
    a = dialogue.convener.page;
    [police, youth, secretariat] = dialogue.members.map((member) => member.page);
    initiateUrl = `${dialogue.processUrl}/initiate`;
    const base = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`;
    for (const [name, member] of [
      ['Police', dialogue.members[0]],
      ['Youth', dialogue.members[1]],
    ] as const) {
      const group = await callApi(a, 'POST', `${base}/stakeholder-groups`, { name });
      await callApi(a, 'PUT', `${base}/members/${member.userId}/group`, { stakeholderGroupId: group.json.id });
    }
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('rates the key questions for initiators and shows the highest risk', async () => {
    await a.goto(dialogue.processUrl);
    await a.getByRole('link', { name: 'Initiate' }).click();
    await a.getByRole('heading', { level: 2, name: 'Key questions for initiators' }).waitFor();
    await a.getByText('Highest risk: not assessed').first().waitFor();
    const necessity = a.getByRole('group', { name: /Is a multi-stakeholder approach necessary\?/ });
    await necessity.getByLabel('Risk').selectOption({ label: 'Low risk' });
    await necessity.getByLabel('Notes').fill('Advocacy alone has not moved the ministry in five years.');
    const harm = a.getByRole('group', { name: /unintended negative consequences/ });
    await harm.getByLabel('Risk').selectOption({ label: 'High risk' });
    await harm.getByLabel('Notes').fill('Named informants could be targeted; keep the participant list confidential.');
    await a.getByRole('button', { name: 'Save the key questions' }).click();
    await a.getByText('The key questions were saved.').waitFor();
    await a.getByText('2 of 5 questions rated').waitFor();
    // The summary at the top follows.
    await a.getByRole('region', { name: 'Deciding and initiating' }).getByText('Highest risk: high').waitFor();
  });

  it('records a champion, co-hosts and the core group', async () => {
    const champions = a.getByRole('region', { name: 'Process champions' });
    await champions.getByLabel(/^Name/).fill('Amina Diallo');
    await champions.getByLabel('Organisation or role').fill('UNDP country office, governance adviser');
    await champions.getByLabel('Why they matter').fill('Trusted by the police command and by the women’s network');
    await champions.getByRole('button', { name: 'Add champion' }).click();
    await champions.getByText('The champion was added.').waitFor();
    expect(await texts(champions.getByRole('list', { name: 'Process champions' }).locator(':scope > li'))).toEqual([
      expect.stringContaining('Amina Diallo UNDP country office, governance adviser'),
    ]);

    const hosting = a.getByRole('region', { name: 'Convener and hosts' });
    await hosting.getByLabel(/^Co-hosts/).check();
    await hosting.getByLabel(/^Hosts/).fill('Ministry of Interior');
    await hosting.getByRole('button', { name: 'Save the host arrangement' }).click();
    await hosting.getByText('Co-hosts needs at least two hosts.').waitFor();
    await hosting.getByLabel(/^Hosts/).fill('Ministry of Interior\nWomen’s Peace Network');
    await hosting.getByRole('button', { name: 'Save the host arrangement' }).click();
    await hosting.getByText('The host arrangement was saved.').waitFor();

    const core = a.getByRole('region', { name: 'Core group', exact: true });
    await core.getByLabel(/^Name/).fill('Col. Jean Mbarga');
    await core.getByLabel(/^Organisation/).fill('District Police');
    await core.getByRole('button', { name: 'Add core group member' }).click();
    await core.getByText('The core group member was added.').waitFor();
  });

  it('estimates the cost, records funding and shows the gap per currency', async () => {
    const costs = a.getByRole('region', { name: 'Cost estimate' });
    for (const [item, amount] of [
      ['Venue hire, four plenaries', '4000'],
      ['Interpreters', '0.30'],
    ]) {
      await costs.getByLabel(/^Item/).fill(item);
      await costs.getByLabel(/^Amount/).fill(amount);
      await costs.getByRole('button', { name: 'Add cost line' }).click();
      await costs.getByText('The cost line was added.').waitFor();
      await costs.getByRole('listitem').filter({ hasText: item }).waitFor();
    }
    await costs.getByLabel(/^Amount/).fill('12.345');
    await costs.getByLabel(/^Item/).fill('Rounding error');
    await costs.getByRole('button', { name: 'Add cost line' }).click();
    await costs.getByText(/Use a number of at most 12 digits with up to 2 decimals/).waitFor();

    const funding = a.getByRole('region', { name: 'Funding sources' });
    await funding.getByLabel(/^Funder/).fill('Peacebuilding Fund');
    await funding.getByLabel(/^Amount/).fill('2500');
    await funding.getByLabel('Status').selectOption({ label: 'Secured' });
    await funding.getByRole('button', { name: 'Add funding source' }).click();
    await funding.getByText('The funding source was added.').waitFor();

    const position = a.getByRole('table', { name: 'Funding position per currency' });
    await position.getByText('US$1,500.30 missing').first().waitFor();
    expect(await texts(position.locator('tbody tr'))).toEqual([
      'USD US$4,000.30 US$2,500.00 US$0.00 US$1,500.30 missing US$1,500.30 missing',
    ]);
    await a.getByRole('region', { name: 'Deciding and initiating' }).getByText('Funding gap: US$1,500.30 missing').waitFor();

    await a.getByLabel('How to proceed should expected resources fall short').fill('Hold two of the four plenaries online.');
    await a.getByRole('button', { name: 'Save the contingency plan' }).click();
    await a.getByText('The contingency plan was saved.').waitFor();
  });

  it('has no serious accessibility problems on the Initiate tab', async () => {
    expect(await seriousViolations(a)).toEqual([]);
  });

  it('lets a group answer its own checklist and share it; the conveners read it only once shared', async () => {
    const checklists = a.getByRole('region', { name: 'Potential participants’ checklists' });
    await checklists.getByText('0 of 2 groups shared their checklist.').waitFor();

    await police.goto(dialogue.processUrl);
    expect(await police.getByRole('link', { name: 'Initiate' }).count()).toBe(0);
    await police.getByRole('link', { name: 'Our checklist' }).click();
    await police.getByRole('heading', { name: 'Our checklist: Police' }).waitFor();
    await police
      .getByLabel('How might the multi-stakeholder process meet your organisational interests and goals?')
      .fill('Fewer roadblock extortion cases.');
    await police.getByLabel('Where does your organisation stand?').selectOption({ label: 'We would join on conditions' });
    await police.getByRole('button', { name: 'Save our checklist' }).click();
    await police.getByText('Your group’s checklist was saved. It is not shared.').waitFor();
    expect(await seriousViolations(police)).toEqual([]);

    await a.reload();
    await checklists.getByText('0 of 2 groups shared their checklist.').waitFor();
    expect(await checklists.getByRole('button', { name: /Read/ }).count()).toBe(0);

    await police.getByLabel('Share our answers with the conveners and facilitators').check();
    await police.getByRole('button', { name: 'Save our checklist' }).click();
    await police.getByText('Your group’s checklist was saved and is shared with the conveners.').waitFor();

    await youth.goto(`${dialogue.processUrl}/checklist`);
    await youth.getByRole('heading', { name: 'Our checklist: Youth' }).waitFor();
    expect(await youth.getByText('Fewer roadblock extortion cases.').count()).toBe(0);

    await a.reload();
    await checklists.getByText('1 of 2 groups shared their checklist.').waitFor();
    await checklists.getByRole('button', { name: 'Read the checklist of Police' }).click();
    await checklists.getByText('Fewer roadblock extortion cases.').waitFor();
  });

  it('shows the secretariat the reality check only, read-only', async () => {
    await secretariat.goto(initiateUrl);
    await secretariat.getByRole('heading', { level: 2, name: 'Reality check' }).waitFor();
    await secretariat.getByText('Hold two of the four plenaries online.').waitFor();
    expect(await secretariat.getByRole('heading', { name: 'Key questions for initiators' }).count()).toBe(0);
    expect(await secretariat.getByRole('button', { name: 'Add cost line' }).count()).toBe(0);
  });

  it('fits the Initiate tab on a 375-pixel-wide phone', async () => {
    await a.setViewportSize({ width: 375, height: 740 });
    await a.goto(initiateUrl);
    await a.getByRole('table', { name: 'Funding position per currency' }).waitFor();
    expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
