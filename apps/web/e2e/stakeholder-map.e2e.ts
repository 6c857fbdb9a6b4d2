import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, eventually, newPage, seriousViolations, setUpDialogue, withOwnerDatabase, type Dialogue } from './support/helpers';

/** The Stakeholders tab: the register, the influence/interest grid, the relationship map, prospects and consultations. */
describe('the conveners map the stakeholders and approach prospective participants', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let a: Page;
  let api: string;
  let base: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(browser, contexts, 'Tessa Convener', [
      { name: 'Sami Secretariat', role: 'secretariat' },
      { name: 'Paul Participant', role: 'participant' },
    ]);
    a = dialogue.convener.page;
    api = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`;
    base = `${dialogue.processUrl}/stakeholders`;
    expect((await callApi(a, 'POST', `${api}/stakeholder-groups/starter`)).status).toBe(201);
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('adds a stakeholder with a contact point through the form, then finds it by searching', async () => {
    await a.goto(dialogue.processUrl);
    await a.getByRole('navigation', { name: 'Process sections' }).getByRole('link', { name: 'Stakeholders' }).click();
    await a.getByRole('heading', { name: 'Stakeholder register' }).waitFor();
    await a.getByText('No stakeholders mapped yet').waitFor();
    await a.getByRole('button', { name: 'Add stakeholder' }).click();
    const dialog = a.getByRole('dialog', { name: 'Add a stakeholder' });
    await dialog.getByLabel('Name').fill('District police command');
    await dialog.getByLabel('Stakeholder group').selectOption({ label: 'Police' });
    await dialog.getByLabel('Influence').selectOption('5');
    await dialog.getByLabel('Interest').selectOption('2');
    await dialog.getByLabel('Stance towards the process').selectOption({ label: 'Neutral' });
    await dialog.getByRole('button', { name: 'Add a contact point' }).click();
    await dialog.getByLabel('Address or number 1').fill('not an address');
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    await dialog.getByText('Enter an e-mail address such as name@example.org.').waitFor();
    await dialog.getByLabel('Address or number 1').fill('desk@police.example');
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    await a.getByText('District police command was added to the register.').waitFor();
    const row = a.getByRole('row', { name: /District police command/ });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Organisation Police 5 2 Neutral Keep satisfied');

    for (const body of [
      { kind: 'organisation', name: 'Ministry of Interior', influence: 5, interest: 4, stance: 'supportive' },
      { kind: 'organisation', name: 'Logone youth council', influence: 2, interest: 5, stance: 'opposed' },
      { kind: 'individual', name: 'Chief of Zina', influence: 4, interest: 4, stance: 'unknown' },
    ]) {
      expect((await callApi(a, 'POST', `${api}/stakeholders`, body)).status).toBe(201);
    }
    await a.reload();
    await a.getByLabel('Search by name').fill('youth');
    await eventually(async () => {
      expect(await a.locator('tbody tr').count()).toBe(1);
    });
    await a.getByRole('link', { name: 'Logone youth council' }).waitFor();
    expect(a.url()).toContain('q=youth');
  });

  it('edits a stakeholder and records a dependency and a tension on its page', async () => {
    await a.goto(base);
    await a.getByRole('link', { name: 'District police command' }).click();
    await a.getByRole('heading', { level: 2, name: 'District police command' }).waitFor();
    await a.getByText('desk@police.example').waitFor();
    await a.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = a.getByRole('dialog', { name: 'Edit District police command' });
    await dialog.getByLabel('Stance towards the process').selectOption({ label: 'Supportive' });
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await a.getByText('District police command was saved.').waitFor();
    await a.getByText('Stance: Supportive').waitFor();

    const form = a.getByRole('form', { name: 'Add a relationship' });
    await form.getByLabel('Kind').selectOption({ label: 'Dependency' });
    await form.getByLabel('Direction').selectOption({ label: 'District police command depends on the other' });
    await form.getByLabel('Other stakeholder').selectOption({ label: 'Ministry of Interior' });
    await form.getByLabel('Strength').selectOption({ label: 'Strong' });
    await form.getByRole('button', { name: 'Add relationship' }).click();
    await a.getByText('Added: District police command depends on Ministry of Interior.').waitFor();
    await form.getByLabel('Kind').selectOption({ label: 'Tension' });
    await form.getByLabel('Other stakeholder').selectOption({ label: 'Logone youth council' });
    await form.getByRole('button', { name: 'Add relationship' }).click();
    await a.getByText('Added: District police command and Logone youth council: tension.').waitFor();
    await form.getByLabel('Other stakeholder').selectOption({ label: 'Logone youth council' });
    await form.getByRole('button', { name: 'Add relationship' }).click();
    await form.getByText('This relationship is already recorded.').waitFor();
    expect(await a.getByRole('region', { name: 'Relationships of District police command' }).locator('tbody tr').count()).toBe(2);
    expect(await seriousViolations(a)).toEqual([]);
  });

  it('shows the influence/interest grid with a clickable, keyboard-reachable mark per stakeholder, and its table', async () => {
    await a.goto(`${base}/grid`);
    const grid = a.getByRole('group', { name: /Influence and interest of 4 stakeholders/ });
    await grid.waitFor();
    await grid.getByRole('link', { name: /^Logone youth council: influence 2, interest 5 \(Keep informed\)/ }).click();
    await a.getByRole('heading', { level: 2, name: 'Logone youth council' }).waitFor();

    await a.goBack();
    await grid.waitFor();
    await grid.getByRole('link').first().focus();
    await a.keyboard.press('ArrowRight');
    const focused = await a.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused).toMatch(/^(Ministry of Interior|District police command|Chief of Zina)/);
    await a.keyboard.press('Enter');
    await a.getByRole('heading', { level: 2, name: focused.split(':')[0] }).waitFor();

    await a.goto(`${base}/grid`);
    expect(await seriousViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Table view' }).click();
    const table = a.getByRole('table', { name: 'Stakeholders by influence and interest' });
    expect((await table.getByRole('row', { name: /District police command/ }).innerText()).replace(/\s+/g, ' ')).toContain(
      'Police 5 2 Supportive Keep satisfied',
    );
    expect(await a.getByRole('button', { name: 'Table view' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('draws the relationship map, opens a stakeholder from it, and lists the relationships as a table', async () => {
    await a.goto(`${base}/map`);
    const map = a.getByRole('group', { name: /Relationships between 4 stakeholders/ });
    await map.waitFor();
    await map.getByRole('link', { name: /^Ministry of Interior: supportive/ }).click();
    await a.getByRole('heading', { level: 2, name: 'Ministry of Interior' }).waitFor();
    await a.goto(`${base}/map`);
    await map.waitFor();
    expect(await seriousViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Table view' }).click();
    const table = a.getByRole('table', { name: 'Relationships between stakeholders' });
    expect((await table.getByRole('row', { name: /depends on/ }).innerText()).replace(/\s+/g, ' ')).toBe(
      'District police command depends on Ministry of Interior Strong',
    );
  });

  it('gives the secretariat the register without contact points, and participants no Stakeholders tab', async () => {
    const secretariat = dialogue.members[0].page;
    await secretariat.goto(base);
    await secretariat.getByRole('link', { name: 'District police command' }).click();
    await secretariat.getByRole('heading', { level: 2, name: 'District police command' }).waitFor();
    expect(await secretariat.getByText('Contact points').count()).toBe(0);
    expect(await secretariat.getByText('desk@police.example').count()).toBe(0);
    expect(await secretariat.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);

    const participant = dialogue.members[1].page;
    await participant.goto(dialogue.processUrl);
    await participant.getByRole('navigation', { name: 'Process sections' }).getByRole('link', { name: 'Charter' }).waitFor();
    expect(
      await participant.getByRole('navigation', { name: 'Process sections' }).getByRole('link', { name: 'Stakeholders' }).count(),
    ).toBe(0);
    await participant.goto(base);
    await participant.getByText('Your role does not allow this.').waitFor();
  });

  it('adds a prospect linked to a stakeholder, logs a consultation (consulted), then invites them', async () => {
    await a.goto(`${base}/prospects`);
    await a.getByText('No prospective participants yet').waitFor();
    await a.getByRole('button', { name: 'Add prospect' }).click();
    const dialog = a.getByRole('dialog', { name: 'Add a prospective participant' });
    await dialog.getByLabel('Name').fill('Amina Diallo');
    await dialog.getByLabel('Organisation').fill('Logone women’s network');
    await dialog.getByLabel('Would represent').selectOption({ label: 'Logone youth council' });
    await dialog.getByLabel('E-mail address').fill('amina@example.org');
    await dialog.getByRole('button', { name: 'Add prospect' }).click();
    await a.getByRole('heading', { level: 2, name: 'Amina Diallo' }).waitFor();
    await a.getByText('amina@example.org').waitFor();

    const log = a.getByRole('form', { name: 'Log a consultation' });
    await log.getByLabel('Date').fill('2026-01-20');
    await log.getByLabel('How').selectOption({ label: 'Meeting' });
    await log.getByLabel('Interest in taking part').selectOption({ label: 'High' });
    await log.getByLabel('Concerns').fill('Fears being seen with the police.');
    await log.getByLabel('Outcome').fill('Will join under the Chatham House Rule.');
    await log.getByRole('button', { name: 'Log consultation' }).click();
    await a.getByText('The consultation was logged; Amina Diallo is now consulted.').waitFor();
    await a.getByText('Fears being seen with the police.').waitFor();
    await a.getByRole('button', { name: 'Mark as invited' }).click();
    await a.getByText('Amina Diallo is now invited.').waitFor();
    expect(await a.getByRole('button', { name: 'Mark as taking part' }).count()).toBe(1);
    expect(await seriousViolations(a)).toEqual([]);

    await a.goto(`${base}/prospects?status=invited`);
    await a.getByRole('link', { name: 'Amina Diallo' }).waitFor();
    const secretariat = dialogue.members[0].page;
    await secretariat.goto(`${base}/prospects`);
    await secretariat.getByRole('link', { name: 'Amina Diallo' }).click();
    await secretariat.getByRole('heading', { level: 2, name: 'Amina Diallo' }).waitFor();
    expect(await secretariat.getByText('amina@example.org').count()).toBe(0);
  });

  it('keeps the register usable on a 375 px wide phone', async () => {
    const { context, page } = await newPage(browser, { width: 375, height: 800 });
    contexts.push(context);
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(dialogue.convener.who.email);
    await page.getByLabel('Password').fill(dialogue.convener.who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    for (const path of ['', '/grid']) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }
  });

  it('draws a map of 500 stakeholders and 2,000 relationships in which every stakeholder can be opened', async () => {
    const created = await callApi(a, 'POST', `/api/v1/workspaces/${dialogue.workspaceId}/processes`, {
      title: 'Large register',
      level: 'national',
      wheelAreas: [],
      ownershipTarget: 'dialogue_consultation',
      timezone: 'Africa/Douala',
    });
    const processId = created.json.id as string;
    // 500 stakeholders; four blocks of 500 relationships, one kind each, linking i to i + 1, 8, 15 or 22 (no pair twice).
    await withOwnerDatabase(async (db) => {
      await db.query(
        `insert into stakeholders (workspace_id, process_id, kind, name, influence, interest, stance)
         select $1, $2, 'organisation', 'Stakeholder ' || lpad(n::text, 3, '0'), 1 + n % 5, 1 + (n * 7) % 5,
                (array['supportive', 'neutral', 'opposed', 'unknown'])[1 + n % 4]
           from generate_series(0, 499) n`,
        [dialogue.workspaceId, processId],
      );
      await db.query(
        `insert into stakeholder_relationships (workspace_id, process_id, source_id, target_id, kind, strength)
         select $1, $2, a.id, b.id, (array['alliance', 'tension', 'conflict', 'dependency'])[1 + k], 1 + (i + k) % 3
           from generate_series(0, 3) k cross join generate_series(0, 499) i
           join stakeholders a on a.process_id = $2 and a.name = 'Stakeholder ' || lpad(i::text, 3, '0')
           join stakeholders b on b.process_id = $2 and b.name = 'Stakeholder ' || lpad(((i + 1 + 7 * k) % 500)::text, 3, '0')`,
        [dialogue.workspaceId, processId],
      );
    });
    await a.goto(`/w/${dialogue.workspaceId}/p/${processId}/stakeholders/map`);
    const map = a.getByRole('group', { name: 'Relationships between 500 stakeholders (2000 relationships)' });
    await map.waitFor({ timeout: 30_000 });
    await eventually(async () => {
      expect(await map.getByRole('link').count()).toBe(500);
    }, 30_000);
    let timings: string[] = [];
    await eventually(async () => {
      timings = await a.evaluate(() =>
        ['cg-map-layout', 'cg-map-render'].map(
          (name) => `${name} ${performance.getEntriesByName(name).at(-1)?.duration.toFixed(0) ?? '?'} ms`,
        ),
      );
      expect(timings.join()).not.toContain('?');
    });
    // Reported, never asserted: the machine is shared and timings vary.
    console.log(`Relationship map, 500 stakeholders / 2,000 relationships in Chromium: ${timings.join(', ')}`);
    await map.getByRole('link', { name: /^Stakeholder 250:/ }).click();
    await a.getByRole('heading', { level: 2, name: 'Stakeholder 250' }).waitFor();
  }, 60_000);
});
