import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAIL_TEMPLATES, type MailParams, type MailTemplate } from '@common-ground/domain';
import { Db } from '../src/database/db.service';
import { queueMail } from '../src/mail/queue-mail';
import { Client, TEST_SESSION_SECRET, createProcess, createWorkspace, startTestApp, type TestApp, uniqueEmail, withOwner } from './harness';
import { SAMPLE_MAILS } from './support/mail-samples';
import { type CaughtMail, smtpRefusal, startTestSmtp } from './support/smtp';
import type { MailCatcher } from '../src/mail/mail-catcher';

const PUBLIC_URL = 'https://dialogue.example.org';

const SAMPLE = SAMPLE_MAILS;

const me = (client: Client) => client.user as { id: string; email: string };

async function setLocale(email: string, locale: string | null): Promise<void> {
  await asOwner((db) => db.query('update users set locale = $2 where email_key = lower($1)', [email, locale]));
}

/**
 * This file works the job queue, so it runs against a database of its own (made by the global setup in the same
 * server): its worker then sends only this file's mail, and the other files' outboxes keep their links.
 */
const MAIL_APP_URL = process.env.CG_TEST_MAIL_APP_URL as string;
const MAIL_OWNER_URL = process.env.CG_TEST_MAIL_OWNER_URL as string;
const asOwner = <T>(work: (db: pg.Client) => Promise<T>): Promise<T> => withOwner(work, MAIL_OWNER_URL);

