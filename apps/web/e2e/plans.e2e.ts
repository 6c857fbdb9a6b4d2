import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, seriousViolations, setUpDialogue, texts, type Dialogue } from './support/helpers';

/**
 * The Agree phase's main path: the convener frames the problem, the secretariat drafts a plan with three
 * actions (one after another), the convener approves it, a participant starts their action, and the
 * readiness for Implement is met.
 */
describe('from a framed problem to an approved action plan', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let convener: Page;
  let secretariat: Page;
  let participant: Page;
  let planUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Grace Convener', [
      { name: 'Sara Secretariat', role: 'secretariat' },
      { name: 'Hamid Participant', role: 'participant' },
    ]);
    convener = dialogue.convener.page;
    [secretariat, participant] = dialogue.members.map((member) => member.page);
    // Bring the process to Agree quickly; the earlier gates are not what this test is about.
    const processPath = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`;
    let version = (await callApi(convener, 'GET', processPath)).json.version as number;
    for (const toPhase of ['design', 'acquaint', 'agree']) {
      const moved = await callApi(convener, 'POST', `${processPath}/transitions`, {
        toPhase,
        version,
        justification: 'Set-up of the action planning test.',
      });
      version = moved.json.process.version as number;
    }
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('lets the convener write the problem statement, record its agreement and a joint vision', async () => {
    await convener.goto(`${dialogue.processUrl}/plan`);
    await convener.getByRole('heading', { name: 'Framing and vision' }).waitFor();
    await convener.getByText('No problem statement yet').waitFor();
    await convener.getByRole('button', { name: 'Write the problem statement' }).click();
    await convener
      .getByRole('textbox', { name: /^Problem statement/ })
      .fill('Armed robberies on the market roads keep traders and farmers at home.');
    await convener.getByRole('button', { name: 'Save as a new version' }).click();
    await convener.getByText('Version 1 of the problem statement was saved.').waitFor();
    await convener.getByText('Not agreed yet').first().waitFor();

    await convener.getByLabel('Version 1 agreed on').fill('2026-03-02');
    await convener.getByRole('button', { name: 'Record agreement' }).click();
    await convener.getByText('Version 1 is recorded as agreed.').waitFor();
    await convener.getByText('Agreed 2 Mar 2026').first().waitFor();

    await convener.getByLabel('Whose vision').selectOption({ label: 'The joint vision' });
    await convener.getByRole('textbox', { name: /^Vision/ }).fill('Traders and farmers reach every market safely, day and night.');
    await convener.getByRole('button', { name: 'Record the vision' }).click();
    await convener.getByText('The joint vision was recorded.').waitFor();
    expect(await seriousViolations(convener)).toEqual([]);
    expect(await texts(convener.getByRole('list', { name: 'Visions' }).getByRole('listitem'))).toEqual([
      expect.stringContaining('Joint vision Traders and farmers reach every market safely'),
    ]);
  });

  it('lets the secretariat draft a plan with three actions, one depending on another, and propose it', async () => {
    await secretariat.goto(`${dialogue.processUrl}/plan`);
    await secretariat.getByRole('heading', { name: 'Start an action plan' }).waitFor();
    await secretariat.getByLabel('Title').fill('Safer market roads');
    await secretariat.getByLabel('Goal').fill('Traders reach the markets safely by the end of the dry season.');
    await secretariat.getByRole('button', { name: 'Start the plan' }).click();
    await secretariat.getByRole('heading', { name: /Safer market roads/ }).waitFor();
    planUrl = new URL(secretariat.url()).pathname;

    const add = async (title: string, owner: string, due: string, dependsOn?: string) => {
      await secretariat.getByRole('button', { name: 'Add an action' }).click();
      const dialog = secretariat.getByRole('dialog', { name: 'Add an action' });
      await dialog.getByLabel('What will be done').fill(title);
      await dialog.getByLabel('Who (owner)').selectOption({ label: owner });
      await dialog.getByLabel('Due').fill(due);
      await dialog.getByLabel('Coordination Wheel area').selectOption({ label: 'Joint implementation' });
      if (dependsOn) await dialog.getByLabel(dependsOn).check();
      await dialog.getByRole('button', { name: 'Add the action' }).click();
      await secretariat.getByText(`“${title}” was added.`).waitFor();
    };
    await add('Map the robbery hotspots', 'Person: Hamid Participant', '2030-04-30');
    await add('Plan joint patrols on market days', 'Person: Sara Secretariat', '2030-05-31', 'Map the robbery hotspots');
    await add('Radio programme on the patrols', 'Person: Grace Convener', '2030-06-30');

    // A due date before the start date is refused next to the field.
    await secretariat.getByRole('button', { name: 'Add an action' }).click();
    const dialog = secretariat.getByRole('dialog', { name: 'Add an action' });
    await dialog.getByLabel('What will be done').fill('Backwards');
    await dialog.getByLabel('Start').fill('2030-05-02');
    await dialog.getByLabel('Due').fill('2030-05-01');
    await dialog.getByRole('button', { name: 'Add the action' }).click();
    await dialog.getByText('The due date cannot be before the start date.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const rows = await texts(secretariat.getByRole('table', { name: 'Actions of this plan' }).locator('tbody tr'));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('Sara Secretariat');
    expect(rows[1]).toContain('Map the robbery hotspots');
    expect(await seriousViolations(secretariat)).toEqual([]);

    await secretariat.getByRole('button', { name: 'Propose for approval' }).click();
    await secretariat.getByText('The plan is proposed for approval.').waitFor();
    expect(await secretariat.getByRole('button', { name: 'Approve the plan' }).count()).toBe(0);
  });

  it('lets the convener approve the plan', async () => {
    await convener.goto(planUrl);
    await convener.getByRole('button', { name: 'Approve the plan' }).click();
    await convener.getByText('The plan is approved.').waitFor();
    await convener.getByText(/Approved by Grace Convener/).waitFor();
  });

  it('lets the participant who owns an action move it to in progress, and only that one', async () => {
    await participant.goto(`${dialogue.processUrl}/plan`);
    const mine = participant.getByRole('list', { name: 'My actions' });
    await mine.getByText('Map the robbery hotspots', { exact: true }).waitFor();
    await participant.getByLabel('Status of Map the robbery hotspots').selectOption({ label: 'In progress' });
    await participant.getByText('“Map the robbery hotspots” is now in progress.').waitFor();
    expect(await seriousViolations(participant)).toEqual([]);

    await participant.goto(planUrl);
    await participant.getByRole('table', { name: 'Actions of this plan' }).waitFor();
    expect(await participant.getByLabel('Status of Map the robbery hotspots').inputValue()).toBe('in_progress');
    expect(await participant.getByLabel('Status of Radio programme on the patrols').count()).toBe(0);
    expect(await participant.getByRole('button', { name: 'Add an action' }).count()).toBe(0);
  });

  it('shows the readiness for Implement as met', async () => {
    await convener.goto(dialogue.processUrl);
    await convener.getByRole('heading', { name: 'Readiness for Implement' }).waitFor();
    const gates = await texts(convener.getByRole('list', { name: 'Checks for moving to Implement' }).getByRole('listitem'));
    expect(gates).toEqual([expect.stringContaining('Met: An action plan is approved, every action with an owner and a due date')]);
  });
});
