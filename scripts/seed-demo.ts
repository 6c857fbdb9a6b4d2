/**
 * `npm run seed:demo`: puts a small, realistic demo in the database `npm start` uses, so a first look
 * at the app has something in it: three people, the workspace "Demo: Centre for Security Dialogue" and
 * the dialogue "National Security Dialogue" (adapted from the Lesson 11 exercise of the training seed),
 * already moved to Design with its history recorded.
 *
 * Which database: DATABASE_URL / MIGRATION_DATABASE_URL when set (seeded through the owner's URL);
 * otherwise the embedded PostgreSQL in CG_DATA_DIR (default ./.data). If `npm start` is running, its
 * embedded server is used where it runs; if not, it is started for the seed and stopped afterwards.
 *
 * Idempotent: when the demo convener's e-mail exists, nothing is written and the sign-in details are
 * printed again. The demo password is fixed and printed: never run this against production
 * (it refuses when NODE_ENV=production).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { ConfigError, loadConfig } from '../apps/api/src/config/config';
import { AlreadyRunningError, type EmbeddedDatabase, startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';
import { ensureAppLogin, runMigrations } from '../apps/api/src/migrate';

/** argon2id with the parameters of apps/api/src/auth/auth.service.ts (2 is Algorithm.Argon2id). */
const ARGON2 = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;
const APP_LOGIN = 'common_ground_app';
const DATABASE = 'common_ground';

const DEMO_PASSWORD = 'dialogue-demo-2024';

const PEOPLE = [
  { key: 'convener', email: 'convener@demo.commonground.example', displayName: 'Amara Okafor', workspaceRole: 'owner', processRole: 'convener' },
  { key: 'facilitator', email: 'facilitator@demo.commonground.example', displayName: 'Jonas Lindqvist', workspaceRole: 'member', processRole: 'facilitator' },
  { key: 'participant', email: 'participant@demo.commonground.example', displayName: 'Lucía Romero', workspaceRole: 'member', processRole: 'participant' },
] as const;

const WORKSPACE_NAME = 'Demo: Centre for Security Dialogue';
const PROCESS = {
  title: 'National Security Dialogue',
  purpose: [
    'The President has announced a National Security Dialogue of government, security force and civil society representatives, to begin in two months. ' +
      'This process plans it with a planning team drawn from each stakeholder group.',
    'Mandate of the planning team: agree what would make the dialogue legitimate, credible and accountable in the eyes of each group; ' +
      'understand what could lead a group to decline to take part; decide who must be included and which key leaders to invite first to secure their buy-in; ' +
      'prepare messages that speak to the interests of each stakeholder group; and choose a place where all can meet.',
    'Demo data, adapted from the Lesson 11 learning exercise of the training material.',
  ].join('\n\n'),
  level: 'national',
  wheelAreas: ['joint_assessment', 'joint_planning'],
  ownershipTarget: 'dialogue_consultation',
  timezone: 'Africa/Nairobi',
} as const;

/** A refusal to explain in one line, without a stack trace. */
class SeedRefused extends Error {}

interface Target {
  ownerUrl: string;
  description: string;
  embedded: EmbeddedDatabase | null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The embedded server `npm start` runs, when its postmaster.pid names a live process: connect where it listens. */
function runningEmbedded(dataDir: string, fallbackPort: number): { port: number; pid: number } | null {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const port = Number(lines[3]);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : fallbackPort };
}

