import type { AccountEvent } from '@common-ground/domain';
import type { RequestContext } from '../common/request-context';

/**
 * Records an event in the actor's own security log. Like recordAudit, it joins the request's transaction:
 * the transaction interceptor writes it just before commit, and a write route that records neither an
 * audit event nor an account event fails.
 */
export function recordAccountEvent(ctx: RequestContext, event: AccountEvent, device: string | null = null): void {
  (ctx.accountEvents ??= []).push({ ...event, device });
}
