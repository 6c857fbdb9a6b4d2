/**
 * Named SQL for the rules that SQL repeats, each the twin of a function in libs/domain (and tested against
 * it on the same rows in apps/api/test/sql-fragments.spec.ts). The argument is the table's alias in the
 * statement; aliases are ours, never user input.
 */

/** `isActiveParticipant()`: the participant role, not an alternate. `m` aliases process_members. */
export const activeParticipant = (m: string): string => `${m}.role = 'participant' and ${m}.alternate_for is null`;

/** `isOpenStatus()`: an action still expected to be carried out. `a` aliases actions. */
export const openAction = (a: string): string => `${a}.status not in ('done', 'dropped')`;

/**
 * The action's owner (`ActionOwner` in libs/domain/src/plans.ts): one of three columns, at most one set.
 * Join `actionOwnerJoins(a)` for the name, which reads the aliases `ou`, `sg` and `wg`.
 */
export const actionOwnerKind = (a: string): string =>
  `case when ${a}.owner_user_id is not null then 'member' when ${a}.owner_stakeholder_group_id is not null then 'stakeholder_group' when ${a}.owner_working_group_id is not null then 'working_group' end`;
export const actionOwnerId = (a: string): string =>
  `coalesce(${a}.owner_user_id, ${a}.owner_stakeholder_group_id, ${a}.owner_working_group_id)`;
export const actionOwnerJoins = (a: string): string =>
  `left join users ou on ou.id = ${a}.owner_user_id
    left join stakeholder_groups sg on sg.id = ${a}.owner_stakeholder_group_id
    left join working_groups wg on wg.id = ${a}.owner_working_group_id`;
export const ACTION_OWNER_NAME = 'coalesce(ou.display_name, sg.name, wg.name)';

/** `actionPercent()`: done is 100, dropped does not count (null), any other its last reported percentage. */
export const actionPercent = (a: string): string =>
  `(case when ${a}.status = 'done' then 100 when ${a}.status = 'dropped' then null else coalesce(${a}.progress_percent, 0) end)`;

/**
 * `reportBackDue().dueOn`: one period after `since` (a timestamp without time zone, read as UTC, so
 * PostgreSQL's calendar arithmetic matches the domain's UTC arithmetic and keeps a month inside the target
 * month), as a date in `timeZone` (an SQL expression, e.g. a parameter). Null for "after each meeting".
 * `e` aliases accountability_entries.
 */
export const nextReportDue = (e: string, since: string, timeZone: string): string =>
  `((case ${e}.frequency when 'weekly' then ${since} + interval '7 days' when 'fortnightly' then ${since} + interval '14 days'
                          when 'monthly' then ${since} + interval '1 month' when 'quarterly' then ${since} + interval '3 months' end)
     at time zone 'UTC' at time zone ${timeZone})::date`;

/** What `since` is for `nextReportDue`: the last report, or the entry's creation, as UTC wall time. */
export const reportBackSince = (e: string): string => `(coalesce(${e}.last_reported_at, ${e}.created_at) at time zone 'UTC')`;

/** `localDate(now, timeZone)`: today's date where the process is, `timeZone` an SQL expression (a column or a parameter). */
export const todayIn = (timeZone: string): string => `(now() at time zone ${timeZone})::date`;
