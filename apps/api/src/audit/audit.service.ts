import { Injectable } from '@nestjs/common';
import {
  type AuditBody,
  auditActor,
  auditCanonical,
  type AuditChainProblem,
  auditChainProblemText,
  invalidInput,
} from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import type { PendingAuditEvent, RequestContext } from '../common/request-context';
import { GENESIS_HASH, linkHash, linkProblem } from './audit-chain';
import { AuditRepository, type StoredAuditRow } from './audit.repository';
import type { AuditEventDto, AuditEventListDto, AuditListQueryDto, AuditVerificationDto } from './dto/audit.dto';

const DEFAULT_PAGE = 50;
const VERIFY_BATCH = 1000;

/** A cursor is the base64url of the last seq shown; anything else is refused rather than guessed at. */
function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = Number(text);
  if (!/^[1-9][0-9]{0,14}$/.test(text) || Buffer.from(text).toString('base64url') !== cursor || !Number.isSafeInteger(seq)) {
    throw invalidInput('cursorInvalid', 'This page cursor is not valid; start from the first page.', 'cursor');
  }
  return seq;
}

const encodeCursor = (seq: number) => Buffer.from(String(seq)).toString('base64url');

const intact = (upTo: number): AuditVerificationDto => ({ intact: true, upTo, brokenAt: null, reason: null, problem: null });
/** A broken chain: `problem` for screens to translate, `reason` in English for API users and the nightly log. */
const broken = (upTo: number, brokenAt: number, problem: AuditChainProblem): AuditVerificationDto => ({
  intact: false,
  upTo,
  brokenAt,
  reason: auditChainProblemText(problem, brokenAt),
  problem,
});

/** Who/what the chain scope of one pending event is. */
interface Scope {
  workspaceId: string;
  processId: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /**
   * Appends the request's pending events to their workspaces' chains, in the request's transaction, just
   * before it commits: the head row lock is the request's last lock, so appends never deadlock.
   */
  async flush(em: EntityManager, ctx: RequestContext): Promise<void> {
    // Account events belong to no chain: they go to the person's own append-only log, before any chain head is locked.
    for (const { device, ...event } of ctx.accountEvents?.splice(0) ?? [])
      await this.audit.appendAccountEvent(em, ctx.actor.id, event, device);
    for (const event of ctx.audit.splice(0)) {
      const scope = this.scopeOf(ctx, event);
      // User-scope routes (a new workspace, an accepted invitation) run without a tenant; the event names it.
      if (scope.workspaceId !== ctx.workspaceId) await em.query("select set_config('app.workspace_id', $1, true)", [scope.workspaceId]);
      const head = await this.audit.lockHead(em, scope.workspaceId);
      const body: AuditBody = {
        seq: head.seq + 1,
        workspaceId: scope.workspaceId,
        processId: scope.processId,
        actorId: auditActor(event, ctx.actor.id),
        objectType: event.objectType,
        action: event.action,
        objectId: event.objectId,
        payload: { ...(event.payload ?? {}) },
        occurredAt: new Date().toISOString(),
      };
      const canonical = auditCanonical(body);
      await this.audit.append(em, { ...body, canonical, prevHash: head.hash, hash: linkHash(head.hash, body.seq, canonical) });
    }
  }

  async list(ctx: RequestContext, query: AuditListQueryDto): Promise<AuditEventListDto> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const rows = await this.audit.list(ctx.em, {
      workspaceId: ctx.workspaceId as string,
      processId: ctx.processId ?? query.processId ?? null,
      objectType: query.objectType ?? null,
      objectId: query.objectId ?? null,
      actorId: query.actorId ?? null,
      beforeSeq: query.cursor ? decodeCursor(query.cursor) : null,
      limit,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toDto), nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : null };
  }

  /** Recomputes the workspace's whole chain up to its head. */
  async verify(ctx: RequestContext): Promise<AuditVerificationDto> {
    return this.verifyChain(ctx.em, ctx.workspaceId as string);
  }

  /** The same check for a transaction scoped to the workspace (the nightly job has no request). */
  async verifyChain(em: EntityManager, workspaceId: string): Promise<AuditVerificationDto> {
    const head = await this.audit.head(em, workspaceId);
    if (!head) return intact(0);
    let seq = 0;
    let hash: Buffer = GENESIS_HASH;
    for (;;) {
      const links = await this.audit.chainAfter(em, workspaceId, seq, head.seq, VERIFY_BATCH);
      for (const link of links) {
        const problem = linkProblem(link, seq + 1, hash);
        if (problem) return broken(seq, seq + 1, problem);
        seq = link.seq;
        hash = link.hash;
      }
      if (links.length < VERIFY_BATCH) break;
    }
    if (seq < head.seq) return broken(seq, seq + 1, 'event_missing');
    if (!hash.equals(head.hash)) return broken(seq, seq, 'head_mismatch');
    return intact(seq);
  }

  private scopeOf(ctx: RequestContext, event: PendingAuditEvent): Scope {
    const workspaceId = event.workspaceId ?? ctx.workspaceId;
    if (!workspaceId) throw new Error(`Audit event ${event.objectType}.${event.action} has no workspace: a user-scope route must name it`);
    return { workspaceId, processId: event.processId === undefined ? ctx.processId : event.processId };
  }
}

function toDto(row: StoredAuditRow): AuditEventDto {
  return {
    seq: row.seq,
    processId: row.processId,
    actorId: row.actorId,
    actorName: row.actorName,
    objectType: row.objectType,
    action: row.action,
    objectId: row.objectId,
    payload: row.payload,
    occurredAt: row.occurredAt,
  };
}
