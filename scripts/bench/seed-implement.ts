/**
 * Fills one process with what the Implement phase tracks, with set-based SQL as the schema owner (who is
 * not bound by row-level security): participants with accountability entries, approved plans with
 * actions (every status, due dates around today, some progress), milestones with measured values, cost
 * lines in three currencies and progress updates, and meetings (past and upcoming, a few cancelled) with their
 * invitations, RSVPs, attendance and minutes in every state. Used by the benchmark (`npm run bench`) and by the
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
  /** Meetings spread from four months ago to a month ahead, each inviting up to 20 of the participants. */
  meetings?: number;
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
    if (options.meetings) await seedMeetings(q, workspaceId, processId, options.meetings);
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
    'meetings',
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
    'meetings',
    'meeting_invitations',
    'meeting_attendance',
    'minutes',
  ]) {
    await q(`analyze ${table}`);
  }
  return counts;
}

const MEETING_KINDS = ['plenary', 'consultation', 'working_group', 'bilateral', 'report_back'];

/**
 * `count` meetings, one every 18 hours from 120 days ago to 30 days ahead (a fifth of them upcoming); one in 25 cancelled. Each
 * invites 20 participants (a sliding window over them) who answer yes, no, maybe or not yet; a held meeting has 12
 * attendees and minutes approved, in review or still a draft (the dashboard's "minutes not yet approved").
 */
async function seedMeetings(
  q: (text: string, params?: unknown[]) => Promise<unknown>,
  workspaceId: string,
  processId: string,
  count: number,
): Promise<void> {
  await q(
    `insert into meetings (workspace_id, process_id, kind, format, title, starts_at, ends_at, place, link, mode, cancelled_at)
     select $1, $2, ($4::text[])[1 + g % 5], (array['in_person', 'online', 'hybrid'])[1 + g % 3], 'Seeded meeting ' || g,
            date_trunc('hour', now()) - interval '120 days' + g * interval '18 hours',
            date_trunc('hour', now()) - interval '120 days' + g * interval '18 hours' + interval '2 hours',
            case when g % 3 <> 1 then 'Seeded venue ' || g end, case when g % 3 <> 0 then 'https://meet.example.org/seed-' || g end,
            'on_the_record', case when g % 25 = 0 then now() - interval '1 day' end
       from generate_series(1, $3::int) g`,
    [workspaceId, processId, count, MEETING_KINDS],
  );
  await q(
    `with seeded as (select id, row_number() over (order by starts_at, id) as n, starts_at from meetings where process_id = $2),
          people as (select user_id, row_number() over (order by user_id) as k, count(*) over () as total
                       from process_members where process_id = $2 and role = 'participant')
     insert into meeting_invitations (meeting_id, member_id, workspace_id, response, responded_at)
     select s.id, p.user_id, $1, r.response, case when r.response is not null then s.starts_at - interval '2 days' end
       from seeded s join people p on (p.k + s.n * 7) % greatest(p.total, 1) < 20
       cross join lateral (select (array['yes', 'yes', 'no', 'maybe', null])[1 + (p.k + s.n) % 5] as response) r`,
    [workspaceId, processId],
  );
  await q(
    `insert into meeting_attendance (meeting_id, member_id, workspace_id, recorded_how)
     select i.meeting_id, i.member_id, $1, case when i.rn % 2 = 0 then 'code' else 'secretariat' end
       from (select i.*, row_number() over (partition by i.meeting_id order by i.member_id) as rn
               from meeting_invitations i join meetings m on m.id = i.meeting_id
              where m.process_id = $2 and m.ends_at < now() and m.cancelled_at is null) i
      where i.rn <= 12`,
    [workspaceId, processId],
  );
  await q(
    `insert into minutes (meeting_id, workspace_id, status, approved_at)
     select m.id, $1, s.status, case when s.status = 'approved' then m.ends_at + interval '3 days' end
       from (select id, ends_at, starts_at, row_number() over (order by starts_at, id) as n from meetings where process_id = $2) m
       cross join lateral (select case when m.ends_at > now() then 'draft'
                                       else (array['approved', 'approved', 'approved', 'in_review', 'draft'])[1 + m.n % 5] end as status) s`,
    [workspaceId, processId],
  );
}