async function outboxRow(key: string): Promise<any> {
  return asOwner(async (db) => (await db.query('select * from outgoing_mails where dedupe_key = $1', [key])).rows[0]);
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('e-mail delivery through the job queue', () => {
  let smtp: MailCatcher;
  let server: TestApp;
  let owner: Client;
  let workspaceId: string;

  const queueIn = <T extends MailTemplate>(template: T, address: string, key: string, params: MailParams[T]) =>
    server.app.get(Db).transaction({ workspaceId }, (em) => queueMail(em, { key, template, params, to: { address }, workspaceId }));

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestApp(
      {
        SMTP_URL: smtp.url,
        PUBLIC_URL,
        JOBS_IN_PROCESS: 'true',
        JOBS_POLLING_SECONDS: '1',
        MAIL_RETRY_DELAY_SECONDS: '1',
        MAIL_MAX_ATTEMPTS: '3',
      },
      MAIL_APP_URL,
    );
    owner = await new Client(server.url).signUp('Amina');
    workspaceId = await createWorkspace(owner, 'Centre for Dialogue');
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('delivers every template over SMTP with a subject, a text part, an HTML part and links under PUBLIC_URL', async () => {
    const sent: Record<string, CaughtMail> = {};
    for (const template of MAIL_TEMPLATES) {
      const address = uniqueEmail(template);
      await queueIn(template, address, `test:${template}:${address}`, SAMPLE[template] as never);
      sent[template] = (await smtp.waitFor(address))[0];
    }
    for (const template of MAIL_TEMPLATES) {
      const mail = sent[template];
      expect(mail.subject.length).toBeGreaterThan(0);
      expect(mail.text).toContain('Common Ground');
      expect(mail.html).toMatch(/<html lang="en" dir="ltr">/);
      expect(mail.links.length).toBeGreaterThan(0);
      for (const link of mail.links) expect(link.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    }
    expect(sent['workspace-invitation'].links).toContain(`${PUBLIC_URL}/invitations/tok`);
    expect(sent['amendment-proposed'].text).not.toMatch(/Amina/);
  });

  it('marks a sent mail sent and clears its params', async () => {
    const address = uniqueEmail('cleared');
    await queueIn('charter-to-sign', address, `test:cleared:${address}`, SAMPLE['charter-to-sign']);
    await smtp.waitFor(address);
    const row = await eventually(
      () => outboxRow(`test:cleared:${address}`),
      (r) => r.sent_at !== null,
    );
    expect(row).toMatchObject({ params: {}, attempts: 1, last_error: null, failed_at: null });
  });

  it('sends once for two queueMail calls with one key', async () => {
    const address = uniqueEmail('twice');
    const key = `test:twice:${address}`;
    expect(await queueIn('charter-to-sign', address, key, SAMPLE['charter-to-sign'])).not.toBeNull();
    expect(await queueIn('charter-to-sign', address, key, SAMPLE['charter-to-sign'])).toBeNull();
    await eventually(
      () => outboxRow(key),
      (r) => r.sent_at !== null,
    );
    const later = uniqueEmail('after-twice');
    await queueIn('charter-to-sign', later, `test:after:${later}`, SAMPLE['charter-to-sign']);
    await smtp.waitFor(later);
    expect(smtp.to(address)).toHaveLength(1);
  });

  it('sends nothing for an outbox row whose transaction rolled back', async () => {
    const address = uniqueEmail('rolled');
    await expect(
      server.app.get(Db).transaction({ workspaceId }, async (em) => {
        await queueMail(em, {
          key: `test:rolled:${address}`,
          template: 'charter-to-sign',
          params: SAMPLE['charter-to-sign'],
          to: { address },
          workspaceId,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const jobs = await asOwner(
      async (db) =>
        (
          await db.query(
            `select count(*)::int as n from pgboss.job where name = 'mail-send' and data->>'mailId' is not null and not exists (select 1 from outgoing_mails m where m.id = (data->>'mailId')::uuid)`,
          )
        ).rows[0].n,
    );
    expect(jobs).toBe(0);
    expect(await outboxRow(`test:rolled:${address}`)).toBeUndefined();
  });

  it('sends nothing when a job of a sent row is delivered again', async () => {
    const address = uniqueEmail('redelivered');
    const key = `test:redelivered:${address}`;
    await queueIn('charter-to-sign', address, key, SAMPLE['charter-to-sign']);
    const row = await eventually(
      () => outboxRow(key),
      (r) => r.sent_at !== null,
    );
    // A second job for the same row, as pg-boss would redeliver it after a worker died.
    await server.app.get(Db).transaction({ workspaceId }, async (em) => {
      const { Jobs } = await import('../src/jobs/jobs.service');
      await server.app.get(Jobs).enqueue(em, 'mail-send', { mailId: row.id, workspaceId, userId: null });
    });
    await eventually(
      () =>
        asOwner(
          async (db) =>
            (
              await db.query(
                `select count(*)::int as n from pgboss.job where name = 'mail-send' and data->>'mailId' = $1 and state = 'completed'`,
                [row.id],
              )
            ).rows[0].n,
        ),
      (n: number) => n === 2,
    );
    expect(smtp.to(address)).toHaveLength(1);
  });

  it("keeps row-level security in jobs: a job scoped to one workspace cannot see another workspace's mail", async () => {
    const other = await new Client(server.url).signUp('Other');
    const otherWorkspace = await createWorkspace(other, 'Other forum');
    const address = uniqueEmail('isolated');
    // An outbox row of the other workspace, written as the owner so no job of its own exists yet.
    const mailId = await asOwner(
      async (db) =>
        (
          await db.query(
            `insert into outgoing_mails (dedupe_key, template, params, to_address, workspace_id) values ($1, 'charter-to-sign', $2, $3, $4) returning id`,
            [`test:isolated:${address}`, JSON.stringify(SAMPLE['charter-to-sign']), address, otherWorkspace],
          )
        ).rows[0].id as string,
    );
    const { Jobs } = await import('../src/jobs/jobs.service');
    const jobs = server.app.get(Jobs);
    const wrongScope = await server.app
      .get(Db)
      .transaction({ workspaceId }, (em) => jobs.enqueue(em, 'mail-send', { mailId, workspaceId, userId: null }));
    await eventually(
      () => asOwner(async (db) => (await db.query(`select state from pgboss.job where id = $1`, [wrongScope])).rows[0]?.state as string),
      (state) => state === 'completed',
    );
    expect((await outboxRow(`test:isolated:${address}`)).sent_at).toBeNull();
    await server.app
      .get(Db)
      .transaction({ workspaceId: otherWorkspace }, (em) =>
        jobs.enqueue(em, 'mail-send', { mailId, workspaceId: otherWorkspace, userId: null }),
      );
    await smtp.waitFor(address);
    expect(smtp.to(address)).toHaveLength(1);
  });

  it('retries a mail the server refused for now, and sends it', async () => {
    const address = uniqueEmail('retried');
    let refusals = 0;
    smtp.hook = (_raw, session) => {
      if (session.envelope.rcptTo.some((r) => r.address === address) && refusals < 1) {
        refusals += 1;
        return Promise.reject(smtpRefusal(451, 'Try again later'));
      }
      return Promise.resolve();
    };
    const key = `test:retried:${address}`;
    await queueIn('charter-to-sign', address, key, SAMPLE['charter-to-sign']);
    await smtp.waitFor(address);
    const row = await eventually(
      () => outboxRow(key),
      (r) => r.sent_at !== null,
    );
    expect(row.attempts).toBe(2);
    expect(smtp.to(address)).toHaveLength(1);
    smtp.hook = null;
  });

  it('gives up on a refused mail: failed_at and the error are recorded', async () => {
    const address = uniqueEmail('refused');
    smtp.hook = (_raw, session) =>
      session.envelope.rcptTo.some((r) => r.address === address) ? Promise.reject(smtpRefusal(550, 'No such mailbox')) : Promise.resolve();
    const key = `test:refused:${address}`;
    await queueIn('charter-to-sign', address, key, SAMPLE['charter-to-sign']);
    const row = await eventually(
      () => outboxRow(key),
      (r) => r.failed_at !== null,
    );
    expect(row.sent_at).toBeNull();
    expect(row.last_error).toMatch(/No such mailbox/);
    expect(smtp.to(address)).toHaveLength(0);
    smtp.hook = null;
  });

  it('mails a workspace invitation with its link in the transaction that creates it', async () => {
    const address = uniqueEmail('invitee');
    const reply = await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email: address, role: 'member' });
    expect(reply.status).toBe(201);
    // The link goes to the invitee only: not back to the inviter, not into the logs.
    expect(reply.body.acceptUrl).toBeUndefined();
    expect(reply.body.mailStatus).toBe('queued');
    const [mail] = await smtp.waitFor(address);
    expect(mail.subject).toContain('Centre for Dialogue');
    const link = mail.links.find((l) => l.includes('/invitations/')) as string;
    expect(link.startsWith(`${PUBLIC_URL}/invitations/`)).toBe(true);
    const invitee = await new Client(server.url).signUp('Invitee', address);
    const accepted = await invitee.post(`/api/v1/invitations/${link.split('/invitations/')[1]}/accept`);
    expect(accepted.status).toBe(200);
  });

  it('mails a French recipient in French and an Arabic recipient in Arabic, right to left', async () => {
    const claire = await new Client(server.url).signUp('Claire');
    const layla = await new Client(server.url).signUp('Layla');
    await setLocale(me(claire).email, 'fr');
    await setLocale(me(layla).email, 'ar');

    // An invitation to an address that has an account: the account's language, not the inviter's (English).
    expect((await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email: me(claire).email, role: 'member' })).status).toBe(
      201,
    );
    const [french] = await smtp.waitFor(me(claire).email);
    expect(french.subject).toBe('Amina vous invite à rejoindre Centre for Dialogue sur Common Ground');
    expect(french.text).toContain('en tant que membre');
    expect(french.text).toContain('Accepter l’invitation');
    expect(french.html).toContain('<html lang="fr" dir="ltr">');

    const key = `test:arabic:${me(layla).email}`;
    await server.app.get(Db).transaction({ workspaceId }, (em) =>
      queueMail(em, {
        key,
        template: 'charter-to-sign',
        params: SAMPLE['charter-to-sign'],
        to: { address: me(layla).email, userId: me(layla).id },
        workspaceId,
      }),
    );
    const [arabic] = await smtp.waitFor(me(layla).email);
    expect(arabic.subject).toContain('بانتظار توقيعك');
    expect(arabic.text).toContain('قراءة الميثاق');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.html).toMatch(/<body dir="rtl" style="[^"]*text-align:right/);
    expect((await outboxRow(key)).locale).toBe('ar');
  });

  it('mails someone without an account in the inviter’s language, else the process’s, with the expiry in the process’s zone', async () => {
    const process = await createProcess(owner, workspaceId, { timezone: 'Africa/Nairobi' });
    await asOwner((db) => db.query(`update processes set language = 'es' where id = $1`, [process.id]));
    const invite = (email: string) =>
      owner.post(`/api/v1/workspaces/${workspaceId}/processes/${process.id}/invitations`, { email, role: 'observer' });

    const first = uniqueEmail('nobody');
    expect((await invite(first)).status).toBe(201);
    const [spanish] = await smtp.waitFor(first);
    expect(spanish.subject).toContain('le invita a participar en «National Security Dialogue»');
    expect(spanish.text).toContain('como observador');
    // Nairobi is UTC+3 all year: the expiry is in the process's zone, and says which.
    expect(spanish.text).toMatch(/caduca el .+ GMT\+3 \(hora de África oriental\)/);

    await setLocale(me(owner).email, 'fr');
    try {
      const second = uniqueEmail('nobody');
      expect((await invite(second)).status).toBe(201);
      const [french] = await smtp.waitFor(second);
      expect(french.subject).toContain('vous invite à participer à « National Security Dialogue »');
      expect(french.html).toContain('<html lang="fr" dir="ltr">');
    } finally {
      await setLocale(me(owner).email, null);
    }
  });

  it('shows the inviter the mail status, and the link only when the mail failed', async () => {
    const bounced = uniqueEmail('bounced');
    const delivered = uniqueEmail('delivered');
    smtp.hook = (_raw, session) =>
      session.envelope.rcptTo.some((r) => r.address === bounced) ? Promise.reject(smtpRefusal(550, 'No such mailbox')) : Promise.resolve();
    expect((await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email: bounced, role: 'member' })).status).toBe(201);
    expect((await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email: delivered, role: 'member' })).status).toBe(201);
    const list = await eventually(
      async () => (await owner.get(`/api/v1/workspaces/${workspaceId}/invitations`)).body.items as any[],
      (items) =>
        items.find((i) => i.email === bounced)?.mailStatus === 'failed' && items.find((i) => i.email === delivered)?.mailStatus === 'sent',
    );
    expect(list.find((i) => i.email === bounced).acceptUrl).toMatch(/\/invitations\/[\w-]+$/);
    expect(list.find((i) => i.email === delivered).acceptUrl).toBeUndefined();
    smtp.hook = null;
  });
});

