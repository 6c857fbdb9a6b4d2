/**
 * Fills one process with what the Implement phase tracks, with set-based SQL as the schema owner (who is
 * not bound by row-level security): participants with accountability entries, approved plans with
 * actions (every status, due dates around today, some progress), milestones with measured values, cost
 * lines in three currencies and progress updates. Used by the benchmark (`npm run bench`) and by the
 * dashboard's statement-count test, so both measure the same shape of data.
 */
import type pg from 'pg';

export interface ImplementSeedOptions {
  workspaceId: string;
  processId: string;
  /** A convener of the process: the author of everything seeded. */
  userId: string;
  plans: number;
  actionsPerPlan: number;
  milestonesPerPlan: number;
  participants: number;
}

const STATUSES = ['planned', 'in_progress', 'done', 'blocked', 'dropped'];
const WHEEL = ['joint_capacity_building', 'joint_assessment', 'joint_planning', 'joint_implementation', 'joint_monitoring_evaluation'];

export async function seedImplement(client: pg.Client, options: ImplementSeedOptions): Promise<Record<string, number>> {
  const q = (text: string, params: unknown[] = []) => client.query(text, params);
  const { workspaceId, processId, userId } = options;
  await q('begin');
  try {
    await q(
      `insert into users (email, email_key, display_name, password_hash)
       select e, e, 'Participant ' || g, 'seeded: cannot sign in'
         from generate_series(1, $2::int) g cross join lateral (select 'participant-' || g || '-' || $1 || '@seed.example' as e) m`,
      [processId, options.participants],
    );
    await q(
      `with seeded as (select id from users where email_key like 'participant-%-' || $2::text || '@seed.example')
       , ws as (insert into workspace_members (workspace_id, user_id, role) select $1::uuid, id, 'member' from seeded on conflict do nothing)
       , pm as (insert into process_members (process_id, user_id, workspace_id, role) select $2::uuid, id, $1::uuid, 'participant' from seeded)
       insert into accountability_entries (workspace_id, process_id, user_id, accountable_to, constituency, channel, frequency, last_reported_at)
       select $1::uuid, $2::uuid, id, 'Constituency council ' || n, 'Constituency ' || n, 'Monthly meeting', (array['weekly', 'fortnightly', 'monthly', 'quarterly'])[1 + n % 4],
              now() - (n % 120) * interval '1 day'
         from (select id, row_number() over (order by id) as n from seeded) s`,
      [workspaceId, processId],
    );
    await q(
      `insert into action_plans (workspace_id, process_id, title, goal, status, created_by, approved_at, approved_by, created_at)
       select $1, $2, 'Seeded plan ' || g, 'A seeded goal', 'approved', $3, now(), $3, now() - g * interval '1 hour' from generate_series(1, $4::int) g`,
      [workspaceId, processId, userId, options.plans],
    );
    await q(
      `insert into actions (workspace_id, process_id, plan_id, position, title, owner_user_id, start_date, due_date, wheel_area, status, drop_reason,
                            progress_percent, created_by, status_changed_by)
       select $1, $2, p.id, g, 'Seeded action ' || p.n || '.' || g, $3, current_date - 240, current_date - 200 + ((p.n * 37 + g) % 400)::int,
              ($5::text[])[1 + g % 5], s.status, case when s.status = 'dropped' then 'Seeded' end,
              case when s.status = 'in_progress' then (g * 7) % 101 end, $3, $3
         from (select id, (row_number() over (order by created_at))::int as n from action_plans where process_id = $2) p
         cross join generate_series(1, $4::int) g
         cross join lateral (select ($6::text[])[1 + (p.n + g) % 5] as status) s`,
      [workspaceId, processId, userId, options.actionsPerPlan, WHEEL, STATUSES],
    );
    await q(
      `insert into milestones (workspace_id, process_id, plan_id, action_id, title, due_date, quick_win, unit, baseline, target, direction, current_value, current_on, created_by)
       select $1, $2, p.id, (select id from actions a where a.plan_id = p.id and a.position = g), 'Seeded milestone ' || p.n || '.' || g,
              current_date - 30 + ((p.n * 11 + g) % 150)::int, g % 5 = 0, 'events', 0, 100, 'increase', (p.n + g * 13) % 120, current_date - 1, $3
         from (select id, (row_number() over (order by created_at))::int as n from action_plans where process_id = $2) p
         cross join generate_series(1, $4::int) g`,
      [workspaceId, processId, userId, options.milestonesPerPlan],
    );
    await q(
      `insert into milestone_values (workspace_id, process_id, milestone_id, value, measured_on, recorded_by)
       select $1, $2, m.id, m.current_value - 3 + k, current_date - 4 + k, $3 from milestones m cross join generate_series(1, 3) k where m.process_id = $2`,
      [workspaceId, processId, userId],
    );
    await q(
      `insert into cost_lines (workspace_id, process_id, plan_id, action_id, item, amount, currency, funding_source, status, created_by)
       select $1, $2, a.plan_id, a.id, 'Seeded cost ' || a.position, (a.position * 137) % 10000 + 0.5, (array['USD', 'EUR', 'KES'])[1 + a.position % 3],
              (array['EU delegation', 'Ministry', ''])[1 + a.position % 3], (array['secured', 'pledged', 'needed'])[1 + (a.position / 3) % 3], $3
         from actions a where a.process_id = $2`,
      [workspaceId, processId, userId],
    );
    await q(
      `insert into progress_updates (workspace_id, process_id, action_id, body, percent, author_id)
       select $1, $2, a.id, 'Seeded progress', a.progress_percent, $3 from actions a where a.process_id = $2 and a.status = 'in_progress'`,
      [workspaceId, processId, userId],
    );
    await q('commit');
  } catch (error) {
    await q('rollback').catch(() => undefined);
    throw error;
  }
  const counts: Record<string, number> = {};
  for (const table of [
    'action_plans',
    'actions',
    'milestones',
    'milestone_values',
    'cost_lines',
    'progress_updates',
    'accountability_entries',
  ]) {
    const { rows } = await client.query<{ c: number }>(`select count(*)::int as c from ${table} where process_id = $1`, [processId]);
    counts[table] = rows[0].c;
  }
  for (const table of [
    'actions',
    'milestones',
    'milestone_values',
    'cost_lines',
    'progress_updates',
    'accountability_entries',
    'action_plans',
  ]) {
    await q(`analyze ${table}`);
  }
  return counts;
}
