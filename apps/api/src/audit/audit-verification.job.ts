import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Jobs } from '../jobs/jobs.service';
import { workspaceIds } from '../jobs/workspace-ids';
import { AuditService } from './audit.service';

export const AUDIT_VERIFY_SWEEP = 'audit-verify-sweep';
export const AUDIT_VERIFY = 'audit-verify';
/** Nightly, at a quiet hour (UTC). */
export const AUDIT_VERIFY_CRON = '17 2 * * *';

/**
 * The nightly verification of every workspace's audit chain: a sweep fans out one job per workspace, each
 * walks that chain in the workspace's own scope and logs an error naming the workspace and the first
 * broken event. A broken chain is an operator's matter (someone edited the database), not a user's.
 */
@Injectable()
export class AuditVerificationJob implements OnModuleInit {
  private readonly logger = new Logger('AuditVerification');

  constructor(
    private readonly jobs: Jobs,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(AUDIT_VERIFY_SWEEP, AUDIT_VERIFY_CRON);
    this.jobs.work(AUDIT_VERIFY_SWEEP, async (_job, em) => {
      for (const workspaceId of await workspaceIds(em)) await this.jobs.enqueue(em, AUDIT_VERIFY, { workspaceId });
    });
    this.jobs.work<{ workspaceId: string }>(AUDIT_VERIFY, async (job, em) => {
      const result = await this.audit.verifyChain(em, job.data.workspaceId);
      if (result.intact) return;
      this.logger.error(
        `Audit chain of workspace ${job.data.workspaceId} is broken at event ${String(result.brokenAt)} (intact up to ${result.upTo}): ${String(result.reason)}`,
      );
    });
  }
}
