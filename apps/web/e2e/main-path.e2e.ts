import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { lastMailTo } from './support/mail';
import { baseUrl, eventually, newPage, person, seriousViolations, signUp, submitSignUp, texts } from './support/helpers';

/**
 * The user story of the first release, in one browser session per person:
 * a convener (A) runs a process through its first phase change and back, invites B, who joins and
 * takes part without the right to move phases; C, from another workspace, cannot see any of it.
 */
describe('a convener takes a dialogue through its first phase changes', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let a: Page;
  const alice = person('Alice Convener');
  const bob = person('Bob Participant');
  const carol = person('Carol Outsider');
  const workspaceName = 'Bamenda Peace Forum';
  const processTitle = 'Community security dialogue in Bamenda';
  let workspaceUrl = '';
  let processUrl = '';
  let acceptUrl = '';

  beforeAll(async () => {
    browser = await launchChromium();
    const opened = await newPage(browser);
    contexts.push(opened.context);
    a = opened.page;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  let b: Page;

  async function openAs(viewport?: { width: number; height: number }): Promise<Page> {
    const opened = await newPage(browser, viewport);
    contexts.push(opened.context);
    return opened.page;
  }

  it('sends a visitor who is not signed in to the sign-in page, which has no serious accessibility problems', async () => {
    await a.goto('/');
    await a.waitForURL(/\/sign-in\?next=/);
    await a.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await seriousViolations(a)).toEqual([]);
  });

  it('signs up and offers a newcomer to create a first workspace', async () => {
    await a.getByRole('link', { name: 'Create an account' }).click();
    await a.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await submitSignUp(a, alice);
    await a.waitForURL((url) => url.pathname === '/');
    await a.getByRole('heading', { level: 1, name: 'What I need to do' }).waitFor();
    await a.getByText('You are not part of a workspace yet').waitFor();
    expect(await a.locator('.header-user').textContent()).toBe(`Signed in as ${alice.name}`);
  });

  it('shows one message for a wrong password, whatever was wrong', async () => {
    await a.getByRole('button', { name: 'Sign out' }).click();
    await a.waitForURL((url) => url.pathname === '/sign-in' && url.search === '');
    await a.getByLabel('E-mail address').fill(alice.email);
    await a.getByLabel('Password').fill('not the right password');
    await a.getByRole('button', { name: 'Sign in' }).click();
    await a.getByRole('alert').filter({ hasText: 'The e-mail address or the password is not right.' }).waitFor();
    await a.getByLabel('Password').fill(alice.password);
    await a.getByRole('button', { name: 'Sign in' }).click();
    await a.getByRole('heading', { level: 1, name: 'What I need to do' }).waitFor();
  });

  it('creates a workspace and shows its empty process list', async () => {
    await a.getByLabel('Workspace name').fill(workspaceName);
    await a.getByRole('button', { name: 'Create workspace' }).click();
    await a.waitForURL(/\/w\/[0-9a-f-]+$/);
    workspaceUrl = new URL(a.url()).pathname;
    await a.getByRole('heading', { level: 1, name: 'Processes' }).waitFor();
    await a.getByText('No processes yet — create the first dialogue').waitFor();
    await eventually(async () => {
      expect(await a.getByRole('button', { name: /^Workspace:/ }).innerText()).toContain(workspaceName);
    });
  });

  it('creates a process, which starts in Initiate with its readiness checklist for Design', async () => {
    await a.getByRole('link', { name: 'New process' }).click();
    await a.getByRole('heading', { level: 1, name: 'New process' }).waitFor();
    expect(await a.getByLabel('Time zone').inputValue()).toBe('Africa/Douala');
    await a.getByRole('button', { name: 'Create process' }).click();
    await eventually(async () => {
      expect(await texts(a.locator('.field-error'))).toEqual(['⚠ Give the process a title.']);
    });
    await a.getByLabel('Title').fill(processTitle);
    await a.getByRole('combobox', { name: /^Level/ }).selectOption('regional');
    await a.getByLabel('Joint assessment').check();
    await a.getByLabel('Joint planning').check();
    await a.getByLabel('Target level of local ownership').selectOption('dialogue_consultation');
    await a.getByRole('button', { name: 'Create process' }).click();
    await a.waitForURL(/\/w\/[0-9a-f-]+\/p\/[0-9a-f-]+$/);
    processUrl = new URL(a.url()).pathname;
    await a.getByRole('heading', { level: 1, name: processTitle }).waitFor();

    const current = a.locator('ol[aria-label="Phases of the process"] > li[aria-current="step"]');
    expect(await texts(current)).toEqual(['1 Initiate (current phase)']);
    expect(await a.locator('ol[aria-label="Phases of the process"] > li').count()).toBe(6);

    await a.getByRole('heading', { name: 'Readiness for Design' }).waitFor();
    const gates = await texts(a.getByRole('list', { name: 'Checks for moving to Design' }).getByRole('listitem'));
    expect(gates).toHaveLength(2);
    expect(gates[0]).toContain('Not met: Purpose and mandate written');
    expect(gates[1]).toContain('Not met: A second person convenes or facilitates');
    await a.getByText('No phase changes yet').waitFor();
  });

  it('closes the transition dialog on Escape and gives focus back', async () => {
    const move = a.getByRole('button', { name: 'Move to Design' });
    await move.click();
    const dialog = a.getByRole('dialog', { name: 'Move to Design' });
    await dialog.waitFor();
    await a.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await move.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('moves to Design only with a written justification for the failing checks', async () => {
    await a.getByRole('button', { name: 'Move to Design' }).click();
    const dialog = a.getByRole('dialog', { name: 'Move to Design' });
    await dialog.waitFor();
    expect(await texts(dialog.getByRole('list', { name: 'Checks that are not met' }).getByRole('listitem'))).toHaveLength(2);
    const submit = dialog.getByRole('button', { name: 'Override and move to Design' });
    await submit.click();
    await dialog.getByText('Write a justification of at least 10 characters.').waitFor();
    await dialog.getByLabel('Justification for overriding').fill('Too short');
    await submit.click();
    await dialog.getByText('Write a justification of at least 10 characters.').waitFor();
    await dialog.getByLabel('Justification for overriding').fill('The mandate is being drafted with the governor’s office this week.');
    await submit.click();
    await dialog.waitFor({ state: 'detached' });
    await a.getByText('Moved to Design.').waitFor();
    expect(await texts(a.locator('li[aria-current="step"]'))).toEqual(['2 Design (current phase)']);
    expect(await a.getByRole('heading', { level: 2, name: 'Phase: Design' }).isVisible()).toBe(true);
  });

  it('steps back with a reason', async () => {
    await a.getByRole('button', { name: 'Step back' }).click();
    const dialog = a.getByRole('dialog', { name: 'Step back to an earlier phase' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Move back to').inputValue()).toBe('initiate');
    await dialog.getByRole('button', { name: 'Step back to Initiate' }).click();
    await dialog.getByText('Write a reason of at least 10 characters.').waitFor();
    await dialog.getByLabel('Reason').fill('The core group asked to revisit the memorandum of understanding.');
    await dialog.getByRole('button', { name: 'Step back to Initiate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await a.getByText('Stepped back to Initiate.').waitFor();
    expect(await texts(a.locator('li[aria-current="step"]'))).toEqual(['1 Initiate (current phase)']);
    expect(await a.getByRole('button', { name: 'Step back' }).count()).toBe(0);
  });

  it('records both phase changes in the history, newest first', async () => {
    const history = a.getByRole('list', { name: 'Phase changes, newest first' });
    await history.waitFor();
    let items: string[] = [];
    await eventually(async () => {
      items = await texts(history.locator(':scope > li'));
      expect(items).toHaveLength(2);
    });
    expect(items[0]).toContain('Design → to Initiate');
    expect(items[0]).toContain('Stepped back');
    expect(items[0]).toContain(`by ${alice.name}`);
    expect(items[0]).toContain('Reason: The core group asked to revisit the memorandum of understanding.');
    expect(items[1]).toContain('Initiate → to Design');
    expect(items[1]).toContain('Moved forward, checks overridden');
    expect(items[1]).toContain('Justification: The mandate is being drafted with the governor’s office this week.');
    expect(items[1]).toContain('Overridden checks: Purpose and mandate written A second person convenes or facilitates');
  });

  it('has no serious accessibility problems on the process page', async () => {
    expect(await seriousViolations(a)).toEqual([]);
  });

  it('finds the process by its title and keeps the search in the URL', async () => {
    await a.goto(workspaceUrl);
    await a.getByRole('heading', { level: 1, name: 'Processes' }).waitFor();
    await a.getByLabel('Search by title').fill('bamenda');
    await a.waitForURL(/\?q=bamenda$/);
    await eventually(async () => {
      expect(await texts(a.getByRole('list', { name: 'Processes' }).getByRole('heading'))).toEqual([processTitle]);
    });
    await a.getByLabel('Search by title').fill('harbour');
    await a.waitForURL(/\?q=harbour$/);
    await a.getByText('No active processes match “harbour”').waitFor();
    await a.getByLabel('Status').selectOption('archived');
    await a.waitForURL(/status=archived/);
    await a.getByText('No archived processes match “harbour”').waitFor();
  });

  it('invites B from the workspace settings by e-mail, and shows that the mail went out', async () => {
    await a.goto(workspaceUrl);
    await a.getByRole('button', { name: /^Workspace:/ }).click();
    await a.getByRole('link', { name: `Settings and members of ${workspaceName}` }).click();
    await a.getByRole('heading', { level: 1, name: 'Workspace settings' }).waitFor();
    await eventually(async () => {
      expect(await texts(a.getByRole('list', { name: 'Workspace members' }).getByRole('listitem'))).toEqual([
        expect.stringContaining(alice.email),
      ]);
    });

    await a.getByLabel('E-mail address').fill(bob.email);
    await a.getByLabel('Role', { exact: true }).selectOption('member');
    await a.getByRole('button', { name: 'Invite', exact: true }).click();
    await a.getByText(`Invitation e-mailed to ${bob.email}`).waitFor();
    // The link goes to B only: the inviter's screen never shows it while the mail works.
    expect(await a.getByLabel('Invitation link').count()).toBe(0);
    const mail = await lastMailTo(bob.email);
    expect(mail.subject).toContain(workspaceName);
    const link = mail.links.find((candidate) => candidate.includes('/invitations/')) as string;
    expect(link).toMatch(/^http:\/\/[^/]+\/invitations\/[^/]+$/);
    expect(new URL(link).port).toBe(new URL(baseUrl()).port);
    // The mail names the server as localhost; the browser here uses 127.0.0.1 (another cookie jar), so open the path.
    acceptUrl = new URL(link).pathname;
    await eventually(async () => {
      expect(await texts(a.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem'))).toEqual([
        expect.stringMatching(new RegExp(`${bob.email.replace(/[.+]/g, '\\$&')}.*E-mail sent`)),
      ]);
    }, 15_000);
  });

  it('revokes an invitation only after confirming', async () => {
    const stray = person('Stray Invitee');
    await a.getByLabel('E-mail address').fill(stray.email);
    await a.getByRole('button', { name: 'Invite', exact: true }).click();
    const pending = a.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem');
    await eventually(async () => {
      expect(await pending.count()).toBe(2);
    });
    await a.getByRole('button', { name: `Revoke the invitation of ${stray.email}` }).click();
    const dialog = a.getByRole('dialog', { name: 'Revoke this invitation?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await pending.count()).toBe(2);
    await a.getByRole('button', { name: `Revoke the invitation of ${stray.email}` }).click();
    await dialog.getByRole('button', { name: 'Revoke invitation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => {
      expect(await texts(pending)).toEqual([expect.stringContaining(bob.email)]);
    });
  });

  it('lets B sign up from the invitation link and join the workspace', async () => {
    b = await openAs();
    await b.goto(acceptUrl);
    await b.getByRole('heading', { level: 1, name: `Join ${workspaceName}` }).waitFor();
    expect(await texts(b.locator('dl.facts'))).toEqual([expect.stringContaining('Member')]);
    await b.getByRole('link', { name: 'Create an account' }).click();
    await b.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    expect(await b.getByLabel('E-mail address').inputValue()).toBe(bob.email);
    await submitSignUp(b, bob);
    await b.getByRole('button', { name: `Accept and join ${workspaceName}` }).click();
    // A workspace invitation lands on the home page, whose workspace list leads into the workspace joined.
    await b.waitForURL((url) => url.pathname === '/');
    await b.getByRole('heading', { level: 1, name: 'What I need to do' }).waitFor();
    await b.getByRole('link', { name: workspaceName }).click();
    await b.waitForURL((url) => url.pathname === workspaceUrl);
    await b.getByRole('heading', { level: 1, name: 'Processes' }).waitFor();
    await b.getByText('No processes yet — create the first dialogue').waitFor();
  });

  it('lets A add B to the process as a participant', async () => {
    await a.goto(`${processUrl}/members`);
    await a.getByRole('heading', { level: 2, name: 'Members of this process' }).waitFor();
    const members = a.getByRole('list', { name: 'Process members' }).locator(':scope > li');
    await eventually(async () => {
      expect(await texts(members)).toEqual([expect.stringContaining(alice.name)]);
    });
    await a.getByLabel('Person').selectOption({ label: `${bob.name} (${bob.email})` });
    await a.getByLabel('Role in the process').selectOption('participant');
    await a.getByRole('button', { name: 'Add to process' }).click();
    await a.getByText(`${bob.name} was added as participant.`).waitFor();
    await eventually(async () => {
      expect(await members.count()).toBe(2);
    });
    expect(await a.getByLabel(`Role of ${bob.name}`).inputValue()).toBe('participant');
  });

  it('shows B the process without the right to move its phase', async () => {
    await b.goto(workspaceUrl);
    await b.getByRole('link', { name: processTitle }).click();
    await b.getByRole('heading', { level: 1, name: processTitle }).waitFor();
    await b.getByRole('heading', { name: 'Readiness for Design' }).waitFor();
    await b.getByRole('list', { name: 'Phase changes, newest first' }).waitFor();
    expect(await b.getByText('Your role: Participant').isVisible()).toBe(true);
    expect(await b.getByRole('button', { name: /^Move to/ }).count()).toBe(0);
    expect(await b.getByRole('button', { name: 'Step back' }).count()).toBe(0);
    await b.getByRole('link', { name: 'Details' }).click();
    await b.getByRole('heading', { level: 2, name: 'Details' }).waitFor();
    expect(await b.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
    expect(await b.getByRole('button', { name: 'Archive process' }).count()).toBe(0);
  });

  it('fits the process page on a 375-pixel-wide phone without sideways scrolling', async () => {
    const phone = await openAs({ width: 375, height: 740 });
    await phone.goto('/sign-in');
    await phone.getByLabel('E-mail address').fill(alice.email);
    await phone.getByLabel('Password').fill(alice.password);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.getByRole('button', { name: 'Sign out' }).waitFor();
    await phone.goto(processUrl);
    await phone.getByRole('list', { name: 'Phase changes, newest first' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('answers “not found” to C, who belongs to another workspace', async () => {
    const c = await openAs();
    await signUp(c, carol);
    await c.getByLabel('Workspace name').fill('Another forum');
    await c.getByRole('button', { name: 'Create workspace' }).click();
    await c.waitForURL(/\/w\/[0-9a-f-]+$/);
    await c.goto(processUrl);
    await c.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await c.getByText(processTitle).count()).toBe(0);
    await c.goto(workspaceUrl);
    await c.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await c.getByText(workspaceName).count()).toBe(0);
  });
});
