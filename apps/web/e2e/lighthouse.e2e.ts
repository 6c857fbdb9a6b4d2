import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from './support/chromium';
import { baseUrl, setUpDialogue, type Dialogue } from './support/helpers';
import { seedCharterAndPlan } from './support/seed';
import { freePort, WORKSPACE_ROOT } from './support/server';

const LIGHTHOUSE_CLI = path.join(WORKSPACE_ROOT, 'node_modules/lighthouse/cli/index.js');

interface Report {
  finalDisplayedUrl: string;
  configSettings: { formFactor: string };
  categories: { accessibility: { score: number | null; auditRefs: { id: string; weight: number }[] } };
  audits: Record<string, { score: number | null; title: string } | undefined>;
}

/**
 * Issue 11: Lighthouse's mobile accessibility score (its default form factor: a phone-sized screen) is at least
 * 95 on the three pages a participant opens most on a phone: the plan dashboard, the charter and the action plan.
 * Lighthouse's command line drives its own tab of a Chromium that listens on a debugging port, in a process of
 * its own (jest's ESM loader trips over Lighthouse's many dynamic imports); a signed-in person's session cookie
 * goes with every request it makes.
 */
describe('Lighthouse mobile accessibility', () => {
  let browser: Browser;
  let port: number;
  const contexts: BrowserContext[] = [];
  let dialogue: Dialogue;
  const cookies: Record<'secretariat' | 'participant', string> = { secretariat: '', participant: '' };
  let planUrl: string;

  beforeAll(async () => {
    port = await freePort();
    browser = await launchChromium([`--remote-debugging-port=${String(port)}`]);
    dialogue = await setUpDialogue(browser, contexts, 'Rania Convener', [
      { name: 'Kofi Participant', role: 'participant' },
      { name: 'Sade Secretariat', role: 'secretariat' },
    ]);
    ({ planUrl } = await seedCharterAndPlan(dialogue));
    const sessionCookie = async (index: number) =>
      (await dialogue.members[index].page.context().cookies())
        .filter((one) => one.name === 'cg.sid')
        .map((one) => `${one.name}=${one.value}`)
        .join('; ');
    cookies.participant = await sessionCookie(0);
    cookies.secretariat = await sessionCookie(1);
    expect(cookies.participant).not.toBe('');
    expect(cookies.secretariat).not.toBe('');
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  const score = async (path: string, cookie: string) => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        LIGHTHOUSE_CLI,
        `${baseUrl()}${path}`,
        `--port=${String(port)}`,
        '--only-categories=accessibility',
        '--output=json',
        '--quiet',
        `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      ],
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
    );
    const lhr = JSON.parse(stdout) as Report;
    const category = lhr.categories.accessibility;
    // On a failure, the audits that cost points, so the message says what to fix.
    const failed = category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`);
    return { score: category.score ?? 0, failed, formFactor: lhr.configSettings.formFactor, finalUrl: lhr.finalDisplayedUrl };
  };

  it.each([
    ['the dashboard, for the secretariat', 'dashboard', 'secretariat'],
    ['the charter, for a participant', 'charter', 'participant'],
    ['the action plan, for a participant', 'plan', 'participant'],
  ] as const)(
    'scores at least 95 on %s',
    async (_name, page, who) => {
      const path = page === 'plan' ? planUrl : `${dialogue.processUrl}/${page}`;
      const result = await score(path, cookies[who]);
      expect(result.formFactor).toBe('mobile');
      // Still signed in: Lighthouse measured the page itself, not the sign-in form.
      expect(new URL(result.finalUrl).pathname).toBe(path);
      if (result.score < 0.95) throw new Error(`${path} scored ${String(result.score)}; audits that failed: ${result.failed.join('; ')}`);
      expect(result.score).toBeGreaterThanOrEqual(0.95);
    },
    90_000,
  );
});
