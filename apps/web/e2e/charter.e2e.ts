import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, eventually, pdfText, seriousViolations, setUpDialogue, texts, type Dialogue } from './support/helpers';

/**
 * The main path of issue 4, through the screens: a facilitator drafts the charter from the template,
 * a participant's amendment is accepted, the charter is adopted, three participants sign, the board
 * shows it in force, and the PDF carries the content hash. Only the set-up goes through the API.
 */
describe('a facilitator and four participants agree a charter; three sign', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let f: Page;
  let participants: Page[];
  let charterUrl = '';
  let hash = '';
  const goal = 'Agree how the upstream and downstream communities share the Logone’s water in the dry season.';
  const amended = 'Agree, within a year, how the upstream and downstream communities share the Logone’s water in the dry season.';

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Amina Convener', [
      { name: 'Fatou Facilitator', role: 'facilitator' },
      { name: 'Paul Participant', role: 'participant' },
      { name: 'Grace Participant', role: 'participant' },
      { name: 'Ibrahim Participant', role: 'participant' },
      { name: 'Hana Participant', role: 'participant' },
    ]);
    f = dialogue.members[0].page;
    participants = dialogue.members.slice(1).map((member) => member.page);
    charterUrl = `${dialogue.processUrl}/charter`;
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('shows an empty charter with the Charter tab, and lets the facilitator start a draft from the template', async () => {
    await f.goto(dialogue.processUrl);
    await f.getByRole('link', { name: 'Charter' }).click();
    await f.getByRole('heading', { level: 2, name: 'Charter' }).waitFor();
    await f.getByText('No charter yet').waitFor();
    expect(await f.getByLabel('Start from').inputValue()).toBe('template');
    await f.getByRole('button', { name: 'Start a draft' }).click();
    await f.getByText('Version 1 started as a draft.').waitFor();
    await f.getByRole('heading', { level: 2, name: /Version 1/ }).waitFor();
    // One text area per section, each with its guidance.
    const goalField = f.getByLabel('Goal and mandate', { exact: true });
    await goalField.waitFor();
    expect(await f.getByText('What the process seeks to achieve, and how it relates to other initiatives.').count()).toBeGreaterThan(0);
    await goalField.fill(goal);
    await f.getByRole('button', { name: 'Save draft' }).click();
    await f.getByText('Draft saved.').waitFor();
    await eventually(async () => {
      expect(await f.getByLabel('Goal and mandate', { exact: true }).inputValue()).toBe(goal);
    });
  });

  it('has no serious accessibility problems on the charter draft', async () => {
    expect(await seriousViolations(f)).toEqual([]);
  });

  it('lets a participant read the draft and propose an amendment, but not edit it', async () => {
    const p = participants[0];
    await p.goto(charterUrl);
    await p.getByRole('heading', { level: 2, name: /Version 1/ }).waitFor();
    await p.getByText(goal).first().waitFor();
    expect(await p.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await p.getByRole('button', { name: 'Propose for adoption' }).count()).toBe(0);
    await p.getByText('Discuss “Goal and mandate”').click();
    await p.getByLabel('Your comment on “Goal and mandate”').fill('Should we name the dry season months?');
    await p.getByRole('button', { name: 'Post comment' }).first().click();
    await p.getByText('Should we name the dry season months?').waitFor();
    await p.getByLabel('Suggested text for “Goal and mandate”').fill(amended);
    await p.getByLabel('Why (optional)').first().fill('A deadline keeps us focused.');
    await p.getByRole('button', { name: 'Propose amendment' }).first().click();
    await p.getByText('Amendment proposed.').waitFor();
  });

  it('lets the facilitator accept the amendment, which replaces the section text', async () => {
    await f.reload();
    const open = f.getByRole('list', { name: 'Open amendments' });
    await open.waitFor();
    expect(await texts(open.locator(':scope > li'))).toEqual([expect.stringContaining(amended)]);
    await open.getByRole('button', { name: /^Accept the amendment to Goal and mandate/ }).click();
    const dialog = f.getByRole('dialog', { name: 'Accept this amendment?' });
    await dialog.getByRole('button', { name: 'Accept and replace the text' }).click();
    await dialog.waitFor({ state: 'detached' });
    await f.getByText('The amendment to “Goal and mandate” was accepted').waitFor();
    await eventually(async () => {
      expect(await f.getByLabel('Goal and mandate', { exact: true }).inputValue()).toBe(amended);
    });
    await f.getByText('No amendment is waiting for a decision.').waitFor();
  });

  it('proposes and, after confirming, adopts the charter', async () => {
    await f.getByRole('button', { name: 'Propose for adoption' }).click();
    let dialog = f.getByRole('dialog', { name: 'Propose version 1 for adoption?' });
    await dialog.getByRole('button', { name: 'Propose for adoption' }).click();
    await dialog.waitFor({ state: 'detached' });
    await f.getByText('Version 1 is proposed for adoption.').waitFor();

    await f.getByRole('button', { name: 'Adopt', exact: true }).click();
    dialog = f.getByRole('dialog', { name: 'Adopt version 1?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await f.getByRole('button', { name: 'Adopt', exact: true }).click();
    await dialog.getByRole('button', { name: 'Adopt the charter' }).click();
    await dialog.waitFor({ state: 'detached' });
    await f.getByText('Version 1 is adopted. Participants can now sign it.').waitFor();
    await f.getByRole('heading', { level: 2, name: 'Signatures of version 1' }).waitFor();
    expect(await f.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
  });

  it('lets three participants sign the adopted version after confirming', async () => {
    for (const p of participants.slice(0, 3)) {
      await p.goto(charterUrl);
      const panel = p.getByRole('region', { name: 'Your signature' });
      await panel.waitFor();
      await panel.getByText('By signing you agree to this statement:').waitFor();
      const shown = await panel.locator('code.hash-full').first().innerText();
      expect(shown).toMatch(/^[0-9a-f]{64}$/);
      hash = shown;
      await panel.getByRole('button', { name: 'Sign', exact: true }).click();
      const dialog = p.getByRole('dialog', { name: 'Sign version 1 of the charter?' });
      await dialog.getByText(hash).waitFor();
      await dialog.getByRole('button', { name: 'Sign the charter' }).click();
      await dialog.waitFor({ state: 'detached' });
      await p.getByText('You signed version 1 of the charter.').first().waitFor();
      await panel.getByText(/^You signed version 1/).waitFor();
    }
  });

  it('lets a fourth participant decline to sign, with a reason', async () => {
    const p = participants[3];
    await p.goto(charterUrl);
    const panel = p.getByRole('region', { name: 'Your signature' });
    await panel.getByRole('button', { name: 'Decline to sign…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Decline to sign?' });
    await dialog.getByRole('button', { name: 'Decline to sign' }).click();
    await dialog.getByText('Write your reason.').waitFor();
    await dialog.getByLabel(/^Why you do not sign/).fill('My association has not yet discussed the grievance section.');
    await dialog.getByRole('button', { name: 'Decline to sign' }).click();
    await dialog.waitFor({ state: 'detached' });
    await p.getByText('You declined to sign version 1. The conveners can read your reason.').waitFor();
    await panel.getByText('You declined to sign version 1. You can still sign it.').waitFor();
  });

  it('shows the facilitator a board with every signature, the decline and its reason, and the charter in force', async () => {
    await f.reload();
    const board = f.getByRole('table', { name: 'Signature board: active participants' });
    await board.waitFor();
    const rows = await texts(board.locator('tbody tr'));
    expect(rows).toHaveLength(4);
    expect(rows.filter((row) => row.includes('Signed'))).toHaveLength(3);
    const hana = rows.find((row) => row.includes('Hana Participant')) ?? '';
    expect(hana).toContain('Declined');
    expect(hana).toContain('My association has not yet discussed the grievance section.');
    const region = f.getByRole('region', { name: 'Signatures of version 1' });
    await region.getByText('In force.').waitFor();
    await region.getByText('3 of 4 active participants signed (3 needed).').waitFor();
    expect(await f.getByText('Still missing').count()).toBe(0);
  });

  it('says exactly what is missing when the facilitator makes the ratification rule stricter', async () => {
    const region = f.getByRole('region', { name: 'Signatures of version 1' });
    await region.getByLabel('Signatures needed').fill('4');
    await region.getByLabel('of every this many active participants').fill('4');
    await region.getByRole('button', { name: 'Save rule' }).click();
    await region.getByText('Rule saved.').waitFor();
    await eventually(async () => {
      expect(await texts(region.getByRole('list', { name: 'Still missing' }).getByRole('listitem'))).toEqual([
        '1 more signature (3 of 4 active participants signed; 4 needed).',
      ]);
    });
    await region.getByLabel('Signatures needed').fill('5');
    await region.getByRole('button', { name: 'Save rule' }).click();
    await region.getByText('The first number cannot exceed the second.').waitFor();
    await region.getByLabel('Signatures needed').fill('2');
    await region.getByLabel('of every this many active participants').fill('3');
    await region.getByRole('button', { name: 'Save rule' }).click();
    await region.getByText('In force.').waitFor();
  });

  it('verifies the hash: stored, recomputed by the server and in the browser all match', async () => {
    const board = f.getByRole('region', { name: 'Signatures of version 1' });
    await board.getByRole('button', { name: 'Verify the hash of version 1' }).click();
    await board.getByText('✓ Matches').waitFor();
    expect(await texts(board.locator('.verify-result code'))).toEqual([hash, hash, hash]);
    await board.getByText('3 of 3 signatures carry this hash.').waitFor();
  });

  it('downloads the PDF, which contains the content hash', async () => {
    const link = f.getByRole('region', { name: 'Signatures of version 1' }).getByRole('link', { name: 'Download PDF of version 1' });
    const [download] = await Promise.all([f.waitForEvent('download'), link.click()]);
    const file = await download.path();
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf)).toContain(`SHA-256: ${hash}`);
  });

  it('compares two versions word by word after a second draft', async () => {
    await f.getByRole('button', { name: 'Start a draft' }).click();
    await f.getByText('Version 2 started as a draft.').waitFor();
    const goalField = f.getByLabel('Goal and mandate', { exact: true });
    await eventually(async () => {
      expect(await goalField.inputValue()).toBe(amended);
    });
    await goalField.fill(amended.replace('within a year', 'within two years'));
    await f.getByRole('button', { name: 'Save draft' }).click();
    await f.getByText('Draft saved.').waitFor();
    const compare = f.getByRole('region', { name: /^Changes from Version 1/ });
    await f.getByLabel('Older text').selectOption({ label: 'Version 1 (adopted)' });
    await f.getByLabel('Newer text').selectOption({ label: 'Version 2 (draft)' });
    await eventually(async () => {
      const removed = (await texts(compare.locator('del'))).join(' ');
      const added = (await texts(compare.locator('ins'))).join(' ');
      expect(removed).toMatch(/^\[removed: a\s?\]?.*year/);
      expect(added).toContain('two');
      expect(added).toContain('years');
      expect(removed).not.toContain('Logone');
    });
  });

  it('lets the facilitator reject an amendment with a reason, which its author then reads', async () => {
    const p = participants[1];
    await p.goto(charterUrl);
    await p.getByRole('heading', { level: 2, name: /Version 2/ }).waitFor();
    await p.getByText('Discuss “Schedule of meetings and tasks”').click();
    await p.getByLabel('Suggested text for “Schedule of meetings and tasks”').fill('We meet every Saturday.');
    await p.getByRole('button', { name: 'Propose amendment' }).last().click();
    await p.getByText('Amendment proposed.').waitFor();

    await f.reload();
    const open = f.getByRole('list', { name: 'Open amendments' });
    await open.getByRole('button', { name: /^Reject the amendment to Schedule of meetings and tasks/ }).click();
    const dialog = f.getByRole('dialog', { name: 'Reject this amendment?' });
    await dialog.getByLabel(/^Reason/).fill('Many of us travel on Saturdays.');
    await dialog.getByRole('button', { name: 'Reject amendment' }).click();
    await dialog.waitFor({ state: 'detached' });
    await f.getByText('The amendment to “Schedule of meetings and tasks” was rejected.').waitFor();

    await p.reload();
    await p.getByText('Discuss “Schedule of meetings and tasks”').click();
    await p.getByText(/^Rejected by Fatou Facilitator.*: Many of us travel on Saturdays\.$/).waitFor();
  });

  it('tells the second of two facilitators saving the same draft what the first saved, keeping their own text', async () => {
    const convener = dialogue.convener.page;
    await convener.goto(charterUrl);
    const mine = convener.getByLabel('Roles and responsibilities', { exact: true });
    await mine.waitFor();
    await f.getByLabel('Roles and responsibilities', { exact: true }).fill('The facilitator chairs every plenary.');
    const [saved] = await Promise.all([
      f.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/charter/versions/')),
      f.getByRole('button', { name: 'Save draft' }).click(),
    ]);
    expect(saved.status()).toBe(200);

    await mine.fill('The convener chairs every plenary.');
    await convener.getByRole('button', { name: 'Save draft' }).click();
    const alert = convener.getByRole('alert').filter({ hasText: 'Someone else saved this draft while you were editing.' });
    await alert.waitFor();
    await alert.getByText('The facilitator chairs every plenary.').waitFor();
    expect(await mine.inputValue()).toBe('The convener chairs every plenary.');
    await alert.getByRole('radio', { name: /^Mine:/ }).check();
    await alert.getByRole('button', { name: 'Keep my changes' }).click();
    await convener.getByText('Draft saved.').waitFor();
    const check = await callApi(convener, 'GET', `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/charter`);
    expect(check.json.versions[0].status).toBe('draft');
    const draft = await callApi(
      convener,
      'GET',
      `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/charter/versions/${check.json.versions[0].id as string}`,
    );
    expect(draft.json.content.sections.roles).toBe('The convener chairs every plenary.');
  });

  it('has no serious accessibility problems on the charter with its board', async () => {
    await f.reload();
    await f.getByRole('table', { name: 'Signature board: active participants' }).waitFor();
    expect(await seriousViolations(f)).toEqual([]);
  });

  it('fits the charter on a 375-pixel-wide phone', async () => {
    const p = participants[0];
    await p.setViewportSize({ width: 375, height: 740 });
    await p.goto(charterUrl);
    await p.getByRole('table', { name: 'Signature board: active participants' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
