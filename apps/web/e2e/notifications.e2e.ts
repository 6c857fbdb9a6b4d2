import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, seriousViolations, setUpDialogue, type Dialogue } from './support/helpers';

/** A convener adopts a charter version; the participant sees the bell count, opens the notification and lands on the charter. */
describe('notifications', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let convener: Page;
  let participant: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Nia Convener', [{ name: 'Tomas Participant', role: 'participant' }]);
    convener = dialogue.convener.page;
    participant = (dialogue.members[0] as { page: Page }).page;
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('tells the participant of a charter to sign through the bell and leads to the charter', async () => {
    const charter = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/charter`;
    let version = (await callApi(convener, 'POST', `${charter}/versions`, {})).json;
    version = (await callApi(convener, 'POST', `${charter}/versions/${version.id}/propose`, { version: version.version })).json;
    const adopted = await callApi(convener, 'POST', `${charter}/versions/${version.id}/adopt`, { version: version.version });
    expect(adopted.status).toBe(200);

    await participant.goto(dialogue.processUrl);
    await participant.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await participant.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    expect(await seriousViolations(participant)).toEqual([]);
    await participant.getByRole('button', { name: /waits for your signature/ }).click();
    await participant.waitForURL(/\/charter$/);
    await participant.getByRole('link', { name: 'Notifications, none unread' }).waitFor();
  });

  it('saves a preference per kind, usable at 375 px', async () => {
    await participant.setViewportSize({ width: 375, height: 800 });
    await participant.goto('/notifications/preferences');
    await participant.getByRole('heading', { level: 1, name: 'How I hear of things' }).waitFor();
    await participant.getByRole('group', { name: 'A milestone is due' }).getByLabel('Off').check();
    await participant.getByRole('button', { name: 'Save' }).click();
    await participant.getByText('Saved.').waitFor();
    const saved = await callApi(participant, 'GET', '/api/v1/me/notification-preferences');
    expect(saved.json.items.find((item: { kind: string }) => item.kind === 'milestone_due').delivery).toBe('off');
    expect(await seriousViolations(participant)).toEqual([]);
  });
});
