import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { callApi, seriousViolations, setUpDialogue, type Dialogue } from './support/helpers';

/**
 * Issue 11, phones: at 375 × 812 a participant walks the main path (home, every process section, signing the
 * charter, reporting on their action), and a convener opens the sections only they see (dashboard, stakeholder
 * grid). Every section is reachable from the tab bar, the current tab is on screen, the page never scrolls
 * sideways, dialogs fit, axe finds nothing serious. Then the same in Arabic, laid out right to left. Nothing is
 * compared by pixels; the Arabic walk finds things by structure and address, not by (translated) words.
 */
const PHONE = { width: 375, height: 812 };
/** A test that opens a dozen pages, each with axe or a settle wait: room for a busy shared machine. */
const WALK_TIMEOUT = 180_000;

/** What sticks out sideways past the screen (inside no scrolling box of its own): empty when the page fits. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    const insideScroller = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5) && !insideScroller(element);
      })
      .slice(0, 8)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const classes = [...element.classList].map((name) => `.${name}`).join('');
        return `${element.tagName.toLowerCase()}${classes} [${String(Math.round(box.left))}, ${String(Math.round(box.right))}]`;
      });
    return [`the page is ${String(scrollWidth)} px wide on a ${String(width)} px screen`, ...culprits];
  });
}

/** Waits until the section has its data: no request in flight and no loading indicator. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

async function horizontallyOnScreen(locator: Locator): Promise<{ left: number; right: number; fits: boolean }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element has no box: it is not displayed.');
  const left = Math.round(box.x);
  const right = Math.round(box.x + box.width);
  return { left, right, fits: left >= 0 && right <= PHONE.width };
}

const tabBar = (page: Page) => page.locator('nav.tabs');
const currentTab = (page: Page) => tabBar(page).locator('a[aria-current="page"]');

/**
 * Opens every section of the process by its address, as a shared link or a reload would, and checks the tab
 * bar shows that section's tab on screen and the page fits; then walks the bar with the keyboard alone.
 * Returns the sections' addresses.
 */
async function walkTheTabs(page: Page, processUrl: string): Promise<string[]> {
  await page.goto(processUrl);
  await currentTab(page).waitFor();
  const sections = await tabBar(page)
    .locator('a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(sections.length).toBeGreaterThan(3);
  for (const section of sections) {
    await page.goto(section);
    await currentTab(page).waitFor();
    await settled(page);
    expect({ section, current: await currentTab(page).getAttribute('href') }).toEqual({ section, current: section });
    expect({ section, ...(await horizontallyOnScreen(currentTab(page))) }).toEqual(expect.objectContaining({ section, fits: true }));
    expect({ section, overflow: await sidewaysOverflow(page) }).toEqual({ section, overflow: [] });
  }
  // The keyboard reaches every tab in order, and each focused tab is scrolled on screen.
  await page.goto(sections[0]);
  await currentTab(page).waitFor();
  await tabBar(page).locator('a').first().focus();
  for (const [index, section] of sections.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.evaluate((element) => new URL((element as HTMLAnchorElement).href).pathname)).toBe(section);
    expect({ section, ...(await horizontallyOnScreen(focused)) }).toEqual(expect.objectContaining({ section, fits: true }));
  }
  // Following the last tab with Enter opens it, and it stays the one on screen.
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === sections[sections.length - 1]);
  await settled(page);
  expect((await horizontallyOnScreen(currentTab(page))).fits).toBe(true);
  return sections;
}

async function dialogFitsTheScreen(dialog: Locator): Promise<void> {
  const box = await dialog.boundingBox();
  if (!box) throw new Error('The dialog is not displayed.');
  expect({
    left: box.x >= 0,
    right: box.x + box.width <= PHONE.width,
    top: box.y >= 0,
    bottom: box.y + box.height <= PHONE.height,
  }).toEqual({ left: true, right: true, top: true, bottom: true });
}

/** The smallest label of a chart as drawn on the screen, in CSS pixels (its font size times the drawing's scale). */
async function chartLabelSize(svg: Locator): Promise<number> {
  return svg.evaluate((element) => {
    const scale = element.getBoundingClientRect().width / (element as SVGSVGElement).viewBox.baseVal.width;
    return Math.min(...[...element.querySelectorAll('text')].map((label) => parseFloat(getComputedStyle(label).fontSize) * scale));
  });
}

