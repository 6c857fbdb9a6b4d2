import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { eventually, seriousViolations, setUpDialogue, type Dialogue } from './support/helpers';

/** The Decisions tab: a consensus with a stand-aside and its reason, the objections register, a secret ballot. */
describe('the group takes decisions by its rules', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let convener: Page;
  let amina: Page;
  let bruno: Page;
  let decisionsUrl = '';
  let decisionUrl = '';

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Nadia Convener', [
      { name: 'Amina Participant', role: 'participant' },
      { name: 'Bruno Participant', role: 'participant' },
    ]);
    convener = dialogue.convener.page;
    amina = dialogue.members[0].page;
    bruno = dialogue.members[1].page;
    decisionsUrl = `${dialogue.processUrl}/decisions`;
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('puts a ground-rules question to the group by consensus, from an empty log', async () => {
    await convener.goto(dialogue.processUrl);
    await convener.getByRole('link', { name: 'Decisions' }).click();
    await convener.getByRole('heading', { level: 2, name: 'Decisions' }).waitFor();
    await convener.getByText('No decision yet').waitFor();
    await convener.getByRole('heading', { level: 2, name: 'How we decide' }).waitFor();
    await convener.getByRole('button', { name: 'Put a question to the group' }).click();
    await convener.getByLabel('Kind of question').selectOption('ground_rules');
    await convener.getByText('Its rule sets the method: Consensus.').waitFor();
    expect(await convener.getByLabel('Options, one per line').count()).toBe(0);
    await convener.getByRole('button', { name: 'Open the decision' }).click();
    await convener.getByText('Give the decision a title.').waitFor();
    await convener.getByLabel(/^Title/).fill('Adopt the five ground rules');
    await convener.getByLabel('What exactly is being decided').fill('Do we adopt the five ground rules as drafted on 3 March?');
    await convener.getByRole('button', { name: 'Open the decision' }).click();
    await convener.getByRole('link', { name: 'Adopt the five ground rules' }).click();
    await convener.getByRole('heading', { level: 2, name: 'Adopt the five ground rules' }).waitFor();
    decisionUrl = convener.url();
    // The convener runs the decision; only participants take positions.
    expect(await convener.getByRole('button', { name: 'Record my position' }).count()).toBe(0);
    expect(await seriousViolations(convener)).toEqual([]);
  });

  it('records one agreement and one stand-aside, whose reason is required', async () => {
    await amina.goto(decisionUrl);
    await amina.getByLabel(/^Agree/).check();
    await amina.getByRole('button', { name: 'Record my position' }).click();
    await amina.getByText('1 person has taken part').waitFor();
    await amina.getByRole('button', { name: 'Change my position' }).waitFor();

    await bruno.goto(decisionUrl);
    await bruno.getByLabel(/^Stand aside/).check();
    await bruno.getByRole('button', { name: 'Record my position' }).click();
    await bruno.getByText('Say why you stand aside or block.').first().waitFor();
    await bruno.getByLabel(/^Your reason/).fill('Rule 4 needs the women’s network’s wording first.');
    await bruno.getByRole('button', { name: 'Record my position' }).click();
    await bruno.getByText('2 people have taken part').waitFor();
    await bruno.getByText('Consensus, with stand-asides').waitFor();
    await bruno.getByText('You: Stand aside').waitFor();
    await bruno.getByText('Amina Participant: Agree').waitFor();
  });

  it('closes the decision after confirming, records the outcome, and the stand-aside stands on the register until answered', async () => {
    await convener.goto(decisionUrl);
    await convener.getByRole('button', { name: 'Close now' }).click();
    const dialog = convener.getByRole('dialog', { name: 'Close this decision now?' });
    await dialog.getByRole('button', { name: 'Close now' }).click();
    await dialog.waitFor({ state: 'detached' });
    await convener.getByRole('heading', { level: 2, name: 'Outcome' }).waitFor();
    await convener.getByLabel(/^What was decided/).fill('The five ground rules are adopted; rule 4 to be reworded with the women’s network.');
    await convener.getByRole('button', { name: 'Record the outcome' }).click();
    await convener.getByText('Outcome recorded.').waitFor();

    await amina.goto(decisionUrl);
    await amina.getByText('The five ground rules are adopted', { exact: false }).waitFor();
    expect(await amina.getByRole('button', { name: 'Change my position' }).count()).toBe(0);

    await convener.goto(decisionsUrl);
    const register = convener.getByRole('region', { name: 'Standing objections' });
    await register.getByText('Stand aside on “Adopt the five ground rules”').waitFor();
    await register.getByText('Rule 4 needs the women’s network’s wording first.').waitFor();
    await register.getByRole('button', { name: 'Record the group’s answer' }).click();
    await register.getByLabel(/^How the group answered it/).fill('Rule 4 reworded at the second plenary.');
    await register.getByRole('button', { name: 'Save' }).click();
    await register.getByText('Every objection has been reviewed.').waitFor();
  });

  it('lets the convener allow secret ballots for other questions, and a participant casts one after confirming', async () => {
    await convener.getByRole('button', { name: 'Change the rule for “Any other question”' }).click();
    await convener.getByLabel('Method').selectOption('vote');
    await convener.getByLabel('Secret ballot allowed').check();
    await convener.getByRole('button', { name: 'Save the rule' }).click();
    const rules = convener.getByRole('region', { name: 'How we decide' });
    await rules.getByText('Vote, More than half of the ballots, Secret ballot allowed').waitFor();

    await convener.getByRole('button', { name: 'Put a question to the group' }).click();
    await convener.getByLabel('Kind of question').selectOption('general');
    await convener.getByLabel(/^Title/).fill('Venue of the March plenary');
    await convener.getByLabel('Options, one per line').fill('County hall\nChurch hall\nOnline');
    await convener.getByLabel(/^Secret ballot/).check();
    await convener.getByLabel(/^Hide the results/).check();
    await convener.getByRole('button', { name: 'Open the decision' }).click();
    await convener.getByRole('link', { name: 'Venue of the March plenary' }).click();
    await convener.getByText(/^Results are hidden from everyone until the decision closes/).waitFor();
    const url = convener.url();

    await amina.goto(url);
    await amina.getByLabel('Church hall').check();
    await amina.getByRole('button', { name: 'Cast my secret ballot' }).click();
    const confirm = amina.getByRole('dialog', { name: 'Cast your secret ballot?' });
    await confirm.getByRole('button', { name: 'Cast ballot' }).click();
    await confirm.waitFor({ state: 'detached' });
    await amina.getByText('You have cast your secret ballot. It is counted once.').waitFor();
    expect(await amina.getByRole('button', { name: 'Cast my secret ballot' }).count()).toBe(0);
    await eventually(async () => {
      expect(await amina.getByText(/^Results are hidden/).count()).toBe(1);
    });
    expect(await seriousViolations(amina)).toEqual([]);
  });
});
