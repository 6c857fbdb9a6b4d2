import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, eventually, seriousViolations, setUpDialogue, texts, type Dialogue } from './support/helpers';

/** A wall-clock time in Africa/Douala (UTC+1 all year, the process's zone in setUpDialogue), as a datetime-local field takes it. */
function doualaWallClock(at: Date): string {
  return new Date(at.getTime() + 3600 * 1000).toISOString().slice(0, 16);
}

/**
 * The Meetings tab's main path: the secretariat schedules a plenary under the Chatham House Rule with an
 * agenda, three participants answer, attendance is taken (by the secretariat and with the code), statements
 * are drafted without speakers, the attendees approve the minutes, and a participant reads them unattributed.
 */
describe('a plenary under the Chatham House Rule, from invitation to approved minutes', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let s: Page;
  let oscar: Page;
  let rose: Page;
  let tariq: Page;
  let meetingUrl = '';

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Nadia Convener', [
      { name: 'Sam Secretariat', role: 'secretariat' },
      { name: 'Oscar Participant', role: 'participant' },
      { name: 'Rose Participant', role: 'participant' },
      { name: 'Tariq Participant', role: 'participant' },
    ]);
    s = dialogue.members[0].page;
    [oscar, rose, tariq] = dialogue.members.slice(1).map((member) => member.page);
    const regime = await callApi(
      dialogue.convener.page,
      'PUT',
      `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/confidentiality`,
      {
        defaultMode: 'chatham_house',
        mediaSpokespeople: 'Only the convener',
        externalCommunication: 'Joint statements only.',
        version: 0,
      },
    );
    expect(regime.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('lets the secretariat schedule the plenary, offering only the regime or stricter, and invite three participants', async () => {
    await s.goto(dialogue.processUrl);
    await s.getByRole('link', { name: 'Meetings' }).click();
    await s.getByRole('heading', { level: 2, name: 'Meetings' }).waitFor();
    await s.getByText('No meeting planned').waitFor();
    await s.getByRole('button', { name: 'Schedule a meeting' }).click();
    await s.getByLabel('Kind of meeting').selectOption('plenary');
    await s.getByLabel('Title').fill('Second plenary on the dry season');
    const now = Date.now();
    await s.getByLabel('Starts').fill(doualaWallClock(new Date(now - 10 * 60 * 1000)));
    await s.getByLabel('Ends').fill(doualaWallClock(new Date(now + 2 * 3600 * 1000)));
    await s.getByText('On the process’s clock (Africa/Douala).').first().waitFor();
    await s.getByLabel('Place').fill('Town hall, Kousseri');
    await s.getByLabel('Hosts, one per line').fill('Women’s water committee');
    const modes = await texts(s.getByLabel('Confidentiality').locator('option'));
    expect(modes).toHaveLength(2);
    expect(modes[0]).toMatch(/^Chatham House Rule/);
    expect(modes[1]).toMatch(/^Off the record/);
    await s.getByLabel('Oscar Participant').check();
    await s.getByLabel('Rose Participant').check();
    await s.getByLabel('Tariq Participant').check();
    await s.getByRole('button', { name: 'Schedule', exact: true }).click();
    await s.getByText('The meeting “Second plenary on the dry season” is scheduled.').waitFor();
    await s.getByRole('link', { name: 'Second plenary on the dry season' }).click();
    await s.getByRole('heading', { level: 2, name: 'Second plenary on the dry season' }).waitFor();
    meetingUrl = new URL(s.url()).pathname;
    await s.getByText(/^Chatham House Rule: Participants may use the information/).waitFor();
  });

  it('builds a nested agenda with durations and planned starts', async () => {
    await s.getByRole('button', { name: 'Edit the agenda' }).click();
    await s.getByRole('button', { name: 'Add an item' }).click();
    await s.getByLabel('Item 1', { exact: true }).fill('Welcome');
    await s.getByLabel('Minutes for item 1').fill('10');
    await s.getByRole('button', { name: 'Add an item' }).click();
    await s.getByLabel('Item 2', { exact: true }).fill('Water sharing');
    await s.getByLabel('Minutes for item 2').fill('30');
    await s.getByRole('button', { name: 'Add an item' }).click();
    await s.getByLabel('Item 3', { exact: true }).fill('Wells in the north');
    await s.getByRole('button', { name: 'Make item 3 a sub-item' }).click();
    await s.getByLabel('Item 2.1', { exact: true }).waitFor();
    await s.getByLabel('Minutes for item 2.1').fill('20');
    await s.getByRole('button', { name: 'Save the agenda' }).click();
    await s.getByText('The agenda is saved.').waitFor();
    const lines = await texts(s.getByRole('list', { name: 'Agenda' }).locator(':scope > li'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('1. Welcome');
    expect(lines[1]).toContain('2. Water sharing');
    expect(lines[2]).toContain('2.1. Wells in the north');
    expect(lines[2]).toContain('20 minutes');
    await s.getByText('60 minutes planned').waitFor();
    expect(await seriousViolations(s)).toEqual([]);
  });

  it('takes the answers of the three participants, and counts them for the organisers', async () => {
    for (const [page, answer] of [
      [oscar, 'Yes, I will attend'],
      [rose, 'Yes, I will attend'],
      [tariq, 'Maybe'],
    ] as const) {
      await page.goto(meetingUrl);
      await page.getByRole('heading', { level: 3, name: 'Will you attend?' }).waitFor();
      await page.getByLabel(answer).check();
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await page.getByText('Your answer is recorded.').waitFor();
    }
    await s.reload();
    await s.getByText('2 yes, 0 no, 1 maybe, 0 not answered').waitFor();
  });

  it('records attendance: ticked by the secretariat, and by a participant with the code shown to the room', async () => {
    await s.getByLabel('Oscar Participant attended').check();
    await s.getByLabel('Rose Participant attended').check();
    await s.getByText('Rose Participant', { exact: true }).waitFor();
    await s.getByRole('button', { name: 'Show a new attendance code' }).click();
    const code = (await s.locator('.attendance-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    await tariq.reload();
    await tariq.getByLabel('The code shown in the room').fill(code.toLowerCase());
    await tariq.getByRole('button', { name: 'Record my attendance' }).click();
    await tariq.getByText('Your attendance is recorded.').waitFor();

    await s.reload();
    await eventually(async () => {
      expect(await s.getByRole('list', { name: 'Attendance' }).locator(':scope > li').count()).toBe(3);
    });
    await s.getByText(/^(Quorum reached|No quorum yet): 3 present/).waitFor();
  });

  it('drafts statements without any speaker field, and keeps them from attendees until approval', async () => {
    await s.getByText('statements carry no names').waitFor();
    expect(await s.getByLabel('Speaker (optional)').count()).toBe(0);
    await s.getByLabel('Agenda item').selectOption('2.1');
    await s.getByLabel('What was said').fill('The northern wells run dry in March; we need a rota.');
    await s.getByRole('button', { name: 'Add the statement' }).click();
    await s.getByText('The northern wells run dry in March; we need a rota.').waitFor();
    await s.getByLabel('Agenda item').selectOption('1');
    await s.getByLabel('What was said').fill('Everyone is welcome to speak in their own language.');
    await s.getByRole('button', { name: 'Add the statement' }).click();
    const statements = s.getByRole('list', { name: 'Statements' }).locator(':scope > li');
    await eventually(async () => {
      expect(await texts(statements)).toHaveLength(2);
    });
    const inOrder = await texts(statements);
    expect(inOrder[0]).toContain('Everyone is welcome');
    expect(inOrder[1]).toContain('northern wells');
    await s.getByLabel('New action point').fill('The water committee drafts a rota for the northern wells.');
    await s.getByRole('button', { name: 'Add the action point' }).click();
    await s.getByRole('list', { name: 'Action points' }).getByText('drafts a rota').waitFor();

    await oscar.reload();
    await oscar.getByText('The statements are published to the attendees when the minutes are approved.').waitFor();
    expect(await oscar.getByText('northern wells run dry').count()).toBe(0);

    await s.getByRole('button', { name: 'Submit for review' }).click();
    const dialog = s.getByRole('dialog', { name: 'Submit the minutes for review?' });
    await dialog.getByRole('button', { name: 'Submit for review' }).click();
    await dialog.waitFor({ state: 'detached' });
    await s.getByText('In review', { exact: true }).waitFor();
  });

  it('is approved by the attendees, then read-only, and a participant reads the statements with no name attached', async () => {
    for (const page of [oscar, rose]) {
      await page.reload();
      await page.getByRole('heading', { name: 'Your review' }).waitFor();
      await page.getByLabel('Approve the minutes').check();
      await page.getByRole('button', { name: 'Send my review' }).click();
      await page.getByText('Your review is recorded.').waitFor();
    }
    await rose.getByText(/^Approved on .*\. The minutes can no longer be changed\.$/).waitFor();

    await tariq.setViewportSize({ width: 375, height: 800 });
    await tariq.reload();
    const statements = tariq.getByRole('list', { name: 'Statements' }).locator(':scope > li');
    await eventually(async () => {
      expect(await texts(statements)).toHaveLength(2);
    });
    const all = (await texts(statements)).join('\n');
    expect(all).toContain('The northern wells run dry in March; we need a rota.');
    for (const name of ['Sam Secretariat', 'Oscar Participant', 'Rose Participant', 'Tariq Participant', 'said:']) {
      expect(all).not.toContain(name);
    }
    expect(await tariq.getByRole('button', { name: 'Send my review' }).count()).toBe(0);
    expect(await tariq.getByRole('button', { name: /^Quote me by name/ }).count()).toBe(2);
    const overflow = await tariq.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await s.reload();
    expect(await s.getByRole('button', { name: 'Add the statement' }).count()).toBe(0);
    expect(await s.getByRole('button', { name: /^Delete statement/ }).count()).toBe(0);
  });

  it('lists the meeting under upcoming, nothing under past, and cancels another meeting only after confirming', async () => {
    const base = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/meetings`;
    const later = Date.now() + 7 * 24 * 3600 * 1000;
    const other = await callApi(s, 'POST', base, {
      kind: 'working_group',
      format: 'online',
      title: 'Rota working group',
      startsAt: new Date(later).toISOString(),
      endsAt: new Date(later + 3600 * 1000).toISOString(),
      link: 'https://meet.example.org/rota',
    });
    expect(other.status).toBe(201);

    await s.goto(`${dialogue.processUrl}/meetings`);
    const upcoming = s.getByRole('list', { name: 'Upcoming' }).locator(':scope > li');
    await eventually(async () => {
      expect(await upcoming.count()).toBe(2);
    });
    expect((await texts(upcoming))[0]).toContain('Second plenary on the dry season');
    await s.getByRole('button', { name: 'Past' }).click();
    await s.getByText('No past meeting').waitFor();

    await s.goto(`${dialogue.processUrl}/meetings/${String(other.json.id)}`);
    await s.getByRole('link', { name: 'https://meet.example.org/rota' }).waitFor();
    await s.getByRole('button', { name: 'Cancel the meeting' }).click();
    const dialog = s.getByRole('dialog', { name: 'Cancel this meeting?' });
    await dialog.getByRole('button', { name: 'Cancel the meeting' }).click();
    await dialog.waitFor({ state: 'detached' });
    await s.getByText('This meeting is cancelled.').waitFor();
    expect(await s.getByRole('button', { name: 'Cancel the meeting' }).count()).toBe(0);
  });
});
