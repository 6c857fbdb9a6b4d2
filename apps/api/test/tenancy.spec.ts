import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, startTestApp, type TestApp, withAppRole, withOwner } from './harness';

const TENANT_TABLES = [
  'workspaces',
  'workspace_members',
  'workspace_invitations',
  'processes',
  'process_members',
  'phase_transitions',
  'charter_versions',
  'charter_signatures',
  'charter_comments',
  'charter_amendments',
  'charter_declines',
  'ground_rules',
  'ground_rule_changes',
  'accountability_entries',
  'grievance_procedures',
  'confidentiality_regimes',
  'ground_rule_comments',
  'stakeholder_groups',
  'problem_statement_versions',
  'vision_statements',
  'working_groups',
  'working_group_members',
  'action_plans',
  'actions',
  'action_dependencies',
  'selection_criteria',
  'do_no_harm_assessments',
  'concept_note_versions',
  'participant_demographics',
  'initiation_key_questions',
  'initiation_hosting',
  'initiation_mous',
  'initiation_reality_checks',
  'initiation_champions',
  'initiation_core_members',
  'initiation_facilitation_resources',
  'initiation_cost_lines',
  'initiation_funding_sources',
  'initiation_participant_checklists',
  'stakeholders',
  'stakeholder_relationships',
  'prospects',
  'prospect_consultations',
  'milestones',
  'milestone_values',
  'cost_lines',
  'decision_ballot_receipts',
  'decision_ballots',
  'decision_positions',
  'decision_rules',
  'decisions',
  'progress_updates',
  'report_backs',
  'calendar_feeds',
  'audit_events',
  'audit_chain_heads',
  'outgoing_mails',
  'notifications',
  'meetings',
  'meeting_invitations',
  'meeting_attendance',
  'minutes',
  'minutes_statements',
  'minutes_action_points',
  'minutes_reviews',
  'objection_reviews',
];

/** Tables whose rows the app role inserts but never reads (a secret ballot's choice: see the Decisions migration). */
const WRITE_ONLY_TABLES = ['decision_ballots'];

describe('tenant isolation', () => {
  let server: TestApp;
  let alice: Client;
  let bob: Client;
  let workspaceA: string;
  let workspaceB: string;
  let processA: any;

  beforeAll(async () => {
    server = await startTestApp();
    alice = await new Client(server.url).signUp('Alice');
    bob = await new Client(server.url).signUp('Bob');
    workspaceA = await createWorkspace(alice, 'Workspace A');
    workspaceB = await createWorkspace(bob, 'Workspace B');
    processA = await createProcess(alice, workspaceA, { title: 'Secret dialogue of A' });
  });
  afterAll(() => server.close());

  it('connects as a role that is neither superuser nor BYPASSRLS nor owner of the tables', async () => {
    const role = await withAppRole(
      async (db) => (await db.query('select rolsuper, rolbypassrls, current_user from pg_roles where rolname = current_user')).rows[0],
    );
    expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false });
    const owners = await withOwner(
      async (db) => (await db.query('select distinct tableowner from pg_tables where tablename = any($1)', [TENANT_TABLES])).rows,
    );
    expect(owners.map((row) => row.tableowner)).not.toContain(role.current_user);
  });

  it('forces row-level security on every table that holds a workspace_id', async () => {
    const rows = await withOwner(
      async (db) =>
        (
          await db.query(
            `select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c
            where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
              and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'workspace_id') or c.relname = 'workspaces')`,
          )
        ).rows,
    );
    expect(rows.map((row) => row.relname).sort()).toEqual([...TENANT_TABLES].sort());
    for (const row of rows) expect(row).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('returns no rows to a query with no workspace set, and nothing at all from the tables the app may only write', async () => {
    const readable = TENANT_TABLES.filter((table) => !WRITE_ONLY_TABLES.includes(table));
    const counts = await withAppRole(async (db) => {
      const result: Record<string, number> = {};
      for (const table of readable) result[table] = Number((await db.query(`select count(*) from ${table}`)).rows[0].count);
      return result;
    });
    expect(Object.values(counts)).toEqual(readable.map(() => 0));
    const privileges = await withAppRole(
      async (db) =>
        (await db.query(`select t, has_table_privilege(t, 'SELECT') as can from unnest($1::text[]) t order by t`, [WRITE_ONLY_TABLES]))
          .rows,
    );
    expect(privileges).toEqual(WRITE_ONLY_TABLES.map((t) => ({ t, can: false })));
    const total = await withOwner(async (db) => Number((await db.query('select count(*) from processes')).rows[0].count));
    expect(total).toBeGreaterThan(0);
  });

  it('shows a transaction only the rows of the workspace it names', async () => {
    const titles = await withAppRole(async (db) => {
      await db.query('begin');
      await db.query("select set_config('app.workspace_id', $1, true)", [workspaceB]);
      const rows = (await db.query('select title from processes')).rows;
      await db.query('commit');
      return rows.map((row) => row.title);
    });
    expect(titles).not.toContain('Secret dialogue of A');
  });

  it('refuses to write a row into another workspace than the one set', async () => {
    const attempt = withAppRole(async (db) => {
      await db.query('begin');
      try {
        await db.query("select set_config('app.workspace_id', $1, true)", [workspaceB]);
        await db.query("update processes set title = 'hijacked' where id = $1", [processA.id]);
        const changed = await db.query(
          `insert into processes (workspace_id, title, level, ownership_target, timezone, created_by) values ($1, 'planted', 'local', 'information_sharing', 'UTC', $2)`,
          [workspaceA, bob.user?.id],
        );
        return changed.rowCount;
      } finally {
        await db.query('rollback');
      }
    });
    await expect(attempt).rejects.toThrow(/row-level security/);
  });

  it('answers 404 to a user of workspace B reading or writing workspace A', async () => {
    const base = `/api/v1/workspaces/${workspaceA}`;
    const process = `${base}/processes/${processA.id}`;
    const replies = await Promise.all([
      bob.get(base),
      bob.get(`${base}/processes`),
      bob.get(process),
      bob.patch(process, { title: 'hijacked', version: 1 }),
      bob.post(`${process}/transitions`, { toPhase: 'design', version: 1, justification: 'taking over this process' }),
      bob.get(`${process}/transitions`),
      bob.post(`${process}/archive`, { version: 1 }),
      bob.get(`/api/v1/workspaces/${workspaceB}/processes/${processA.id}`),
    ]);
    expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 404));
    const still = await alice.get(process);
    expect(still.body.title).toBe('Secret dialogue of A');
    expect(still.body.phase).toBe('initiate');
  });

  it('lists only the workspaces one belongs to', async () => {
    const mine = await bob.get('/api/v1/workspaces');
    expect(mine.body.items.map((w: { id: string }) => w.id)).toEqual([workspaceB]);
  });
});
