import type { AccountSecurityEvent } from '@common-ground/domain';
import type { PendingAuditEvent, RequestContext } from '../common/request-context';

/**
 * Records what a write changed. The event joins the request's transaction: the transaction interceptor
 * appends it to the workspace's hash chain right before commit, so a change and its event commit together
 * or not at all, and the chain head is always the last lock a request takes.
 */
export function recordAudit(ctx: RequestContext, event: PendingAuditEvent): void {
  ctx.audit.push(event);
}

/**
 * Records a change to the actor's own account security (two-factor on or off, recovery codes). It belongs to
 * no workspace: the transaction interceptor writes it to `account_security_events` in the same transaction,
 * and it counts as the audit event a guarded write must record.
 */
export function recordAccountEvent(ctx: RequestContext, event: AccountSecurityEvent): void {
  ctx.accountEvents.push(event);
}
