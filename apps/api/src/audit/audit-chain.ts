import { createHash } from 'node:crypto';
import { type AuditBody, auditCanonical, type AuditChainProblem } from '@common-ground/domain';
import type { NewAuditRow } from './audit.repository';

/** The chain's first link follows 32 zero bytes. */
export const GENESIS_HASH = Buffer.alloc(32);

/** sha256(prev_hash ‖ seq as 8 bytes big-endian ‖ UTF-8 of the canonical body). */
export function linkHash(prevHash: Buffer, seq: number, canonical: string): Buffer {
  const seqBytes = Buffer.alloc(8);
  seqBytes.writeBigUInt64BE(BigInt(seq));
  return createHash('sha256').update(prevHash).update(seqBytes).update(canonical, 'utf8').digest();
}

/** A stored link, as the repository reads it. */
export type LinkToCheck = NewAuditRow;

/**
 * Why a stored link does not hold, or null when it does: it must follow the previous link, its hash must
 * be the hash of what it stores, and its columns must still say what the hashed body says.
 */
export function linkProblem(link: LinkToCheck, expectedSeq: number, expectedPrevHash: Buffer): AuditChainProblem | null {
  if (link.seq !== expectedSeq) return 'event_missing';
  if (!link.prevHash.equals(expectedPrevHash)) return 'not_following';
  if (!linkHash(link.prevHash, link.seq, link.canonical).equals(link.hash)) return 'body_mismatch';
  const body: AuditBody = {
    seq: link.seq,
    workspaceId: link.workspaceId,
    processId: link.processId,
    actorId: link.actorId,
    objectType: link.objectType,
    action: link.action,
    objectId: link.objectId,
    payload: link.payload,
    occurredAt: link.occurredAt,
  };
  if (auditCanonical(body) !== link.canonical) return 'columns_differ';
  return null;
}
