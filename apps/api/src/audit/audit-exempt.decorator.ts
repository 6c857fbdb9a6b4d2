import { SetMetadata } from '@nestjs/common';

export const AUDIT_EXEMPT_KEY = 'cg:audit-exempt';

/**
 * A write route that changes nothing durable, so it records no audit event. The reason is required and
 * read in review; every other successful write must record at least one event or it rolls back.
 */
export const AuditExempt = (reason: string) => SetMetadata(AUDIT_EXEMPT_KEY, reason);
