/**
 * Fills a benchmark database with set-based SQL as the schema owner (a superuser in embedded mode, so
 * row-level security does not apply). Every password is the same argon2id hash, computed once.
 *
 * Shape: `workspaces` workspaces; one "large" workspace (the one measured) holds `largeWorkspace`
 * processes, the others share the rest of `processes` evenly. Every workspace has an owner (convener of
 * all its processes) and a member (participant in about one process in five). The bench owner also
 * belongs to a few other workspaces. In the large workspace every process has five recorded phase
 * transitions (advance, override, step back, advance, advance) and stands in Agree.
 */
import { hash } from '@node-rs/argon2';
import pg from 'pg';

export interface SeedOptions {
  workspaces: number;
  processes: number;
  largeWorkspace: number;
  password: string;
}

export interface SeedResult {
  workspaceId: string;
  ownerEmail: string;
  memberEmail: string;
  password: string;
  /** A process of the large workspace the member takes part in (with five transitions). */
  processId: string;
  searchTerm: string;
  counts: Record<string, number>;
  seconds: { total: number; steps: Record<string, number> };
}

/** argon2id with the parameters of apps/api/src/auth/auth.service.ts (2 is Algorithm.Argon2id). */
export const ARGON2 = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/** Words for titles; the search term is one of them, so it matches one title in TOPICS.length. */
const TOPICS = [
  'water', 'land', 'border', 'policing', 'elections', 'youth', 'mining', 'pastoralism', 'health', 'schools',
  'markets', 'roads', 'returnees', 'justice', 'forests', 'fisheries', 'energy', 'housing', 'media', 'veterans',
];
const KINDS = ['dialogue', 'forum', 'roundtable', 'platform', 'consultation', 'council', 'working group', 'initiative'];
export const SEARCH_TERM = 'pastoralism';

const PURPOSE =
  'Bring together government, security forces and civil society to agree how security is provided in the area, ' +
  'with a shared assessment of the problems, joint planning of responses and regular report-back to the communities concerned.';

