import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, eventually, seriousViolations, setUpDialogue, texts, type Dialogue } from './support/helpers';

/** The Agreements tab: ground rules from the sample list, an accountability entry, grievance procedure, confidentiality. */
describe('the group records its agreements', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let a: Page;
  let p: Page;
  let agreementsUrl = '';

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Nadia Convener', [
      { name: 'Oscar Participant', role: 'participant' },
      { name: 'Rose Participant', role: 'participant' },
    ]);
    a = dialogue.convener.page;
    p = dialogue.members[0].page;
    agreementsUrl = `${dialogue.processUrl}/agreements`;
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('adds the sample ground rules and adopts three of them with a recorded decision', async () => {
    await a.goto(dialogue.processUrl);
    await a.getByRole('link', { name: 'Agreements' }).click();
    await a.getByRole('heading', { level: 2, name: 'Ground rules' }).waitFor();
    await a.getByText('No ground rules yet').waitFor();
    await a.getByRole('button', { name: 'Add the sample rules' }).click();
    await a.getByText('The sample rules were added as proposals.').waitFor();
    const rules = a.getByRole('list', { name: 'Ground rules' }).locator(':scope > li');
    await eventually(async () => {
      expect(await rules.count()).toBe(7);
    });
    expect(await a.getByRole('button', { name: 'Add the sample rules' }).count()).toBe(0);
    await a.getByLabel('Listen to each other').check();
    await a.getByLabel('Respectful behaviour').check();
    await a.getByLabel('Commit to staying involved in the process').check();
    await a.getByLabel(/^Decision/).fill('Adopted by consensus at the first plenary');
    await a.getByRole('button', { name: 'Adopt the selected rules (3)' }).click();
    await a.getByText('3 rules were adopted.').waitFor();
    const all = await texts(rules);
    expect(all.filter((text) => text.includes('Adopted'))).toHaveLength(3);
    expect(all.find((text) => text.startsWith('Listen to each other'))).toContain('Decision: Adopted by consensus at the first plenary');
  });

  it('amends an adopted rule, keeping its history, and retires another after confirming', async () => {
    await a.getByRole('button', { name: 'Amend “Respectful behaviour”' }).click();
    await a.getByLabel('New text of the rule').fill('Respectful behaviour, in words and in writing');
    await a.getByLabel('Note (optional)').fill('Agreed at the second plenary');
    await a.getByRole('button', { name: 'Save amendment' }).click();
    await a.getByText('The rule was amended; its earlier text is kept in its history.').waitFor();
    const rule = a.getByRole('list', { name: 'Ground rules' }).locator(':scope > li').filter({ hasText: 'Respectful behaviour, in words' });
    await rule.getByText(/^History/).click();
    await rule.getByText('“Respectful behaviour”').first().waitFor();
    await rule.getByText('Note: Agreed at the second plenary').waitFor();

    await a.getByRole('button', { name: 'Retire “Commit to staying involved in the process”' }).click();
    const dialog = a.getByRole('dialog', { name: 'Retire this rule?' });
    await dialog.getByRole('button', { name: 'Retire rule' }).click();
    await dialog.getByText('Say why the rule is retired.').waitFor();
    await dialog.getByLabel('Note').fill('Covered by the charter now');
    await dialog.getByRole('button', { name: 'Retire rule' }).click();
    await dialog.waitFor({ state: 'detached' });
    await a.getByText('The rule was retired.').waitFor();
  });

  it('lets a participant propose a rule but not adopt or add samples', async () => {
    await p.goto(agreementsUrl);
    await p.getByRole('heading', { level: 2, name: 'Ground rules' }).waitFor();
    await p.getByRole('list', { name: 'Ground rules' }).waitFor();
    expect(await p.getByRole('button', { name: /^Adopt the selected/ }).count()).toBe(0);
    expect(await p.getByRole('button', { name: /^Amend/ }).count()).toBe(0);
    await p.getByLabel(/^Rule/).fill('Speak for yourself, not for others');
    await p.getByRole('button', { name: 'Propose rule' }).click();
    await p.getByText('Your rule was proposed.').waitFor();
    expect(await p.getByRole('button', { name: 'Save grievance procedure' }).count()).toBe(0);
    expect(await p.getByRole('button', { name: /^Edit the entry/ }).count()).toBe(0);
  });

  it('lets a participant discuss a rule, and the convener read the discussion', async () => {
    await p.goto(agreementsUrl);
    const discussion = p.getByText('Discussion', { exact: false }).filter({ hasText: 'Speak for yourself, not for others' }).first();
    await discussion.click();
    await p.getByLabel('Your comment').fill('Some of us speak for two institutions; can we say so?');
    await p.getByRole('button', { name: 'Add comment' }).click();
    await p.getByText('Some of us speak for two institutions; can we say so?').waitFor();

    await a.goto(agreementsUrl);
    await a.getByText('Discussion', { exact: false }).filter({ hasText: 'Speak for yourself, not for others' }).first().click();
    await a.getByText('Some of us speak for two institutions; can we say so?').waitFor();
    expect(await a.getByText('Oscar Participant', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('saves an accountability entry, shown in the table, the picture and the missing count', async () => {
    const oscar = dialogue.members[0].who.name;
    await a.goto(agreementsUrl);
    const table = a.getByRole('table', { name: 'Accountability and report-back schedule' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    await a.getByText('2 of 2 participants have no complete entry yet.').waitFor();
    await a.getByRole('button', { name: `Edit the entry of ${oscar}` }).click();
    const dialog = a.getByRole('dialog', { name: `Accountability of ${oscar}` });
    await dialog.getByLabel('Accountable to').fill('Logone Farmers’ Union, executive board');
    await dialog.getByLabel('Constituency').fill('Upstream rice farmers');
    await dialog.getByLabel('Channel').fill('Village assembly');
    await dialog.getByLabel('Frequency').selectOption('monthly');
    // A date and a time on the process's clock (Douala): the time is kept, not cut to a UTC day.
    await dialog.getByLabel('Last reported (optional)').fill('2026-11-02T00:30');
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await dialog.waitFor({ state: 'detached' });
    await a.getByText(`The entry of ${oscar} was saved.`).waitFor();
    await a.getByText('1 of 2 participants have no complete entry yet.').waitFor();
    const row = await texts(table.locator('tbody tr').filter({ hasText: oscar }));
    expect(row[0]).toContain('Upstream rice farmers');
    expect(row[0]).toContain('Monthly');
    expect(await texts(a.getByRole('list', { name: 'Participants reporting to Upstream rice farmers' }).getByRole('listitem'))).toEqual([
      oscar,
    ]);
    const entries = (await callApi(a, 'GET', `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/accountability`))
      .json;
    const saved = entries.items.find((item: { displayName: string }) => item.displayName === oscar);
    expect(saved.lastReportedAt).toBe('2026-11-01T23:30:00.000Z');

    // Editing something else keeps the time of the last report as it was.
    await a.getByRole('button', { name: `Edit the entry of ${oscar}` }).click();
    expect(await dialog.getByLabel('Last reported (optional)').inputValue()).toBe('2026-11-02T00:30');
    await dialog.getByLabel('Channel').fill('Village assembly and radio');
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await dialog.waitFor({ state: 'detached' });
    const again = (await callApi(a, 'GET', `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/accountability`))
      .json;
    expect(again.items.find((item: { displayName: string }) => item.displayName === oscar).lastReportedAt).toBe('2026-11-01T23:30:00.000Z');
  });

  it('saves the grievance procedure', async () => {
    await a.getByLabel('Who handles grievances').fill('The facilitator, with two participants chosen by lot');
    await a.getByLabel('Days to acknowledge').fill('10');
    await a.getByLabel('Days to respond').fill('5');
    await a.getByLabel('Escalation path').fill('The steering committee, then the ombudsman');
    await a.getByLabel(/^Appeal/).fill('Within 30 days, to the steering committee');
    await a.getByRole('button', { name: 'Save grievance procedure' }).click();
    await a.getByText('Responding cannot take less time than acknowledging.').waitFor();
    await a.getByLabel('Days to respond').fill('30');
    await a
      .getByLabel('Inactive participants')
      .fill('After three missed meetings, the facilitator asks the constituency for a replacement.');
    await a.getByRole('button', { name: 'Save grievance procedure' }).click();
    await a.getByText('Grievance procedure saved.').waitFor();
  });

  it('saves the confidentiality regime under the Chatham House Rule', async () => {
    const chatham = a.getByRole('radio', { name: /Chatham House Rule/ });
    await a.getByText('may never reveal who said it').waitFor();
    await chatham.check();
    await a.getByLabel('Who may speak to the press').fill('Only the convener');
    await a.getByLabel('External communication').fill('Joint statements only, approved by the plenary.');
    await a.getByRole('button', { name: 'Save confidentiality' }).click();
    await a.getByText('Confidentiality regime saved.').waitFor();
    await a.reload();
    await eventually(async () => {
      expect(await a.getByRole('radio', { name: /Chatham House Rule/ }).isChecked()).toBe(true);
    });
    expect(await a.getByLabel('Days to respond').inputValue()).toBe('30');
  });

  it('shows the participant what was agreed, read-only', async () => {
    await p.reload();
    await p.getByText('Only the convener').waitFor();
    await p.getByText('Within 30 days, to the steering committee').waitFor();
    await p.getByText('Chatham House Rule', { exact: true }).waitFor();
  });

  it('has no serious accessibility problems on the Agreements tab', async () => {
    expect(await seriousViolations(a)).toEqual([]);
    expect(await seriousViolations(p)).toEqual([]);
  });

  it('fits the Agreements tab on a 375-pixel-wide phone', async () => {
    await a.setViewportSize({ width: 375, height: 740 });
    await a.reload();
    await a.getByRole('table', { name: 'Accountability and report-back schedule' }).waitFor();
    expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
