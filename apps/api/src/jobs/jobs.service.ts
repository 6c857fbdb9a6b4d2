import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { JOBS_DATABASE_URL } from './jobs.tokens';

/** What every job carries: the scope its handler's transaction is opened in, exactly like a request's. */
export interface JobScope {
  workspaceId?: string | null;
  userId?: string | null;
}

export type JobData = JobScope & Record<string, unknown>;

export interface JobContext<T extends JobData> {
  id: string;
  queue: string;
  data: T;
}

/**
 * A handler normally returns nothing (the job completes with its transaction) or throws (both roll back and
 * pg-boss retries). `{ retry }` commits what the handler wrote (e.g. an attempt counter) and still retries.
 */
export type JobOutcome = void | { retry: string };

export type JobHandler<T extends JobData> = (job: JobContext<T>, em: EntityManager) => Promise<JobOutcome>;

export type EnqueueOptions = Pick<
  PgBoss.SendOptions,
  'retryLimit' | 'retryDelay' | 'retryBackoff' | 'expireInSeconds' | 'singletonKey' | 'startAfter'
>;

interface Registration {
  queue: string;
  handler: JobHandler<JobData>;
}

/**
 * The one door to pg-boss. Its schema and queues are made by a migration as the owner, so the app starts it
 * with `migrate: false`; it connects as the app role (row-level security applies to jobs as to requests).
 *
 * - `enqueue(em, …)` inserts the job through the caller's transaction: it exists exactly when the change that
 *   caused it commits.
 * - `work(queue, handler)` registers a handler; it runs only where jobs are worked (`JOBS_IN_PROCESS`, or
 *   `npm run worker`), each job in a fresh transaction scoped to `job.data.workspaceId` / `userId`.
 * - `schedule(queue, cron)` registers a cron schedule, applied where jobs are worked. Sweeps run every few
 *   minutes and compute what is due from the data; nothing is scheduled far ahead.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly registrations: Registration[] = [];
  private readonly schedules: { queue: string; cron: string; data: JobData }[] = [];
  private started = false;

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_DATABASE_URL) databaseUrl: string,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      max: 3,
      application_name: 'common-ground-jobs',
      migrate: false,
      supervise: true,
      schedule: true,
      maintenanceIntervalSeconds: config.jobs.maintenanceSeconds,
    });
    this.boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
  }

  /** True where this process works jobs. */
  get working(): boolean {
    return this.config.jobs.inProcess;
  }

  /** Sends a job inside the given transaction. Returns its id, or null when pg-boss dropped it (singleton). */
  async enqueue<T extends JobData>(em: EntityManager, queue: string, data: T, options: EnqueueOptions = {}): Promise<string | null> {
    const db: PgBoss.Db = { executeSql: async (text, values) => ({ rows: await em.query<unknown[]>(text, values) }) };
    return this.boss.send(queue, data, { ...options, db });
  }

  work<T extends JobData>(queue: string, handler: JobHandler<T>): void {
    this.registrations.push({ queue, handler: handler as JobHandler<JobData> });
  }

  /** A cron schedule (UTC) sending `data` to `queue`; one schedule per queue. */
  schedule(queue: string, cron: string, data: JobData = {}): void {
    this.schedules.push({ queue, cron, data });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.working) return;
    await this.boss.start();
    this.started = true;
    for (const { queue, cron, data } of this.schedules) await this.boss.schedule(queue, cron, data, { tz: 'UTC' });
    for (const { queue, handler } of this.registrations) {
      // pg-boss waits a polling interval after every fetch; a worker that just ran a job asks for the next one at
      // once instead, so a backlog drains at the speed of its handler and an idle queue is polled, not spun on.
      let workerId = '';
      workerId = await this.boss.work<JobData>(
        queue,
        { batchSize: 1, pollingIntervalSeconds: this.config.jobs.pollingSeconds },
        async ([job]) => {
          try {
            await this.run(queue, job, handler);
          } finally {
            this.boss.notifyWorker(workerId);
          }
        },
      );
    }
    this.logger.log(
      `Working ${this.registrations.length} queue${this.registrations.length === 1 ? '' : 's'}: ${this.registrations.map((r) => r.queue).join(', ')}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  private async run(queue: string, job: PgBoss.Job<JobData>, handler: JobHandler<JobData>): Promise<void> {
    const data = job.data ?? {};
    const outcome = await this.db.transaction({ workspaceId: data.workspaceId ?? null, userId: data.userId ?? null }, (em) =>
      handler({ id: job.id, queue, data }, em),
    );
    if (outcome && 'retry' in outcome) throw new Error(outcome.retry);
  }
}