export async function seedBench(ownerUrl: string, options: SeedOptions, log: (line: string) => void = () => undefined): Promise<SeedResult> {
  const started = Date.now();
  const steps: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const value = await work();
    steps[name] = (Date.now() - t0) / 1000;
    log(`  ${name}: ${steps[name].toFixed(1)} s`);
    return value;
  };
  if (options.workspaces < 2) throw new Error('The bench needs at least 2 workspaces.');
  const others = options.workspaces - 1;
  const rest = Math.max(0, options.processes - options.largeWorkspace);
  const base = Math.floor(rest / others);
  const extra = rest % others;

  const passwordHash = await step('hash password (argon2id)', () => hash(options.password, ARGON2));
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const q = (text: string, params: unknown[] = []) => client.query(text, params);
  try {
    // The rows are consistent by construction: skip the per-row foreign-key triggers while loading.
    await q('set session_replication_role = replica');
    await q("set maintenance_work_mem = '256MB'");
    await q('begin');
    await step('users and workspaces', async () => {
      await q(
        `insert into users (email, email_key, display_name, password_hash)
         values ('bench-owner@bench.example', 'bench-owner@bench.example', 'Bench Owner', $1),
                ('bench-member@bench.example', 'bench-member@bench.example', 'Bench Member', $1)`,
        [passwordHash],
      );
      await q(
        `insert into users (email, email_key, display_name, password_hash)
         select kind || '-' || n || '@bench.example', kind || '-' || n || '@bench.example', initcap(kind) || ' ' || n, $1
           from generate_series(2, $2::int) n cross join (values ('owner'), ('member')) k(kind)`,
        [passwordHash, options.workspaces],
      );
      // n = 1 is the large workspace; sizes add up to exactly `processes`.
      await q(
        `create temp table bench_ws as
         select n, gen_random_uuid() as id,
                case when n = 1 then $1::int else $2::int + (case when n - 1 <= $3::int then 1 else 0 end) end as size,
                (select id from users where email_key = case when n = 1 then 'bench-owner@bench.example' else 'owner-' || n || '@bench.example' end) as owner_id,
                (select id from users where email_key = case when n = 1 then 'bench-member@bench.example' else 'member-' || n || '@bench.example' end) as member_id
           from generate_series(1, $4::int) n`,
        [options.largeWorkspace, base, extra, options.workspaces],
      );
      await q('alter table bench_ws add primary key (id)');
      await q(`insert into workspaces (id, name, created_at, updated_at)
               select id, case when n = 1 then 'Large bench workspace' else 'Bench workspace ' || n end, now(), now() from bench_ws`);
      await q(`insert into workspace_members (workspace_id, user_id, role)
               select id, owner_id, 'owner' from bench_ws
               union all select id, member_id, 'member' from bench_ws
               union all select w.id, o.owner_id, 'member' from bench_ws w, (select owner_id from bench_ws where n = 1) o where w.n between 2 and 11`);
    });

    await step('processes', () =>
      q(
        `insert into processes (workspace_id, title, purpose, level, wheel_areas, ownership_target, timezone, phase, status,
                                created_by, created_at, updated_at, archived_at)
         select w.id,
                initcap(($1::text[])[1 + g % ${TOPICS.length}]) || ' ' || ($2::text[])[1 + (g / ${TOPICS.length}) % ${KINDS.length}] || ' ' || g,
                $3,
                (array['local', 'regional', 'national'])[1 + g % 3],
                (array['joint_assessment', 'joint_planning', 'joint_implementation'])[1 : 1 + g % 3],
                (array['information_sharing', 'dialogue_consultation', 'joint_implementation', 'joint_oversight'])[1 + g % 4],
                (array['Africa/Nairobi', 'Europe/Amsterdam', 'Asia/Manila', 'America/Bogota'])[1 + g % 4],
                case when w.n = 1 then 'agree' else 'initiate' end,
                case when g % 20 = 0 then 'archived' else 'active' end,
                w.owner_id,
                t.created, t.created + interval '1 day',
                case when g % 20 = 0 then t.created + interval '30 days' end
           from bench_ws w
           cross join lateral generate_series(1, w.size) g
           cross join lateral (select timestamptz '2024-01-01 00:00:00+00' + g * interval '17 minutes' + w.n * interval '1 millisecond' as created) t`,
        [TOPICS, KINDS, PURPOSE],
      ),
    );

    await step('process_members', async () => {
      await q(`insert into process_members (process_id, user_id, workspace_id, role, created_at)
               select p.id, w.owner_id, p.workspace_id, 'convener', p.created_at from processes p join bench_ws w on w.id = p.workspace_id`);
      await q(`insert into process_members (process_id, user_id, workspace_id, role, created_at)
               select p.id, w.member_id, p.workspace_id, 'participant', p.created_at + interval '1 hour'
                 from processes p join bench_ws w on w.id = p.workspace_id
                where get_byte(uuid_send(p.id), 15) % 5 = 0`);
    });

    await step('phase_transitions', () =>
      q(
        `insert into phase_transitions (workspace_id, process_id, from_phase, to_phase, kind, reason, overridden_gates, actor_id, created_at)
         select p.workspace_id, p.id, s.from_phase, s.to_phase, s.kind, s.reason, s.gates::jsonb, w.owner_id, p.created_at + s.k * interval '3 days'
           from processes p
           join bench_ws w on w.id = p.workspace_id and w.n = 1
           cross join (values
             (1, 'initiate', 'design', 'advance', null, '[]'),
             (2, 'design', 'acquaint', 'override', 'The second convener joins next week; the first meeting cannot wait.',
              '[{"id":"design.second-convener","label":"A second person convenes or facilitates","status":"unmet","detail":"1 of 2 people hold a convening or facilitating role."}]'),
             (3, 'acquaint', 'design', 'step_back', 'Two indispensable groups were not invited; back to selection.', '[]'),
             (4, 'design', 'acquaint', 'advance', null, '[]'),
             (5, 'acquaint', 'agree', 'advance', null, '[]')
           ) s(k, from_phase, to_phase, kind, reason, gates)`,
      ),
    );
    await q('commit');
    await q('reset session_replication_role');

    await step('vacuum analyze', async () => {
      for (const table of ['users', 'workspaces', 'workspace_members', 'processes', 'process_members', 'phase_transitions']) {
        await q(`vacuum (analyze) ${table}`);
      }
    });

    const large = await q(`select id from bench_ws where n = 1`);
    const workspaceId = (large.rows[0] as { id: string }).id;
    const member = await q(
      `select p.id from processes p
         join process_members m on m.process_id = p.id and m.role = 'participant'
        where p.workspace_id = $1 and p.status = 'active' order by p.created_at desc limit 1`,
      [workspaceId],
    );
    const counts: Record<string, number> = {};
    for (const table of ['users', 'workspaces', 'workspace_members', 'processes', 'process_members', 'phase_transitions']) {
      counts[table] = Number(((await q(`select count(*)::int as c from ${table}`)).rows[0] as { c: number }).c);
    }
    counts.largeWorkspaceProcesses = Number(((await q('select count(*)::int as c from processes where workspace_id = $1', [workspaceId])).rows[0] as { c: number }).c);
    return {
      workspaceId,
      ownerEmail: 'bench-owner@bench.example',
      memberEmail: 'bench-member@bench.example',
      password: options.password,
      processId: (member.rows[0] as { id: string }).id,
      searchTerm: SEARCH_TERM,
      counts,
      seconds: { total: (Date.now() - started) / 1000, steps },
    };
  } catch (error) {
    await q('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
