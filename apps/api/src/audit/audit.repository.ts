import { Injectable } from '@nestjs/common';
import type { AccountEvent } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { AccountEventEntity } from '../account/account-event.entity';

export interface ChainHead {
  seq: number;
  hash: Buffer;
}

export interface NewAuditRow {
  workspaceId: string;
  seq: number;
  processId: string | null;
  actorId: string | null;
  objectType: string;
  action: string;
  objectId: string;
  payload: Record<string, unknown>;
  occurredAt: string;
  canonical: string;
  prevHash: Buffer;
  hash: Buffer;
}

export interface StoredAuditRow extends NewAuditRow {
  actorName: string | null;
}

export interface AuditFilter {
  workspaceId: string;
  processId: string | null;
  objectType: string | null;
  objectId: string | null;
  actorId: string | null;
  beforeSeq: number | null;
  limit: number;
}

interface RawRow {
  workspace_id: string;
  seq: string;
  process_id: string | null;
  actor_id: string | null;
  object_type: string;
  action: string;
  object_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  canonical: string;
  prev_hash: Buffer;
  hash: Buffer;
  actor_name?: string | null;
}

const toRow = (raw: RawRow): StoredAuditRow => ({
  workspaceId: raw.workspace_id,
  seq: Number(raw.seq),
  processId: raw.process_id,
  actorId: raw.actor_id,
  objectType: raw.object_type,
  action: raw.action,
  objectId: raw.object_id,
  payload: raw.payload,
  occurredAt: raw.occurred_at.toISOString(),
  canonical: raw.canonical,
  prevHash: raw.prev_hash,
  hash: raw.hash,
  actorName: raw.actor_name ?? null,
});

const GENESIS = Buffer.alloc(32);

@Injectable()
export class AuditRepository {
  /**
   * Locks the workspace's chain head, creating it at the genesis when the workspace has none. Two first
   * writers both insert: the second waits on the first's row, then finds it and locks it.
   */
  async lockHead(em: EntityManager, workspaceId: string): Promise<ChainHead> {
    await em.query('insert into audit_chain_heads (workspace_id, seq, hash) values ($1, 0, $2) on conflict (workspace_id) do nothing', [
      workspaceId,
      GENESIS,
    ]);
    const rows = await em.query<{ seq: string; hash: Buffer }[]>(
      'select seq, hash from audit_chain_heads where workspace_id = $1 for update',
      [workspaceId],
    );
    const row = rows[0];
    if (!row) throw new Error(`The audit chain head of workspace ${workspaceId} is not visible to this transaction`);
    return { seq: Number(row.seq), hash: row.hash };
  }

  /** One event of a person's own security log; the transaction must act for `userId` (row-level security). */
  async appendAccountEvent(em: EntityManager, userId: string, event: AccountEvent, device: string | null): Promise<void> {
    await em.insert(AccountEventEntity, { userId, kind: event.kind, payload: { ...(event.payload ?? {}) }, device });
  }

  async append(em: EntityManager, row: NewAuditRow): Promise<void> {
    await em.query(
      `insert into audit_events (workspace_id, seq, process_id, actor_id, object_type, action, object_id, payload, occurred_at, canonical, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        row.workspaceId,
        row.seq,
        row.processId,
        row.actorId,
        row.objectType,
        row.action,
        row.objectId,
        JSON.stringify(row.payload),
        row.occurredAt,
        row.canonical,
        row.prevHash,
        row.hash,
      ],
    );
    await em.query('update audit_chain_heads set seq = $2, hash = $3 where workspace_id = $1', [row.workspaceId, row.seq, row.hash]);
  }

  /** The head as committed, without a lock: verification walks up to it. */
  async head(em: EntityManager, workspaceId: string): Promise<ChainHead | null> {
    const rows = await em.query<{ seq: string; hash: Buffer }[]>('select seq, hash from audit_chain_heads where workspace_id = $1', [
      workspaceId,
    ]);
    const row = rows[0];
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  /** One stretch of the chain in order, for verification. */
  async chainAfter(em: EntityManager, workspaceId: string, afterSeq: number, uptoSeq: number, limit: number): Promise<StoredAuditRow[]> {
    const rows = await em.query<RawRow[]>(
      `select workspace_id, seq, process_id, actor_id, object_type, action, object_id, payload, occurred_at, canonical, prev_hash, hash
         from audit_events where workspace_id = $1 and seq > $2 and seq <= $3 order by seq limit $4`,
      [workspaceId, afterSeq, uptoSeq, limit],
    );
    return rows.map(toRow);
  }

  /** Newest first, one beyond the page, with the actor's display name. */
  async list(em: EntityManager, filter: AuditFilter): Promise<StoredAuditRow[]> {
    const rows = await em.query<RawRow[]>(
      `select e.workspace_id, e.seq, e.process_id, e.actor_id, e.object_type, e.action, e.object_id, e.payload, e.occurred_at, e.canonical, e.prev_hash, e.hash,
              u.display_name as actor_name
         from audit_events e
         left join users u on u.id = e.actor_id
        where e.workspace_id = $1
          and ($2::uuid is null or e.process_id = $2)
          and ($3::text is null or e.object_type = $3)
          and ($4::text is null or e.object_id = $4)
          and ($5::uuid is null or e.actor_id = $5)
          and ($6::bigint is null or e.seq < $6)
        order by e.seq desc
        limit $7`,
      [filter.workspaceId, filter.processId, filter.objectType, filter.objectId, filter.actorId, filter.beforeSeq, filter.limit + 1],
    );
    return rows.map(toRow);
  }

  /** A process's events of the given object types that concern one object (by id or payload's versionId), oldest first. */
  async concerning(
    em: EntityManager,
    workspaceId: string,
    processId: string,
    objectTypes: readonly string[],
    id: string,
  ): Promise<StoredAuditRow[]> {
    const rows = await em.query<RawRow[]>(
      `select e.workspace_id, e.seq, e.process_id, e.actor_id, e.object_type, e.action, e.object_id, e.payload, e.occurred_at, e.canonical, e.prev_hash, e.hash,
              u.display_name as actor_name
         from audit_events e
         left join users u on u.id = e.actor_id
        where e.workspace_id = $1 and e.process_id = $2 and e.object_type = any($3) and (e.object_id = $4 or e.payload ->> 'versionId' = $4)
        order by e.seq`,
      [workspaceId, processId, objectTypes, id],
    );
    return rows.map(toRow);
  }
}
