import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Jobs } from '../jobs/jobs.service';
import { workspaceIds } from '../jobs/workspace-ids';
import { digestRecipients, queueDigest, sweepDeadlines } from './reminders';

export const DEADLINE_SWEEP = 'deadline-sweep';
export const DEADLINE_SWEEP_WORKSPACE = 'deadline-sweep-workspace';
export const DAILY_DIGEST = 'daily-digest';
export const DAILY_DIGEST_PERSON = 'daily-digest-workspace';

/** Every ten minutes: reminders come from the data (due soon, overdue), never from jobs scheduled far ahead. */
export const DEADLINE_SWEEP_CRON = '*/10 * * * *';
/** Once a day, early in the UTC morning (per-person time zones come with the languages issue); queueDigest's key keeps it to one a day. */
export const DAILY_DIGEST_CRON = '7 6 * * *';

/**
 * Schedules the deadline sweep and the daily digest. Each sweep learns ids only (a workspace's through
 * job_workspace_ids(), a person's through digest_recipients()) and fans out one job per workspace or person,
 * whose transaction is scoped to it, so row-level security holds in every step. Once per deadline and once
 * per day are kept by unique keys in the rows they write, so a sweep that runs twice sends nothing twice.
 */
@Injectable()
export class NotificationJobs implements OnModuleInit {
  constructor(private readonly jobs: Jobs) {}

  onModuleInit(): void {
    this.jobs.schedule(DEADLINE_SWEEP, DEADLINE_SWEEP_CRON);
    this.jobs.work(DEADLINE_SWEEP, async (_job, em) => {
      for (const workspaceId of await workspaceIds(em)) await this.jobs.enqueue(em, DEADLINE_SWEEP_WORKSPACE, { workspaceId });
    });
    this.jobs.work<{ workspaceId: string }>(DEADLINE_SWEEP_WORKSPACE, async (job, em) => {
      await sweepDeadlines(em, job.data.workspaceId, new Date());
    });
    this.jobs.schedule(DAILY_DIGEST, DAILY_DIGEST_CRON);
    this.jobs.work(DAILY_DIGEST, async (_job, em) => {
      for (const userId of await digestRecipients(em)) await this.jobs.enqueue(em, DAILY_DIGEST_PERSON, { userId });
    });
    this.jobs.work<{ userId: string }>(DAILY_DIGEST_PERSON, async (job, em) => {
      await queueDigest(em, job.data.userId, new Date());
    });
  }
}
