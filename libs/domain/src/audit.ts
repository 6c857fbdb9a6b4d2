import { canonicalize } from './charter';

/**
 * The audit trail's events: one typed union. Each event says who (the actor, or nobody where the seeds
 * require anonymity), what (object type, action, object id), in which process, and a small payload of
 * what changed: ids, field names, statuses, versions and counts. Never personal data (names, e-mail
 * addresses, demographics) and never confidential text (statements, grievance descriptions, notes).
 *
 * Each capability owns one section below; add a member there when a new write appears.
 */

/** Values a payload may hold: scalars and lists of scalars, so an event stays small and canonical. */
export type AuditValue = string | number | boolean | null | readonly (string | number | boolean | null)[];
export type AuditPayload = Readonly<Record<string, AuditValue>>;

interface EventOf<O extends string, A extends string> {
  objectType: O;
  action: A;
  objectId: string;
  /** What changed: ids, field names, statuses, versions. No personal data, no confidential text. */
  payload?: AuditPayload;
  /** True where the seeds require anonymity: the stored event carries no actor. */
  anonymous?: boolean;
}

// ── workspaces and accounts ─────────────────────────────────────────────────────────────────────────
export type WorkspaceAuditEvent =
  | EventOf<'workspace', 'created' | 'renamed'>
  | EventOf<'invitation', 'created' | 'revoked' | 'accepted'>
  | EventOf<'workspace_member', 'added' | 'changed' | 'removed'>;

// ── processes, members and the lifecycle ────────────────────────────────────────────────────────────
export type ProcessAuditEvent =
  EventOf<'process', 'created' | 'updated' | 'archived' | 'phase_moved'> | EventOf<'process_member', 'added' | 'changed' | 'removed'>;

// ── charter ─────────────────────────────────────────────────────────────────────────────────────────
export type CharterAuditEvent =
  | EventOf<'charter_version', 'drafted' | 'edited' | 'proposed' | 'withdrawn' | 'adopted' | 'superseded'>
  | EventOf<'charter_signature', 'signed'>
  | EventOf<'charter_decline', 'declined'>
  | EventOf<'charter_comment', 'created'>
  | EventOf<'charter_amendment', 'proposed' | 'accepted' | 'rejected'>
  | EventOf<'charter_rule', 'set'>;

// ── agreements: ground rules, accountability map, grievance procedure, confidentiality ──────────────
export type AgreementsAuditEvent =
  | EventOf<'ground_rule', 'proposed' | 'adopted' | 'amended' | 'retired'>
  | EventOf<'ground_rule_comment', 'created'>
  | EventOf<'accountability_entry', 'saved'>
  | EventOf<'grievance_procedure', 'saved'>
  | EventOf<'confidentiality_regime', 'saved'>;

// ── initiation ──────────────────────────────────────────────────────────────────────────────────────
export type InitiationAuditEvent = never;

// ── selection and inclusion ─────────────────────────────────────────────────────────────────────────
export type SelectionAuditEvent = never;

// ── stakeholder groups, register, relationships, prospects ──────────────────────────────────────────
export type StakeholdersAuditEvent = never;

// ── framing ─────────────────────────────────────────────────────────────────────────────────────────
export type FramingAuditEvent = never;

// ── plans, actions, working groups ──────────────────────────────────────────────────────────────────
export type PlansAuditEvent = never;

// ── tracking: milestones, costs, progress, report-backs, calendar feeds ─────────────────────────────
export type TrackingAuditEvent = never;

export type AuditEvent =
  | WorkspaceAuditEvent
  | ProcessAuditEvent
  | CharterAuditEvent
  | AgreementsAuditEvent
  | InitiationAuditEvent
  | SelectionAuditEvent
  | StakeholdersAuditEvent
  | FramingAuditEvent
  | PlansAuditEvent
  | TrackingAuditEvent;

export type AuditObjectType = AuditEvent['objectType'];

/** Every object type of the union, for filters: a type added to the union and not here fails to compile. */
const OBJECT_TYPES_PRESENT: Record<AuditObjectType, true> = {
  workspace: true,
  invitation: true,
  workspace_member: true,
  process: true,
  process_member: true,
  charter_version: true,
  charter_signature: true,
  charter_decline: true,
  charter_comment: true,
  charter_amendment: true,
  charter_rule: true,
  ground_rule: true,
  ground_rule_comment: true,
  accountability_entry: true,
  grievance_procedure: true,
  confidentiality_regime: true,
};
export const AUDIT_OBJECT_TYPES = Object.keys(OBJECT_TYPES_PRESENT) as AuditObjectType[];

/**
 * What one link of a workspace's chain says, exactly as hashed. `actorId` is null for an anonymous event
 * (and where no person acted); `occurredAt` is an ISO 8601 instant with milliseconds.
 */
export interface AuditBody {
  seq: number;
  workspaceId: string;
  processId: string | null;
  actorId: string | null;
  objectType: string;
  action: string;
  objectId: string;
  payload: Record<string, unknown>;
  occurredAt: string;
}

/** The text whose UTF-8 bytes are hashed: canonical JSON (keys sorted, no whitespace), the charter's form. */
export function auditCanonical(body: AuditBody): string {
  return canonicalize(body);
}

/** Who is stored as the actor: nobody when the event is anonymous, whoever acted otherwise. */
export function auditActor(event: Pick<EventOf<string, string>, 'anonymous'>, actorId: string | null): string | null {
  return event.anonymous === true ? null : actorId;
}
