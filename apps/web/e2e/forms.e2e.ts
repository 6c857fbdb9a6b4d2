import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, eventually, setUpDialogue, type Dialogue } from './support/helpers';

/**
 * The form kit in the browser: typed text is never lost silently when a person clicks another tab,
 * and keeping one's own text after a charter conflict keeps the colleague's untouched sections.
 */
describe('forms keep what people type', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let convener: Page;
  let facilitator: Page;
  let api = '';

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Rosa Convener', [{ name: 'Tariq Facilitator', role: 'facilitator' }]);
    convener = dialogue.convener.page;
    facilitator = dialogue.members[0].page;
    api = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`;
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('asks before leaving the key questions with unsaved notes, and keeps the text on "Stay"', async () => {
    const notes = 'The ministry has ignored two earlier petitions; a dialogue may be the only way in.';
    await convener.goto(`${dialogue.processUrl}/initiate`);
    await convener.getByRole('heading', { level: 2, name: 'Key questions for initiators' }).waitFor();
    const necessity = convener.getByRole('group', { name: /Is a multi-stakeholder approach necessary\?/ });
    await necessity.getByLabel('Notes').fill(notes);

    await convener.getByRole('navigation', { name: 'Process sections' }).getByRole('link', { name: 'Charter' }).click();
    const dialog = convener.getByRole('dialog', { name: 'You have unsaved changes. Leave anyway?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(convener.url()).pathname).toBe(`${dialogue.processUrl}/initiate`);
    expect(await necessity.getByLabel('Notes').inputValue()).toBe(notes);

    // Once saved, the same click leaves without asking.
    await convener.getByRole('button', { name: 'Save the key questions' }).click();
    await convener.getByText('The key questions were saved.').waitFor();
    await convener.getByRole('navigation', { name: 'Process sections' }).getByRole('link', { name: 'Charter' }).click();
    await convener.getByRole('heading', { level: 2, name: 'Charter' }).waitFor();
    expect(await convener.getByRole('dialog').count()).toBe(0);
  });

  it('leaves and drops the text when the person confirms', async () => {
    await convener.goto(`${dialogue.processUrl}/initiate`);
    const necessity = convener.getByRole('group', { name: /Is a multi-stakeholder approach necessary\?/ });
    await necessity.getByLabel('Notes').fill('A second thought that will not be kept.');
    await convener.getByRole('navigation', { name: 'Process sections' }).getByRole('link', { name: 'Details' }).click();
    await convener
      .getByRole('dialog', { name: 'You have unsaved changes. Leave anyway?' })
      .getByRole('button', { name: 'Leave and lose my changes' })
      .click();
    await eventually(() => {
      expect(new URL(convener.url()).pathname).toBe(`${dialogue.processUrl}/details`);
    });
  });

  it("keeps a colleague's untouched charter section when keeping mine after a conflict", async () => {
    const started = await callApi(facilitator, 'POST', `${api}/charter/versions`, {});
    expect(started.status).toBe(201);
    const versionId = started.json.id as string;
    await facilitator.goto(`${dialogue.processUrl}/charter`);
    const goalField = facilitator.getByLabel('Goal and mandate', { exact: true });
    await goalField.waitFor();
    const mine = 'Agree how the valley’s water is shared in the dry season.';
    await goalField.fill(mine);

    // Meanwhile the convener saves a change to another section.
    const current = await callApi(convener, 'GET', `${api}/charter/versions/${versionId}`);
    const theirs = 'The facilitator chairs; the secretariat keeps the minutes and the list of agreements.';
    const saved = await callApi(convener, 'PATCH', `${api}/charter/versions/${versionId}`, {
      content: { ...current.json.content, sections: { ...current.json.content.sections, roles: theirs } },
      version: current.json.version,
    });
    expect(saved.status).toBe(200);

    await facilitator.getByRole('button', { name: 'Save draft' }).click();
    const notice = facilitator.getByRole('alert').filter({ hasText: 'Someone else saved this draft while you were editing.' });
    await notice.waitFor();
    await notice.getByText('Their changes to Roles and responsibilities are kept either way.').waitFor();
    await notice.getByRole('button', { name: 'Keep my changes' }).click();
    await facilitator.getByText('Draft saved.').waitFor();

    const after = await callApi(facilitator, 'GET', `${api}/charter/versions/${versionId}`);
    expect(after.json.content.sections.goal_mandate).toBe(mine);
    expect(after.json.content.sections.roles).toBe(theirs);
    await eventually(async () => {
      expect(await facilitator.getByLabel('Roles and responsibilities', { exact: true }).inputValue()).toBe(theirs);
    });
  });
});
