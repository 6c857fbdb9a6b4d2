import { canonicalize } from './charters';

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
  | EventOf<'workspace', 'created' | 'renamed' | 'security_changed'>
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
export type InitiationAuditEvent =
  | EventOf<'key_questions' | 'hosting' | 'mou' | 'reality_check', 'updated'>
  | EventOf<'participant_checklist', 'saved'>
  | EventOf<InitiationListObjectType, 'created' | 'updated' | 'deleted'>;
/** The rows of the initiation lists, one object type per list. */
export type InitiationListObjectType =
  'champion' | 'core_group_member' | 'facilitation_resource' | 'initiation_cost_line' | 'funding_source';

// ── selection and inclusion ─────────────────────────────────────────────────────────────────────────
export type SelectionAuditEvent =
  | EventOf<'selection_criteria', 'updated'>
  | EventOf<'do_no_harm', 'updated' | 'completed'>
  | EventOf<'concept_note', 'version_saved'>
  | EventOf<'demographics', 'updated' | 'deleted'>;

// ── stakeholder groups, register, relationships, prospects ──────────────────────────────────────────
export type StakeholdersAuditEvent =
  | EventOf<'stakeholder_group', 'created' | 'updated' | 'deleted' | 'starter_list_added'>
  | EventOf<'process_member', 'group_changed' | 'alternate_changed'>
  | EventOf<'stakeholder' | 'relationship', 'created' | 'updated' | 'deleted'>
  | EventOf<'prospect', 'created' | 'updated' | 'status_changed' | 'deleted'>
  | EventOf<'consultation', 'created' | 'deleted'>;

// ── framing ─────────────────────────────────────────────────────────────────────────────────────────
export type FramingAuditEvent =
  EventOf<'problem_statement', 'version_saved' | 'agreement_changed'> | EventOf<'vision', 'created' | 'updated' | 'deleted'>;

// ── plans, actions, working groups ──────────────────────────────────────────────────────────────────
export type PlansAuditEvent =
  | EventOf<'action_plan', 'created' | 'updated' | 'deleted' | 'status_changed'>
  | EventOf<'action', 'created' | 'updated' | 'status_changed' | 'deleted'>
  | EventOf<'working_group', 'created' | 'updated' | 'deleted'>;

// ── tracking: milestones, costs, progress, report-backs, calendar feeds ─────────────────────────────
export type TrackingAuditEvent =
  | EventOf<'milestone', 'created' | 'updated' | 'deleted'>
  | EventOf<'milestone_value', 'recorded'>
  | EventOf<'cost_line', 'created' | 'updated' | 'deleted'>
  | EventOf<'progress_update', 'created'>
  | EventOf<'report_back', 'recorded'>
  | EventOf<'calendar_feed', 'created' | 'rotated' | 'revoked'>;

// ── meetings and minutes ────────────────────────────────────────────────────────────────────────────
/**
 * Statement events are always `anonymous` and their payload holds only the meeting id and the ordinal: under
 * the Chatham House Rule nothing may tie a statement to whoever wrote or said it (docs/meetings-and-decisions.md).
 */
export type MeetingsAuditEvent =
  | EventOf<'meeting', 'scheduled' | 'updated' | 'cancelled' | 'attendance_code_set'>
  | EventOf<'meeting_invitation', 'created' | 'answered' | 'withdrawn'>
  | EventOf<'meeting_attendance', 'recorded' | 'checked_in' | 'removed'>
  | EventOf<'minutes', 'submitted' | 'reopened' | 'approved'>
  | EventOf<'minutes_statement', 'created' | 'edited' | 'deleted' | 'quoted'>
  | EventOf<'minutes_action_point', 'created'>
  | EventOf<'minutes_review', 'saved'>;

// ── decisions ───────────────────────────────────────────────────────────────────────────────────────
/** A position's event names who took part, never what they chose (a secret ballot's receipt, not its choice). */
export type DecisionsAuditEvent =
  | EventOf<'decision', 'created' | 'updated' | 'closed' | 'outcome_recorded'>
  | EventOf<'decision_position', 'taken'>
  | EventOf<'decision_ballot', 'cast'>
  | EventOf<'decision_rule', 'set'>
  | EventOf<'objection', 'reviewed'>;

// ── notifications ───────────────────────────────────────────────────────────────────────────────────
/** A person's delivery choices, recorded in each workspace they belong to; the payload names the kinds only. */
export type NotificationsAuditEvent = EventOf<'notification_preferences', 'saved'>;

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
  | TrackingAuditEvent
  | MeetingsAuditEvent
  | DecisionsAuditEvent
  | NotificationsAuditEvent;

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
  action: true,
  action_plan: true,
  calendar_feed: true,
  concept_note: true,
  consultation: true,
  cost_line: true,
  demographics: true,
  do_no_harm: true,
  key_questions: true,
  milestone: true,
  milestone_value: true,
  participant_checklist: true,
  problem_statement: true,
  progress_update: true,
  prospect: true,
  report_back: true,
  selection_criteria: true,
  stakeholder: true,
  stakeholder_group: true,
  vision: true,
  working_group: true,
  champion: true,
  core_group_member: true,
  facilitation_resource: true,
  initiation_cost_line: true,
  funding_source: true,
  hosting: true,
  mou: true,
  reality_check: true,
  relationship: true,
  notification_preferences: true,
  meeting: true,
  meeting_invitation: true,
  meeting_attendance: true,
  minutes: true,
  minutes_statement: true,
  minutes_action_point: true,
  minutes_review: true,
  decision: true,
  decision_position: true,
  decision_ballot: true,
  decision_rule: true,
  objection: true,
};
export const AUDIT_OBJECT_TYPES = Object.keys(OBJECT_TYPES_PRESENT) as AuditObjectType[];

/** Why a verification found the chain broken, as a stable code that screens translate. */
export const AUDIT_CHAIN_PROBLEMS = ['event_missing', 'not_following', 'body_mismatch', 'columns_differ', 'head_mismatch'] as const;
export type AuditChainProblem = (typeof AUDIT_CHAIN_PROBLEMS)[number];

/** The English words of a chain problem (API users, logs); `brokenAt` names the missing event. */
export function auditChainProblemText(problem: AuditChainProblem, brokenAt: number): string {
  switch (problem) {
    case 'event_missing':
      return `event ${brokenAt} is missing`;
    case 'not_following':
      return 'it does not follow the previous event';
    case 'body_mismatch':
      return 'its stored body does not match its hash';
    case 'columns_differ':
      return 'its columns differ from the body that was hashed';
    case 'head_mismatch':
      return 'the chain head does not match the last event';
  }
}

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
