import type { AccountEvent, AuditEvent, Grants, Locale } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import type { RequestTransaction } from '../database/db.service';
import type { ProcessEntity } from '../processes/process.entity';

export interface Actor {
  id: string;
  email: string;
  displayName: string;
  /** The person's language, null until chosen; absent in sessions signed in before languages existed. */
  locale?: Locale | null;
  /** The person's own IANA time zone, null until chosen; absent in sessions signed in before it existed. */
  timeZone?: string | null;
}

/** What a guarded handler knows: who acts, with which roles, inside which transaction. */
export interface RequestContext {
  actor: Actor;
  workspaceId: string | null;
  processId: string | null;
  /** The process of a process-scoped route, read by the guard with the roles (not locked); null elsewhere. */
  process: ProcessEntity | null;
  grants: Grants;
  em: EntityManager;
  /** Where links in responses point: PUBLIC_URL, or the origin the request came to. */
  origin: string;
  /** Audit events of this request, appended to the workspace's chain in the same transaction, just before commit. */
  audit: PendingAuditEvent[];
  /** Events of the actor's own security log (account routes), written in the same transaction, just before commit. */
  accountEvents?: PendingAccountEvent[];
}

/** An account event as a service records it, with the device that acted. */
export type PendingAccountEvent = AccountEvent & { device: string | null };

/** The request's process, as the guard read it: for process-scoped routes only. */
export function processOf(ctx: RequestContext): ProcessEntity {
  if (!ctx.process) throw new Error('No process in the request context: the route is not process-scoped');
  return ctx.process;
}

/** An event as a service records it; the process and workspace default to the request's. */
export type PendingAuditEvent = AuditEvent & {
  /** Set only where the request's scope has no workspace (creating one, accepting an invitation). */
  workspaceId?: string;
  /** Overrides the request's process (null: a workspace-level event). */
  processId?: string | null;
};

declare module 'express-serve-static-core' {
  interface Request {
    cg?: RequestContext;
    cgTransaction?: RequestTransaction;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // passport's req.user is the session's actor
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends Actor {}
  }
}

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    /** A right password of someone with two-factor on, waiting for their code (not signed in yet). */
    twoFactorPending?: { actor: Actor; expiresAt: number };
  }
}
