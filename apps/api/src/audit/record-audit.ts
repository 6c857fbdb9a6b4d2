import type { PendingAuditEvent, RequestContext } from '../common/request-context';

/**
 * Records what a write changed. The event joins the request's transaction: the transaction interceptor
 * appends it to the workspace's hash chain right before commit, so a change and its event commit together
 * or not at all, and the chain head is always the last lock a request takes.
 */
export function recordAudit(ctx: RequestContext, event: PendingAuditEvent): void {
  ctx.audit.push(event);
}
