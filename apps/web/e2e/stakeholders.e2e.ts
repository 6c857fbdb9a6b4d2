import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, seriousViolations, setUpDialogue, type Dialogue } from './support/helpers';

/** The Members tab: stakeholder groups from the starter list, an indispensable group, whom a participant represents. */
describe('the convener maps who represents which group', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let a: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Grace Convener', [
      { name: 'Hamid Participant', role: 'participant' },
      { name: 'Ines Alternate', role: 'participant' },
    ]);
    a = dialogue.convener.page;
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('adds the starter list, marks Police indispensable, and clears the warning once a participant represents it', async () => {
    await a.goto(`${dialogue.processUrl}/members`);
    await a.getByRole('heading', { name: 'Stakeholder groups' }).waitFor();
    await a.getByRole('button', { name: 'Add the starter list' }).click();
    const groups = a.getByRole('list', { name: 'Stakeholder groups' });
    await groups.getByText('Traditional and religious leaders', { exact: true }).waitFor();
    await a.getByLabel('Indispensable: Police').check();
    await a.getByText('Not represented:').waitFor();
    expect(await a.getByRole('note').innerText()).toContain('Police');

    await a.getByLabel('Stakeholder group of Hamid Participant').selectOption({ label: 'Police' });
    await a.getByText('Hamid Participant now represents Police.').waitFor();
    await a.getByText('Represents Police', { exact: true }).waitFor();
    await a.getByRole('note').waitFor({ state: 'detached' });
    expect(await groups.getByText('1 participant · indispensable').count()).toBe(1);
  });

  it('makes a participant the alternate of another, who then signs the charter on their behalf', async () => {
    await a.goto(`${dialogue.processUrl}/members`);
    await a.getByLabel('Ines Alternate is the alternate of').selectOption({ label: 'Alternate for Hamid Participant' });
    await a.getByText('Ines Alternate is now the alternate of Hamid Participant.').waitFor();

    const charter = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/charter`;
    let version = (await callApi(a, 'POST', `${charter}/versions`, {})).json;
    version = (
      await callApi(a, 'PATCH', `${charter}/versions/${version.id}`, {
        content: { ...version.content, alternatesMaySign: true },
        version: version.version,
      })
    ).json;
    version = (await callApi(a, 'POST', `${charter}/versions/${version.id}/propose`, { version: version.version })).json;
    expect((await callApi(a, 'POST', `${charter}/versions/${version.id}/adopt`, { version: version.version })).status).toBe(200);

    const ines = dialogue.members[1].page;
    await ines.goto(`${dialogue.processUrl}/charter`);
    const panel = ines.getByRole('region', { name: 'Your signature' });
    await panel.getByText('You take part as the alternate of Hamid Participant.').waitFor();
    await panel.getByRole('button', { name: 'Sign for Hamid Participant' }).click();
    await ines.getByRole('dialog').getByRole('button', { name: 'Sign for Hamid Participant' }).click();
    await panel.getByText(/is signed for Hamid Participant \(by Ines Alternate\)/).waitFor();

    await a.goto(`${dialogue.processUrl}/charter`);
    await a.getByText('Signed (by Ines Alternate, alternate)').waitFor();
    await a.getByText('Alternate for Hamid Participant').first().waitFor();
  });

  it('has no serious accessibility problems on the Members tab', async () => {
    expect(await seriousViolations(a)).toEqual([]);
  });
});