async function resolveTarget(): Promise<Target> {
  const config = loadConfig();
  if (config.env === 'production') {
    throw new SeedRefused('seed:demo writes accounts with a published password: it does not run with NODE_ENV=production.');
  }
  if (config.databaseUrl) {
    const ownerUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
    const where = new URL(ownerUrl);
    await runMigrations(ownerUrl);
    return { ownerUrl, description: `${where.hostname}:${where.port || 5432}${where.pathname} (MIGRATION_DATABASE_URL / DATABASE_URL)`, embedded: null };
  }
  const running = runningEmbedded(config.dataDir, config.embeddedPgPort);
  const secretsFile = path.join(config.dataDir, 'secrets.json');
  if (running) {
    if (!fs.existsSync(secretsFile)) throw new SeedRefused(`PostgreSQL runs on ${config.dataDir} but ${secretsFile} is missing.`);
    const secrets = JSON.parse(fs.readFileSync(secretsFile, 'utf8')) as { ownerPassword: string };
    const ownerUrl = `postgres://postgres:${encodeURIComponent(secrets.ownerPassword)}@127.0.0.1:${running.port}/${DATABASE}`;
    await runMigrations(ownerUrl);
    return { ownerUrl, description: `the running embedded PostgreSQL (process ${running.pid}, port ${running.port}, data ${config.dataDir})`, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  try {
    await runMigrations(embedded.ownerUrl);
    await ensureAppLogin(embedded.ownerUrl, APP_LOGIN, embedded.secrets.appPassword);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { ownerUrl: embedded.ownerUrl, description: `the embedded PostgreSQL in ${config.dataDir} (started for the seed, stopped after)`, embedded };
}

type Person = (typeof PEOPLE)[number];

async function seed(ownerUrl: string): Promise<'created' | 'present'> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    const existing = await client.query('select 1 from users where email_key = $1', [PEOPLE[0].email.toLowerCase()]);
    if ((existing.rowCount ?? 0) > 0) {
      await client.query('rollback');
      return 'present';
    }
    const passwordHash = await hash(DEMO_PASSWORD, ARGON2);
    const ids = {} as Record<Person['key'], string>;
    for (const person of PEOPLE) {
      // Another e-mail of the demo may exist on its own (a person signed up with it): reuse that account.
      const { rows } = await client.query<{ id: string }>(
        `insert into users (email, email_key, display_name, password_hash) values ($1, $2, $3, $4)
         on conflict (email_key) do update set email_key = excluded.email_key
         returning id`,
        [person.email, person.email.toLowerCase(), person.displayName, passwordHash],
      );
      ids[person.key] = rows[0].id;
    }
    const convener = ids.convener;
    const workspaceId = randomUUID();
    // Row-level security (FORCE'd, so it binds a non-superuser owner too) reads the tenant from the transaction.
    await client.query("select set_config('app.workspace_id', $1, true), set_config('app.user_id', $2, true)", [workspaceId, convener]);
    await client.query(`insert into workspaces (id, name, created_at, updated_at) values ($1, $2, now() - interval '3 days', now() - interval '3 days')`, [
      workspaceId,
      WORKSPACE_NAME,
    ]);
    for (const person of PEOPLE) {
      await client.query(`insert into workspace_members (workspace_id, user_id, role, created_at) values ($1, $2, $3, now() - interval '3 days')`, [
        workspaceId,
        ids[person.key],
        person.workspaceRole,
      ]);
    }
    // Created two days ago by the convener; moved to Design yesterday (version 2: one change since creation).
    const { rows } = await client.query<{ id: string }>(
      `insert into processes (workspace_id, title, purpose, level, wheel_areas, ownership_target, timezone, phase, status, version,
                              created_by, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'design', 'active', 2, $8, now() - interval '2 days', now() - interval '1 day')
       returning id`,
      [workspaceId, PROCESS.title, PROCESS.purpose, PROCESS.level, PROCESS.wheelAreas, PROCESS.ownershipTarget, PROCESS.timezone, convener],
    );
    const processId = rows[0].id;
    for (const person of PEOPLE) {
      await client.query(
        `insert into process_members (process_id, user_id, workspace_id, role, created_at) values ($1, $2, $3, $4, now() - interval '2 days' + interval '1 hour')`,
        [processId, ids[person.key], workspaceId, person.processRole],
      );
    }
    // Both Design gates were met (purpose written; a convener and a facilitator): a plain advance.
    await client.query(
      `insert into phase_transitions (workspace_id, process_id, from_phase, to_phase, kind, reason, overridden_gates, actor_id, created_at)
       values ($1, $2, 'initiate', 'design', 'advance', null, '[]', $3, now() - interval '1 day')`,
      [workspaceId, processId, convener],
    );
    await client.query('commit');
    return 'created';
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const target = await resolveTarget();
  let outcome: 'created' | 'present';
  try {
    outcome = await seed(target.ownerUrl);
  } finally {
    await target.embedded?.stop();
  }
  const config = loadConfig();
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  console.log(
    outcome === 'created'
      ? `\nDemo data created in ${target.description}.`
      : `\nThe demo data is already there (${PEOPLE[0].email} exists) in ${target.description}; nothing was changed.`,
  );
  console.log(`\nOpen ${url}${target.embedded ? ' after `npm start`' : ''} and sign in with one of these (password for all: ${DEMO_PASSWORD}):`);
  for (const person of PEOPLE) console.log(`  ${person.email.padEnd(40)} ${person.displayName} — ${person.processRole} of "${PROCESS.title}"`);
  console.log(`Workspace: "${WORKSPACE_NAME}".\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof AlreadyRunningError || error instanceof SeedRefused) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