describe('a worker killed in the middle of sending', () => {
  const root = process.cwd();
  const outDir = path.join(root, 'dist', `test-worker-${process.pid}`);
  let smtp: MailCatcher;
  let enqueuer: TestApp;
  const children: ChildProcess[] = [];

  const spawnWorker = () => {
    const child = spawn(process.execPath, [path.join(outDir, 'apps/api/src/worker.js')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: MAIL_APP_URL,
        SESSION_SECRET: TEST_SESSION_SECRET,
        SMTP_URL: smtp.url,
        PUBLIC_URL,
        MAIL_TIMEOUT_SECONDS: '1',
        JOBS_MAINTENANCE_SECONDS: '1',
        JOBS_POLLING_SECONDS: '1',
        LOG_LEVEL: process.env.CG_DEBUG_WORKER ? 'debug' : 'warn',
      },
      stdio: process.env.CG_DEBUG_WORKER ? 'inherit' : 'ignore',
    });
    children.push(child);
    return child;
  };

  beforeAll(async () => {
    // The worker runs as its own Node process, from JavaScript: compile the API once into a folder of this run.
    execFileSync(
      path.join(root, 'node_modules/.bin/swc'),
      ['apps/api/src', 'libs/domain/src', 'migrations', '-d', outDir, '--config-file', '.swcrc', '--ignore', '**/*.spec.ts', '--quiet'],
      { cwd: root },
    );
    smtp = await startTestSmtp();
    // Enqueues only (no worker here), with the short timeout the workers use, so the job expires soon after a kill.
    enqueuer = await startTestApp(
      { SMTP_URL: smtp.url, PUBLIC_URL, MAIL_TIMEOUT_SECONDS: '1', MAIL_RETRY_DELAY_SECONDS: '1' },
      MAIL_APP_URL,
    );
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await enqueuer.close();
    await smtp.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('leaves the job to another worker, which delivers exactly one message', async () => {
    const owner = await new Client(enqueuer.url).signUp('Convener');
    const workspaceId = await createWorkspace(owner, 'Kill test');
    const address = uniqueEmail('survivor');
    let stalled: () => void = () => undefined;
    const inData = new Promise<void>((resolve) => {
      stalled = resolve;
    });
    let release: (error: Error) => void = () => undefined;
    smtp.hook = (_raw, session) => {
      if (!session.envelope.rcptTo.some((r) => r.address === address)) return Promise.resolve();
      smtp.hook = null;
      stalled();
      // The first delivery never gets its answer: the worker is killed while the server holds the DATA phase.
      return new Promise<void>((_resolve, reject) => {
        release = reject;
      });
    };
    const first = spawnWorker();
    const key = `test:kill:${address}`;
    await enqueuer.app
      .get(Db)
      .transaction({ workspaceId }, (em) =>
        queueMail(em, { key, template: 'charter-to-sign', params: SAMPLE['charter-to-sign'], to: { address }, workspaceId }),
      );
    await inData;
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    release(smtpRefusal(421, 'Connection gone'));
    spawnWorker();
    const row = await eventually(
      () => outboxRow(key),
      (r) => r.sent_at !== null,
      40_000,
    );
    expect(row.failed_at).toBeNull();
    expect(smtp.to(address)).toHaveLength(1);
  }, 60_000);
});
