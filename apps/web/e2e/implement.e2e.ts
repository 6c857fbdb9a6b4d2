import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatCalendarDay } from '@common-ground/domain';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { baseUrl, callApi, seriousViolations, setUpDialogue, texts, type Dialogue } from './support/helpers';

/**
 * Issue 5's browser test: a secretariat creates a plan with three actions (one already past its due date)
 * and a milestone, the owner reports progress, the dashboard shows one action overdue, and the CSV
 * downloads and re-parses to the rows the API shows. Then the calendar feed answers and, once revoked, 404s.
 */
describe('implementing a plan: milestones, progress, the dashboard and exports', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let secretariat: Page;
  let owner: Page;
  let planUrl: string;
  let planApi: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Grace Convener', [
      { name: 'Sara Secretariat', role: 'secretariat' },
      { name: 'Hamid Participant', role: 'participant' },
    ]);
    [secretariat, owner] = dialogue.members.map((member) => member.page);
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('lets the secretariat create a plan with three actions, one already overdue, and a milestone', async () => {
    await secretariat.goto(`${dialogue.processUrl}/plan`);
    await secretariat.getByRole('heading', { name: 'Start an action plan' }).waitFor();
    await secretariat.getByLabel('Title').fill('Safer market roads');
    await secretariat.getByLabel('Goal').fill('Traders reach the markets safely by the end of the dry season.');
    await secretariat.getByRole('button', { name: 'Start the plan' }).click();
    await secretariat.getByRole('heading', { name: /Safer market roads/ }).waitFor();
    planUrl = new URL(secretariat.url()).pathname;
    planApi = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/plans/${planUrl.split('/').pop() ?? ''}`;

    const add = async (title: string, how: string, owner: string, due: string) => {
      await secretariat.getByRole('button', { name: 'Add an action' }).click();
      const dialog = secretariat.getByRole('dialog', { name: 'Add an action' });
      await dialog.getByLabel('What will be done').fill(title);
      await dialog.getByLabel('How').fill(how);
      await dialog.getByLabel('Who (owner)').selectOption({ label: owner });
      await dialog.getByLabel('Due').fill(due);
      await dialog.getByRole('button', { name: 'Add the action' }).click();
      await secretariat.getByText(`“${title}” was added.`).waitFor();
    };
    await add(
      'Map the robbery hotspots, with traders',
      'Walk the roads with "market" committees',
      'Person: Hamid Participant',
      '2026-01-15',
    );
    await add('Plan joint patrols', 'Police and traders\ntogether', 'Person: Sara Secretariat', '2099-05-31');
    await add('=Radio programme', 'Weekly, in two languages', 'Person: Grace Convener', '2099-06-30');

    const milestones = secretariat.getByRole('region', { name: 'Milestones' });
    await milestones.getByText('Add a milestone').click();
    await milestones.getByRole('textbox', { name: /^Milestone/ }).fill('Hotspots mapped');
    await milestones.getByLabel('Due').fill('2099-03-31');
    await milestones.getByLabel('Unit').fill('districts');
    await milestones.getByLabel('Baseline').fill('0');
    await milestones.getByLabel('Target').fill('8');
    await milestones.getByLabel('Linked action').selectOption({ label: 'Map the robbery hotspots, with traders' });
    await milestones.getByLabel('A quick win: an early, visible achievement').check();
    await milestones.getByRole('button', { name: 'Add the milestone' }).click();
    await secretariat.getByText('The milestone “Hotspots mapped” was added.').waitFor();
    await secretariat.getByRole('list', { name: 'Milestones' }).getByRole('link', { name: 'Hotspots mapped' }).waitFor();
    const rows = await texts(secretariat.getByRole('table', { name: 'Actions of this plan' }).locator('tbody tr'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Overdue');
    expect(await seriousViolations(secretariat)).toEqual([]);
  });

  it('lets the owner report progress with an indicator value, which joins the milestone’s series', async () => {
    await owner.goto(planUrl);
    await owner.getByRole('link', { name: 'Map the robbery hotspots, with traders' }).click();
    await owner.getByRole('heading', { name: 'Report progress' }).waitFor();
    await owner.getByLabel('What was done, what is in the way').fill('Three districts walked with the traders’ committees.');
    await owner.getByLabel('Percent complete').fill('40');
    await owner.getByLabel('Milestone measured').selectOption({ label: 'Hotspots mapped (districts)' });
    await owner.getByLabel('Indicator value').fill('3');
    await owner.getByLabel('Links to documents').fill('https://example.org/hotspots.pdf');
    await owner.getByRole('button', { name: 'Post the update' }).click();
    await owner.getByText('Your progress update was posted.').waitFor();
    const timeline = owner.getByRole('list', { name: 'Progress updates, newest first' });
    await timeline.getByText('Three districts walked with the traders’ committees.').waitFor();
    expect(await texts(timeline.getByRole('listitem').first())).toEqual([expect.stringContaining('40 % complete')]);
    await owner.getByText('40 %', { exact: true }).waitFor();
    expect(await owner.getByRole('heading', { name: 'Costs' }).count()).toBe(1);
    expect(await owner.getByText('Add a cost line').count()).toBe(0);
    expect(await seriousViolations(owner)).toEqual([]);

    await owner.goto(planUrl);
    await owner.getByRole('link', { name: 'Hotspots mapped' }).click();
    await owner.getByRole('img', { name: /Hotspots mapped: values against the target/ }).waitFor();
    expect(await texts(owner.getByRole('table', { name: 'Recorded values, oldest first' }).locator('tbody tr'))).toEqual([
      expect.stringContaining('3'),
    ]);
    expect(await seriousViolations(owner)).toEqual([]);
  });

  it('shows the secretariat one overdue action on the dashboard, linked to where it is fixed', async () => {
    await secretariat.goto(dialogue.processUrl);
    await secretariat.getByRole('link', { name: 'Dashboard' }).click();
    await secretariat.getByRole('heading', { name: /Overdue actions/ }).waitFor();
    expect(await texts(secretariat.getByRole('heading', { name: /Overdue actions/ }))).toEqual(['Overdue actions 1']);
    const overdue = secretariat.getByRole('list', { name: 'Overdue actions' });
    expect(await texts(overdue.getByRole('listitem'))).toEqual([expect.stringContaining('Map the robbery hotspots, with traders')]);
    await secretariat.getByText('No milestone is due in the next 30 days').waitFor();
    expect(await seriousViolations(secretariat)).toEqual([]);
    await overdue.getByRole('link', { name: 'Map the robbery hotspots, with traders' }).click();
    await secretariat.getByRole('heading', { name: 'Progress', exact: true }).waitFor();
  });

  it('downloads the plan as CSV, which re-parses to the rows the API shows', async () => {
    await secretariat.goto(planUrl);
    const [download] = await Promise.all([
      secretariat.waitForEvent('download'),
      secretariat.getByRole('link', { name: /Export CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('action-plan-safer-market-roads.csv');
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed: string[][] = parse(bytes.toString('utf8'), { bom: true });
    const [header, ...rows] = parsed;
    expect(header.slice(0, 9)).toEqual(['Plan', 'Plan status', 'Action', 'How', 'Owner', 'Owner type', 'Start', 'Due', 'Status']);

    const plan = (await callApi(secretariat, 'GET', planApi)).json;
    const shown = plan.actions.map((action: any) => [
      plan.title,
      action.title,
      action.description,
      action.owner?.name ?? '',
      // Days are written for people in the process's document language (English here), not as ISO dates.
      action.dueDate ? formatCalendarDay(action.dueDate, 'en') : '',
      action.overdue ? 'yes' : 'no',
    ]);
    // The one title starting like a formula is exported with a leading quote, as spreadsheets expect.
    const exported = rows.map((row) => [row[0], row[2].replace(/^'(?==)/, ''), row[3], row[4], row[7], row[9]]);
    expect(exported).toEqual(shown);
    expect(rows[0][12]).toBe('40');
  });

  it('gives a calendar feed that answers for its secret URL and 404 once revoked', async () => {
    await owner.goto(`${dialogue.processUrl}/plan`);
    await owner.getByRole('button', { name: 'Make my calendar feed' }).click();
    await owner.getByText('Your calendar feed was made.').waitFor();
    const url = await owner.getByLabel('Your feed address (shown only now)').inputValue();
    expect(url.startsWith(`${baseUrl()}/api/v1/calendar-feeds/`)).toBe(true);
    expect(await seriousViolations(owner)).toEqual([]);

    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = await feed.text();
    expect(calendar).toContain('SUMMARY:Quick win: Hotspots mapped');
    expect(calendar).toContain('DTSTART;VALUE=DATE:20990331');

    await owner.getByRole('button', { name: 'Turn off the feed' }).click();
    await owner.getByRole('dialog', { name: 'Turn off your calendar feed?' }).getByRole('button', { name: 'Turn off the feed' }).click();
    await owner.getByText('Your calendar feed was turned off.').waitFor();
    expect((await fetch(url)).status).toBe(404);
  });
});
