import {
  DIGEST_MAX_ITEMS,
  digestMail,
  digestMailKey,
  isReached,
  localDate,
  type NotificationForMail,
  notificationPaths,
  REMINDER_DAYS_AHEAD,
  reminderState,
  reportBackDue,
} from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { queueMail } from '../mail/queue-mail';
import { NotificationsRepository } from './notifications.repository';
import { notify } from './notify';

const repository = new NotificationsRepository();

export interface SweepResult {
  actionsOverdue: number;
  reportBacksDue: number;
  milestonesDue: number;
  meetingsTomorrow: number;
}

const group = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

/**
 * Deadline reminders for one workspace, computed from the data at `now` (each process's own calendar
 * day): actions overdue (to those who hold them), report-backs due within REMINDER_DAYS_AHEAD days or
 * overdue (to the participant who owes them), milestones not reached and due within the window (to the
 * holders of their action, or the conveners), meetings tomorrow (to invitees who have not declined). Each is keyed by its object and due date, so sweeping again
 * tells nobody twice and a moved deadline is told again. Runs in a transaction acting for the workspace;
 * the job queue calls it periodically, and so can a test.
 */
export async function sweepDeadlines(em: EntityManager, workspaceId: string, now: Date): Promise<SweepResult> {
  const result: SweepResult = { actionsOverdue: 0, reportBacksDue: 0, milestonesDue: 0, meetingsTomorrow: 0 };

  const overdue = await repository.overdueActions(em, workspaceId, now);
  for (const rows of group(overdue, (row) => row.actionId).values()) {
    const first = rows[0];
    if (!first) continue;
    result.actionsOverdue += await notify(em, {
      kind: 'action_overdue',
      params: { processTitle: first.processTitle, actionTitle: first.title, dueOn: first.dueDate },
      workspaceId,
      processId: first.processId,
      objectType: 'action',
      objectId: first.actionId,
      qualifier: first.dueDate,
      path: notificationPaths.action(workspaceId, first.processId, first.planId, first.actionId),
      recipients: rows.map((row) => row.userId),
    });
  }

  for (const row of await repository.reportBackSchedules(em, workspaceId)) {
    const today = localDate(now, row.timezone);
    const due = reportBackDue(row.frequency, new Date(row.since), row.timezone, today);
    if (!due.dueOn || !reminderState(due.dueOn, today)) continue;
    result.reportBacksDue += await notify(em, {
      kind: 'report_back_due',
      params: { processTitle: row.processTitle, dueOn: due.dueOn, overdue: due.overdue },
      workspaceId,
      processId: row.processId,
      objectType: 'report_back',
      objectId: row.processId,
      qualifier: due.dueOn,
      path: notificationPaths.reportBacks(workspaceId, row.processId),
      recipients: [row.userId],
    });
  }

  const milestones = await repository.milestonesDue(em, workspaceId, now, REMINDER_DAYS_AHEAD);
  for (const rows of group(milestones, (row) => row.milestoneId).values()) {
    const first = rows[0];
    if (!first) continue;
    const indicator = { baseline: Number(first.baseline), target: Number(first.target), direction: first.direction };
    if (isReached(indicator, first.currentValue === null ? null : Number(first.currentValue))) continue;
    result.milestonesDue += await notify(em, {
      kind: 'milestone_due',
      params: { processTitle: first.processTitle, milestoneTitle: first.title, dueOn: first.dueDate },
      workspaceId,
      processId: first.processId,
      objectType: 'milestone',
      objectId: first.milestoneId,
      qualifier: first.dueDate,
      path: notificationPaths.milestone(workspaceId, first.processId, first.planId, first.milestoneId),
      recipients: rows.map((row) => row.userId),
    });
  }

  // The day before a meeting (its process's calendar): keyed by its start, so a redelivered job or a second sweep
  // tells nobody twice, and a meeting moved to another day is announced again.
  for (const rows of group(await repository.meetingsTomorrow(em, workspaceId, now), (row) => row.meetingId).values()) {
    const first = rows[0];
    if (!first) continue;
    const startsAt = new Date(first.startsAt).toISOString();
    result.meetingsTomorrow += await notify(em, {
      kind: 'meeting_reminder',
      params: {
        processTitle: first.processTitle,
        meetingTitle: first.title,
        startsAt,
        timeZone: first.timezone,
        place: first.place,
        link: first.link,
      },
      workspaceId,
      processId: first.processId,
      objectType: 'meeting',
      objectId: first.meetingId,
      qualifier: startsAt,
      path: notificationPaths.meeting(workspaceId, first.processId, first.meetingId),
      recipients: rows.map((row) => row.userId),
    });
  }
  return result;
}

/**
 * One person's daily digest: gathers their notifications waiting for it into one 'daily-digest' mail
 * (one per person per UTC day, keyed so) and marks them digested. Runs in a transaction acting for that
 * person (`Db.transaction({ userId })`): the mail is an account mail (no workspace) and the rows are theirs.
 * Returns the number of notifications digested (0 when nothing waited or today's digest was already queued).
 */
export async function queueDigest(em: EntityManager, userId: string, now: Date): Promise<number> {
  const [user] = await repository.recipients(em, [userId], 'milestone_due');
  if (!user) return 0;
  const rows = await repository.pendingDigest(em, user.userId, DIGEST_MAX_ITEMS);
  const mail = digestMail(rows.map((row) => ({ kind: row.kind, params: row.params, path: row.path }) as NotificationForMail));
  if (!mail) return 0;
  const queued = await queueMail(em, {
    key: digestMailKey(user.userId, now.toISOString().slice(0, 10)),
    template: 'daily-digest',
    params: mail,
    to: { address: user.email, userId: user.userId },
    workspaceId: null,
  });
  // Today's digest went out already: these wait for tomorrow's.
  if (!queued) return 0;
  await repository.markDigested(
    em,
    user.userId,
    rows.map((row) => row.id),
  );
  return rows.length;
}

/** Whose notifications wait for a digest (ids only): the job fans out one `queueDigest` per person. */
export function digestRecipients(em: EntityManager): Promise<string[]> {
  return repository.digestRecipients(em);
}