describe('a participant on a 375 px phone, left to right and right to left', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  let convener: Page;
  let participant: Page;
  let arabic: Page;
  let planUrl: string;
  let milestoneUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dialogue = await setUpDialogue(
      browser,
      contexts,
      'Nadia Convener',
      [
        { name: 'Omar Participant', role: 'participant' },
        { name: 'Layla Participant', role: 'participant' },
      ],
      PHONE,
    );
    convener = dialogue.convener.page;
    [participant, arabic] = dialogue.members.map((member) => member.page);
    const api = `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}`;

    expect((await callApi(convener, 'POST', `${api}/stakeholder-groups/starter`)).status).toBe(201);
    for (const body of [
      { kind: 'organisation', name: 'Ministry of Water', influence: 5, interest: 4, stance: 'supportive' },
      { kind: 'organisation', name: 'Herders’ association of the Logone', influence: 2, interest: 5, stance: 'opposed' },
      { kind: 'individual', name: 'Chief of Zina', influence: 4, interest: 4, stance: 'unknown' },
    ]) {
      expect((await callApi(convener, 'POST', `${api}/stakeholders`, body)).status).toBe(201);
    }

    let version = (await callApi(convener, 'POST', `${api}/charter/versions`, {})).json;
    version = (await callApi(convener, 'POST', `${api}/charter/versions/${version.id as string}/propose`, { version: version.version }))
      .json;
    version = (await callApi(convener, 'POST', `${api}/charter/versions/${version.id as string}/adopt`, { version: version.version })).json;
    expect(version.status).toBe('adopted');

    const plan = (
      await callApi(convener, 'POST', `${api}/plans`, { title: 'Share the dry-season water', goal: 'Both banks water their herds' })
    ).json;
    planUrl = `${dialogue.processUrl}/plan/${plan.id as string}`;
    for (const [index, member] of dialogue.members.entries()) {
      const action = {
        title: `Count the wells on bank ${String(index + 1)}`,
        owner: { kind: 'member', id: member.userId },
        dueDate: '2099-03-01',
      };
      expect((await callApi(convener, 'POST', `${api}/plans/${plan.id as string}/actions`, action)).status).toBe(201);
    }
    const milestone = await callApi(convener, 'POST', `${api}/plans/${plan.id as string}/milestones`, {
      title: 'Wells counted',
      dueDate: '2099-03-31',
      unit: 'wells',
      baseline: 0,
      target: 12000,
      direction: 'increase',
    });
    expect(milestone.status).toBe(201);
    milestoneUrl = `${planUrl}/milestones/${milestone.json.id as string}`;
    for (const [value, measuredOn] of [
      [1500, '2026-01-10'],
      [4200, '2026-02-10'],
    ] as const) {
      const recorded = await callApi(convener, 'POST', `${api}/milestones/${milestone.json.id as string}/values`, { value, measuredOn });
      expect(recorded.status).toBe(201);
    }
    let current = (await callApi(convener, 'GET', `${api}/plans/${plan.id as string}`)).json;
    current = (await callApi(convener, 'POST', `${api}/plans/${plan.id as string}/propose`, { version: current.version })).json;
    current = (await callApi(convener, 'POST', `${api}/plans/${plan.id as string}/approve`, { version: current.version })).json;
    expect(current.status).toBe('approved');

    // Layla reads Arabic: the language this browser picked, set before any page script runs, and her account's
    // language (which wins over the browser's once she is signed in).
    await arabic.context().addInitScript(() => window.localStorage.setItem('cg.locale', 'ar'));
    const saved = await callApi(arabic, 'PUT', '/api/v1/account/locale', { locale: 'ar' });
    expect(saved.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('shows the home page and a header that fit the screen, with the bell and the account in reach', async () => {
    await participant.goto('/');
    await participant.getByRole('heading', { level: 1, name: 'What I need to do' }).waitFor();
    await settled(participant);
    expect(await sidewaysOverflow(participant)).toEqual([]);
    for (const control of [
      participant.getByRole('link', { name: 'Common Ground' }),
      participant.locator('.notification-bell'),
      participant.getByRole('link', { name: /Signed in as/ }),
      participant.getByRole('button', { name: 'Sign out' }),
    ]) {
      expect((await horizontallyOnScreen(control)).fits).toBe(true);
    }
    // The bell is drawn, not an emoji (a box without an emoji font), and named by its icon.
    const bell = participant.getByRole('link', { name: /^Notifications, / });
    expect(await bell.getByRole('img', { name: /^Notifications, / }).evaluate((icon) => icon.tagName.toLowerCase())).toBe('svg');
    expect(await bell.innerText()).not.toContain('\u{1F514}');
    expect(await seriousViolations(participant)).toEqual([]);
  });

  it('shows a pending invitation’s e-mail status as a badge that fits its words, not the screen’s width', async () => {
    const email = `observer-${String(Date.now())}@example.org`;
    const invited = await callApi(
      convener,
      'POST',
      `/api/v1/workspaces/${dialogue.workspaceId}/processes/${dialogue.processId}/invitations`,
      {
        email,
        role: 'observer',
      },
    );
    expect(invited.status).toBe(201);
    await convener.goto(`${dialogue.processUrl}/selection`);
    const row = convener.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem').filter({ hasText: email });
    const badge = row.locator('.badge').filter({ hasText: /^E-mail/ });
    await badge.waitFor();
    const [badgeBox, columnBox] = await Promise.all([badge.boundingBox(), row.locator('.row-main').boundingBox()]);
    expect(badgeBox && columnBox).toBeTruthy();
    expect((badgeBox?.width ?? 0) < (columnBox?.width ?? 0) * 0.75).toBe(true);
    expect(badgeBox?.x).toBeCloseTo(columnBox?.x ?? 0, 0);
    expect(await sidewaysOverflow(convener)).toEqual([]);
  });

  it(
    'reaches every process section from the tab bar, the current tab on screen, the page never wider than the phone',
    async () => {
      const sections = await walkTheTabs(participant, dialogue.processUrl);
      expect(sections).toEqual(expect.arrayContaining([`${dialogue.processUrl}/charter`, `${dialogue.processUrl}/plan`]));
    },
    WALK_TIMEOUT,
  );

  it(
    'gives the convener, with the most tabs, every section too: the bar scrolls rather than wraps or hides',
    async () => {
      const sections = await walkTheTabs(convener, dialogue.processUrl);
      expect(sections.length).toBeGreaterThanOrEqual(10);
      const bar = await tabBar(convener).evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(bar.scrollWidth).toBeGreaterThan(bar.clientWidth);
    },
    WALK_TIMEOUT,
  );

  it('lets the participant sign the charter in a dialog that fits the screen', async () => {
    await participant.goto(`${dialogue.processUrl}/charter`);
    const panel = participant.getByRole('region', { name: 'Your signature' });
    await panel.getByRole('button', { name: 'Sign', exact: true }).click();
    const dialog = participant.getByRole('dialog', { name: 'Sign version 1 of the charter?' });
    await dialog.waitFor();
    await dialogFitsTheScreen(dialog);
    expect(await seriousViolations(participant)).toEqual([]);
    await dialog.getByRole('button', { name: 'Sign the charter' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText(/^You signed version 1/).waitFor();
    expect(await sidewaysOverflow(participant)).toEqual([]);
  });

  it(
    'lets the participant find their action in the plan and report progress on it',
    async () => {
      await participant.goto(planUrl);
      const table = participant.getByRole('table', { name: 'Actions of this plan' });
      await table.waitFor();
      await settled(participant);
      expect(await sidewaysOverflow(participant)).toEqual([]);
      expect(await seriousViolations(participant)).toEqual([]);
      // The table scrolls inside its own region, headers with it; the action's link is reachable.
      await table.getByRole('link', { name: 'Count the wells on bank 1' }).click();
      await participant.getByRole('heading', { name: 'Report progress' }).waitFor();
      await participant.getByLabel('What was done, what is in the way').fill('Eleven wells counted with the herders.');
      await participant.getByLabel('Percent complete').fill('30');
      await participant.getByRole('button', { name: 'Post the update' }).click();
      await participant.getByText('Your progress update was posted.').waitFor();
      await settled(participant);
      expect(await sidewaysOverflow(participant)).toEqual([]);
      expect(await seriousViolations(participant)).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it(
    'keeps the dashboard and the stakeholder grid legible on the phone',
    async () => {
      await convener.goto(`${dialogue.processUrl}/dashboard`);
      await settled(convener);
      expect(await sidewaysOverflow(convener)).toEqual([]);
      expect(await seriousViolations(convener)).toEqual([]);

      await convener.goto(`${dialogue.processUrl}/stakeholders/grid`);
      const grid = convener.getByRole('group', { name: /Influence and interest of 3 stakeholders/ });
      await grid.waitFor();
      await settled(convener);
      expect(await sidewaysOverflow(convener)).toEqual([]);
      // Legible: the grid's words are drawn at 10.5 px or more on the screen, not shrunk with the picture to fit the phone.
      expect(await chartLabelSize(grid)).toBeGreaterThanOrEqual(10.5);
      // Every mark can still be opened with the keyboard.
      await grid.getByRole('link').first().focus();
      expect(await seriousViolations(convener)).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it('keeps a milestone chart readable on the phone', async () => {
    await participant.goto(milestoneUrl);
    const chart = participant.getByRole('img', { name: /Wells counted/ });
    await chart.waitFor();
    await settled(participant);
    expect(await sidewaysOverflow(participant)).toEqual([]);
    expect(await chartLabelSize(chart)).toBeGreaterThanOrEqual(10.5);
    expect(await seriousViolations(participant)).toEqual([]);
  });

  describe('in Arabic, right to left', () => {
    const direction = (page: Page) =>
      page.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        computed: getComputedStyle(document.body).direction,
      }));

    it('lays the home page out right to left and still fits the screen', async () => {
      await arabic.goto('/');
      await arabic.locator('main h1').waitFor();
      await settled(arabic);
      expect(await direction(arabic)).toEqual({ dir: 'rtl', lang: 'ar', computed: 'rtl' });
      expect(await sidewaysOverflow(arabic)).toEqual([]);
      expect(await seriousViolations(arabic)).toEqual([]);
    });

    it(
      'reaches every process section, the current tab on screen, nothing wider than the phone',
      async () => {
        await walkTheTabs(arabic, dialogue.processUrl);
        expect(await direction(arabic)).toEqual({ dir: 'rtl', lang: 'ar', computed: 'rtl' });
      },
      WALK_TIMEOUT,
    );

    it('mirrors the phase stepper: its steps hang from the right-hand edge, where Arabic lines start', async () => {
      await arabic.goto(dialogue.processUrl);
      const step = arabic.locator('.stepper .step').first();
      await step.waitFor();
      expect(
        await step.evaluate((element) => {
          const style = getComputedStyle(element);
          return { right: style.borderRightWidth, left: style.borderLeftWidth };
        }),
      ).toEqual({ right: '4px', left: '0px' });
    });

    it(
      'shows the charter, the plan and the action right to left with nothing serious for axe',
      async () => {
        for (const path of [`${dialogue.processUrl}/charter`, planUrl]) {
          await arabic.goto(path);
          await currentTab(arabic).waitFor();
          await settled(arabic);
          expect({ path, overflow: await sidewaysOverflow(arabic) }).toEqual({ path, overflow: [] });
          expect({ path, violations: await seriousViolations(arabic) }).toEqual({ path, violations: [] });
        }
        // Layla's own action (the second) and its page.
        await arabic.locator('.actions-table a.action-title').nth(1).click();
        await arabic.locator('form textarea').first().waitFor();
        await settled(arabic);
        expect(await sidewaysOverflow(arabic)).toEqual([]);
        expect(await seriousViolations(arabic)).toEqual([]);
      },
      WALK_TIMEOUT,
    );

    it('draws the milestone chart with its time running left to right, the numbers and dates in place', async () => {
      await arabic.goto(milestoneUrl);
      const chart = arabic.locator('svg.chart-svg');
      await chart.waitFor();
      await settled(arabic);
      expect(await sidewaysOverflow(arabic)).toEqual([]);
      expect(await chartLabelSize(chart)).toBeGreaterThanOrEqual(10.5);
      // Every label is on the screen, and the first date (anchored at the axis' start) is left of the last.
      const labels = await chart.evaluate((svg) =>
        [...svg.querySelectorAll('text')].map((text) => {
          const box = text.getBoundingClientRect();
          return { anchor: text.getAttribute('text-anchor'), inside: box.left >= 0 && box.right <= window.innerWidth, left: box.left };
        }),
      );
      expect(labels.filter((label) => !label.inside)).toEqual([]);
      const dates = labels.slice(-2);
      expect(dates.map((label) => label.anchor)).toEqual(['start', 'end']);
      expect(dates[0].left).toBeLessThan(dates[1].left);
    });

    it('opens a dialog that fits the screen right to left', async () => {
      await arabic.goto(`${dialogue.processUrl}/charter`);
      await currentTab(arabic).waitFor();
      await settled(arabic);
      // The signature panel's first button opens the signing dialog.
      await arabic.locator('section[aria-labelledby="signing-title"] .button-row button').first().click();
      const dialog = arabic.locator('dialog[open]');
      await dialog.waitFor();
      await dialogFitsTheScreen(dialog);
      expect(await seriousViolations(arabic)).toEqual([]);
    });
  });
});
