import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { baseUrl, callApi, person, seriousViolations, setUpDialogue, signUp, type Dialogue } from './support/helpers';
import { linkInLastMailTo } from './support/mail';

/**
 * Issue 11, time zones: a process held in Douala (GMT+1) shows its times in its own zone, named, to everyone;
 * a participant reading from Tokyo also gets their own clock beside each time. The convener moves the process
 * to another zone with the searchable picker, by keyboard, and every time follows. A reader who travels chooses
 * their own zone on their account, and "your time" follows it instead of the browser's.
 */
describe('a process’s times in its time zone, with the reader’s own beside', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let convener: Page;
  let tokyo: Page;

  /** "6 Dec 2026, 14:00 GMT+1 (22:00 your time)" → its parts; the reader's part may carry its own day. */
  const shownTime =
    /^\d{1,2} [A-Z][a-z]{2} \d{4}, (\d{1,2}):(\d{2}) (GMT[+-][\d:]+)(?: \((?:\d{1,2} [A-Z][a-z]{2}, )?(\d{1,2}):(\d{2}) your time\))?$/;
  const minutesOfDay = (hours: string, minutes: string) => Number(hours) * 60 + Number(minutes);
  const created = (page: Page) =>
    page
      .locator('.facts > div')
      .filter({ has: page.locator('dt', { hasText: /^Created$/ }) })
      .locator('dd');

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Rose Convener', []);
    convener = dialogue.convener.page;

    // A participant whose browser is in Tokyo (GMT+9, no summer time): eight hours ahead of Douala.
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Asia/Tokyo',
      locale: 'en-GB',
    });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    tokyo = await context.newPage();
    const who = person('Kenji Participant');
    const invitation = await callApi(convener, 'POST', `/api/v1/workspaces/${dialogue.workspaceId}/invitations`, {
      email: who.email,
      role: 'member',
    });
    expect(invitation.status).toBe(201);
    await signUp(tokyo, who);
    // The invitation is mailed (its link is in the response only when the mail failed): read it from the caught mail.
    const token = (await linkInLastMailTo(who.email, '/invitations/')).split('/invitations/')[1];
    expect((await callApi(tokyo, 'POST', `/api/v1/invitations/${token}/accept`)).status).toBeLessThan(300);
    const me = await callApi(tokyo, 'GET', '/api/v1/auth/session');
    const added = await callApi(convener, 'POST', `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/members`, {
      userId: me.json.user.id,
      role: 'participant',
    });
    expect(added.status).toBe(201);
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('shows a reader in the process’s zone its time, named, and nothing more', async () => {
    await convener.goto(`${dialogue.processUrl}/details`);
    const text = (await created(convener).innerText()).replace(/[\u202f\u00a0]/g, ' ');
    const parts = shownTime.exec(text);
    expect(parts?.[3]).toBe('GMT+1');
    expect(parts?.[4]).toBeUndefined();
  });

  it('shows a reader in another zone the process’s time, named, with their own time beside it', async () => {
    await tokyo.goto(`${dialogue.processUrl}/details`);
    const text = (await created(tokyo).innerText()).replace(/[\u202f\u00a0]/g, ' ');
    const parts = shownTime.exec(text);
    expect(parts).not.toBeNull();
    const [, hours, minutes, zone, ownHours, ownMinutes] = parts as RegExpExecArray;
    expect(zone).toBe('GMT+1');
    expect(ownHours).toBeDefined();
    expect((minutesOfDay(ownHours, ownMinutes) - minutesOfDay(hours, minutes) + 24 * 60) % (24 * 60)).toBe(8 * 60);
  });

  it('lets the convener search the zones by keyboard, see their offsets, and move the process to another zone', async () => {
    await convener.goto(`${dialogue.processUrl}/details`);
    await convener.getByRole('button', { name: 'Edit details' }).click();
    const picker = convener.getByRole('combobox', { name: /^Time zone/ });
    expect(await picker.inputValue()).toBe('Africa/Douala');

    await picker.fill('kolk');
    const list = convener.getByRole('listbox', { name: /^Time zone/ });
    const option = list.getByRole('option', { name: /Asia\/Kolkata/ });
    expect((await option.textContent())?.replace(/\s+/g, ' ')).toBe('Asia/Kolkata GMT+05:30');
    expect(await picker.getAttribute('aria-expanded')).toBe('true');

    // Escape keeps the zone chosen before; nothing typed is left behind.
    await convener.keyboard.press('Escape');
    expect(await picker.inputValue()).toBe('Africa/Douala');
    expect(await list.count()).toBe(0);

    await picker.fill('asia kol');
    await convener.keyboard.press('ArrowDown');
    await convener.keyboard.press('ArrowUp');
    expect(await picker.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await convener.keyboard.press('Enter');
    expect(await picker.inputValue()).toBe('Asia/Kolkata');
    await convener.getByText('GMT+05:30', { exact: true }).waitFor();

    await convener.getByLabel(/^Document language/).selectOption({ label: 'Français' });
    expect(await seriousViolations(convener)).toEqual([]);
    await convener.getByRole('button', { name: 'Save changes' }).click();
    await convener.getByText('Changes saved.').waitFor();
    const process = (await callApi(convener, 'GET', `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`)).json;
    expect(process).toMatchObject({ timezone: 'Asia/Kolkata', language: 'fr' });

    // The Tokyo reader now sees the process's times in Kolkata's zone, three and a half hours behind theirs.
    await tokyo.reload();
    const text = (await created(tokyo).innerText()).replace(/[\u202f\u00a0]/g, ' ');
    const [, hours, minutes, zone, ownHours, ownMinutes] = shownTime.exec(text) as RegExpExecArray;
    expect(zone).toBe('GMT+5:30');
    expect((minutesOfDay(ownHours, ownMinutes) - minutesOfDay(hours, minutes) + 24 * 60) % (24 * 60)).toBe(3 * 60 + 30);
  });

  it('shows “your time” in the zone a person chose on their account, and the device’s zone again when they go back to it', async () => {
    const ownTime = async () => {
      await tokyo.goto(`${dialogue.processUrl}/details`);
      return shownTime.exec((await created(tokyo).innerText()).replace(/[\u202f\u00a0]/g, ' ')) as RegExpExecArray;
    };
    await tokyo.goto('/account');
    const section = tokyo.getByRole('region', { name: 'Time zone' });
    await section.getByText('Not chosen: this device’s time zone is used (Asia/Tokyo).').waitFor();
    const picker = section.getByRole('combobox', { name: /^Your time zone/ });
    expect(await picker.inputValue()).toBe('Asia/Tokyo');
    await picker.fill('calcutta');
    await section.getByRole('option', { name: /Asia\/Kolkata/ }).waitFor();
    await tokyo.keyboard.press('Enter');
    expect(await picker.inputValue()).toBe('Asia/Kolkata');
    await section.getByRole('button', { name: 'Save time zone' }).click();
    await section.getByText('Time zone saved.').waitFor();
    await tokyo.getByText('Your time zone was changed').first().waitFor();
    expect(await seriousViolations(tokyo)).toEqual([]);

    // Travelling to Kolkata, where the process now is, the Tokyo laptop shows its times without a second clock.
    const inKolkata = await ownTime();
    expect(inKolkata[3]).toBe('GMT+5:30');
    expect(inKolkata[4]).toBeUndefined();

    await tokyo.goto('/account');
    await section.getByRole('button', { name: 'Use this device’s time zone' }).click();
    await section.getByText('Not chosen: this device’s time zone is used (Asia/Tokyo).').waitFor();
    const [, hours, minutes, , ownHours, ownMinutes] = await ownTime();
    expect((minutesOfDay(ownHours, ownMinutes) - minutesOfDay(hours, minutes) + 24 * 60) % (24 * 60)).toBe(3 * 60 + 30);
  });

  it('enters money the same way everywhere: a searchable currency, remembered as the next entry’s default', async () => {
    await convener.goto(`${dialogue.processUrl}/initiate`);
    const costs = convener.getByRole('region', { name: 'Cost estimate' });
    await costs.getByLabel(/^Item/).fill('Interpreters');
    await costs.getByLabel(/^Amount/).fill('1250.5');
    const currency = costs.getByRole('combobox', { name: /^Currency/ });
    expect(await currency.inputValue()).toBe('USD');
    await currency.fill('euro');
    await costs.getByRole('option', { name: /^EUR — Euro/ }).waitFor();
    await convener.keyboard.press('Enter');
    expect(await currency.inputValue()).toBe('EUR');
    await costs.getByRole('button', { name: 'Add cost line' }).click();
    await costs.getByText('The cost line was added.').waitFor();
    await costs.getByRole('listitem').filter({ hasText: 'Interpreters' }).getByText('€1,250.50').waitFor();

    // The next entry starts from the currency just chosen, in this form and, on the next visit, in every money form.
    expect(await currency.inputValue()).toBe('EUR');
    await convener.reload();
    for (const form of ['Cost estimate', 'Funding sources']) {
      expect(
        await convener
          .getByRole('region', { name: form })
          .getByRole('combobox', { name: /^Currency/ })
          .inputValue(),
      ).toBe('EUR');
    }
  });
});
