import { describe, expect, it } from '@jest/globals';
import {
  type ActionStatus,
  actionPercent as actionPercentInDomain,
  isActiveParticipant,
  isOpenStatus,
  localDate,
  PROCESS_ROLES,
  type ReportFrequency,
  reportBackDue,
} from '@common-ground/domain';
import {
  ACTION_OWNER_NAME,
  actionOwnerId,
  actionOwnerJoins,
  actionOwnerKind,
  actionPercent,
  activeParticipant,
  nextReportDue,
  openAction,
  reportBackSince,
  todayIn,
} from '../src/common/db/fragments';
import { withOwner } from './harness';

/**
 * Each fragment runs in PostgreSQL over rows shaped like its table (CTEs named after the tables, with the
 * columns' types), and the libs/domain twin runs on the same rows: both must agree on every row.
 */
const STATUSES: ActionStatus[] = ['planned', 'in_progress', 'done', 'blocked', 'dropped'];

describe('SQL fragments and their libs/domain twins', () => {
  it('activeParticipant agrees with isActiveParticipant on every role, with and without an alternate link', async () => {
    const rows = PROCESS_ROLES.flatMap((role) => [
      { role, alternateFor: null },
      { role, alternateFor: '6f1c2a4e-9b7d-4c3a-8e2f-1a2b3c4d5e6f' },
    ]);
    const result = await withOwner((db) =>
      db.query<{ n: number; active: boolean }>(
        `with process_members as (select n, role, alternate_for from jsonb_to_recordset($1::jsonb) as r(n int, role text, alternate_for uuid))
         select m.n, (${activeParticipant('m')}) as active from process_members m order by m.n`,
        [JSON.stringify(rows.map((row, n) => ({ n, role: row.role, alternate_for: row.alternateFor })))],
      ),
    );
    expect(result.rows.map((row) => row.active)).toEqual(rows.map((row) => isActiveParticipant(row)));
    expect(result.rows.some((row) => row.active)).toBe(true);
  });

  it('openAction agrees with isOpenStatus on every status', async () => {
    const result = await withOwner((db) =>
      db.query<{ status: ActionStatus; open: boolean }>(
        `with actions as (select unnest($1::text[]) as status) select a.status, (${openAction('a')}) as open from actions a`,
        [STATUSES],
      ),
    );
    expect(result.rows).toEqual(STATUSES.map((status) => ({ status, open: isOpenStatus(status) })));
  });

  it('actionPercent agrees with actionPercent() for every status and reported percentage', async () => {
    const rows = STATUSES.flatMap((status) => [null, 0, 35, 100].map((percent) => ({ status, percent })));
    const result = await withOwner((db) =>
      db.query<{ percent: number | null }>(
        `with actions as (select n, status, progress_percent from jsonb_to_recordset($1::jsonb) as r(n int, status text, progress_percent smallint))
         select ${actionPercent('a')} as percent from actions a order by a.n`,
        [JSON.stringify(rows.map((row, n) => ({ n, status: row.status, progress_percent: row.percent })))],
      ),
    );
    expect(result.rows.map((row) => row.percent)).toEqual(rows.map((row) => actionPercentInDomain(row.status, row.percent)));
  });

  it('the owner fragments read back the owner written in each of the three columns, with its name', async () => {
    const ids = {
      user: '11111111-1111-4111-8111-111111111111',
      group: '22222222-2222-4222-8222-222222222222',
      working: '33333333-3333-4333-8333-333333333333',
    };
    const result = await withOwner((db) =>
      db.query<{ kind: string | null; id: string | null; name: string | null }>(
        `with users as (select $1::uuid as id, 'Amina' as display_name),
              stakeholder_groups as (select $2::uuid as id, 'Traders' as name),
              working_groups as (select $3::uuid as id, 'Roads group' as name),
              actions as (select * from (values (1, $1::uuid, null::uuid, null::uuid), (2, null, $2::uuid, null), (3, null, null, $3::uuid), (4, null, null, null))
                                         as v(n, owner_user_id, owner_stakeholder_group_id, owner_working_group_id))
         select ${actionOwnerKind('a')} as kind, ${actionOwnerId('a')} as id, ${ACTION_OWNER_NAME} as name
           from actions a ${actionOwnerJoins('a')} order by a.n`,
        [ids.user, ids.group, ids.working],
      ),
    );
    expect(result.rows).toEqual([
      { kind: 'member', id: ids.user, name: 'Amina' },
      { kind: 'stakeholder_group', id: ids.group, name: 'Traders' },
      { kind: 'working_group', id: ids.working, name: 'Roads group' },
      { kind: null, id: null, name: null },
    ]);
  });

  it('nextReportDue agrees with reportBackDue() across frequencies, month ends, leap days and time zones', async () => {
    const frequencies: ReportFrequency[] = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'after_each_meeting'];
    const moments = [
      '2026-01-31T23:30:00Z',
      '2028-02-29T12:00:00Z',
      '2026-11-30T10:15:00Z',
      '2026-03-28T01:30:00Z',
      '2026-12-31T22:00:00Z',
    ];
    const zones = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];
    const cases = frequencies.flatMap((frequency) =>
      moments.flatMap((since) => zones.flatMap((zone) => [true, false].map((reported) => ({ frequency, since, zone, reported })))),
    );
    const result = await withOwner((db) =>
      db.query<{ due: string | null }>(
        `with accountability_entries as (
           select n, frequency, zone, created_at, last_reported_at
             from jsonb_to_recordset($1::jsonb) as r(n int, frequency text, zone text, created_at timestamptz, last_reported_at timestamptz))
         select ${nextReportDue('e', reportBackSince('e'), 'e.zone')}::text as due from accountability_entries e order by e.n`,
        [
          JSON.stringify(
            cases.map((c, n) => ({
              n,
              frequency: c.frequency,
              zone: c.zone,
              created_at: c.reported ? '2025-01-01T00:00:00Z' : c.since,
              last_reported_at: c.reported ? c.since : null,
            })),
          ),
        ],
      ),
    );
    expect(result.rows.map((row) => row.due)).toEqual(
      cases.map((c) => reportBackDue(c.frequency, new Date(c.since), c.zone, '2026-01-01').dueOn),
    );
  });

  it('todayIn agrees with localDate() at the same instant, in zones on either side of the date line', async () => {
    const zones = [
      'UTC',
      'Pacific/Auckland',
      'Pacific/Kiritimati',
      'America/Los_Angeles',
      'Pacific/Pago_Pago',
      'Asia/Kolkata',
      'Africa/Douala',
    ];
    const result = await withOwner((db) =>
      db.query<{ zone: string; today: string; now: Date }>(
        `select z.zone, (${todayIn('z.zone')})::text as today, now() as now from unnest($1::text[]) as z(zone)`,
        [zones],
      ),
    );
    expect(result.rows.map((row) => row.today)).toEqual(result.rows.map((row) => localDate(row.now, row.zone)));
    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are never on the same date: the zone really is applied.
    const dates = new Map(result.rows.map((row) => [row.zone, row.today]));
    expect(dates.get('Pacific/Kiritimati')).not.toBe(dates.get('Pacific/Pago_Pago'));
  });
});
