import type { AuditChainProblem, AuditEvent, AuditObjectType } from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../i18n/untyped';

/** The audit chain's object types, in words (English: the identifier with spaces, as the screen always showed it). */
export const OBJECT_TYPE_MESSAGES: Readonly<Record<AuditObjectType, MessageDescriptor>> = defineMessages({
  workspace: { id: 'audit.objectType.workspace', defaultMessage: 'workspace' },
  invitation: { id: 'audit.objectType.invitation', defaultMessage: 'invitation' },
  workspace_member: { id: 'audit.objectType.workspace_member', defaultMessage: 'workspace member' },
  process: { id: 'audit.objectType.process', defaultMessage: 'process' },
  process_member: { id: 'audit.objectType.process_member', defaultMessage: 'process member' },
  charter_version: { id: 'audit.objectType.charter_version', defaultMessage: 'charter version' },
  charter_signature: { id: 'audit.objectType.charter_signature', defaultMessage: 'charter signature' },
  charter_decline: { id: 'audit.objectType.charter_decline', defaultMessage: 'charter decline' },
  charter_comment: { id: 'audit.objectType.charter_comment', defaultMessage: 'charter comment' },
  charter_amendment: { id: 'audit.objectType.charter_amendment', defaultMessage: 'charter amendment' },
  charter_rule: { id: 'audit.objectType.charter_rule', defaultMessage: 'charter rule' },
  ground_rule: { id: 'audit.objectType.ground_rule', defaultMessage: 'ground rule' },
  ground_rule_comment: { id: 'audit.objectType.ground_rule_comment', defaultMessage: 'ground rule comment' },
  accountability_entry: { id: 'audit.objectType.accountability_entry', defaultMessage: 'accountability entry' },
  grievance_procedure: { id: 'audit.objectType.grievance_procedure', defaultMessage: 'grievance procedure' },
  confidentiality_regime: { id: 'audit.objectType.confidentiality_regime', defaultMessage: 'confidentiality regime' },
  action: { id: 'audit.objectType.action', defaultMessage: 'action' },
  action_plan: { id: 'audit.objectType.action_plan', defaultMessage: 'action plan' },
  calendar_feed: { id: 'audit.objectType.calendar_feed', defaultMessage: 'calendar feed' },
  concept_note: { id: 'audit.objectType.concept_note', defaultMessage: 'concept note' },
  consultation: { id: 'audit.objectType.consultation', defaultMessage: 'consultation' },
  cost_line: { id: 'audit.objectType.cost_line', defaultMessage: 'cost line' },
  demographics: { id: 'audit.objectType.demographics', defaultMessage: 'demographics' },
  do_no_harm: { id: 'audit.objectType.do_no_harm', defaultMessage: 'do no harm' },
  key_questions: { id: 'audit.objectType.key_questions', defaultMessage: 'key questions' },
  milestone: { id: 'audit.objectType.milestone', defaultMessage: 'milestone' },
  milestone_value: { id: 'audit.objectType.milestone_value', defaultMessage: 'milestone value' },
  participant_checklist: { id: 'audit.objectType.participant_checklist', defaultMessage: 'participant checklist' },
  problem_statement: { id: 'audit.objectType.problem_statement', defaultMessage: 'problem statement' },
  progress_update: { id: 'audit.objectType.progress_update', defaultMessage: 'progress update' },
  prospect: { id: 'audit.objectType.prospect', defaultMessage: 'prospect' },
  report_back: { id: 'audit.objectType.report_back', defaultMessage: 'report back' },
  selection_criteria: { id: 'audit.objectType.selection_criteria', defaultMessage: 'selection criteria' },
  stakeholder: { id: 'audit.objectType.stakeholder', defaultMessage: 'stakeholder' },
  stakeholder_group: { id: 'audit.objectType.stakeholder_group', defaultMessage: 'stakeholder group' },
  vision: { id: 'audit.objectType.vision', defaultMessage: 'vision' },
  working_group: { id: 'audit.objectType.working_group', defaultMessage: 'working group' },
  champion: { id: 'audit.objectType.champion', defaultMessage: 'champion' },
  core_group_member: { id: 'audit.objectType.core_group_member', defaultMessage: 'core group member' },
  facilitation_resource: { id: 'audit.objectType.facilitation_resource', defaultMessage: 'facilitation resource' },
  initiation_cost_line: { id: 'audit.objectType.initiation_cost_line', defaultMessage: 'initiation cost line' },
  funding_source: { id: 'audit.objectType.funding_source', defaultMessage: 'funding source' },
  hosting: { id: 'audit.objectType.hosting', defaultMessage: 'hosting' },
  mou: { id: 'audit.objectType.mou', defaultMessage: 'mou' },
  reality_check: { id: 'audit.objectType.reality_check', defaultMessage: 'reality check' },
  relationship: { id: 'audit.objectType.relationship', defaultMessage: 'relationship' },
  notification_preferences: { id: 'audit.objectType.notification_preferences', defaultMessage: 'notification preferences' },
  meeting: { id: 'audit.objectType.meeting', defaultMessage: 'meeting' },
  meeting_invitation: { id: 'audit.objectType.meeting_invitation', defaultMessage: 'meeting invitation' },
  meeting_attendance: { id: 'audit.objectType.meeting_attendance', defaultMessage: 'meeting attendance' },
  minutes: { id: 'audit.objectType.minutes', defaultMessage: 'minutes' },
  minutes_statement: { id: 'audit.objectType.minutes_statement', defaultMessage: 'minutes statement' },
  minutes_action_point: { id: 'audit.objectType.minutes_action_point', defaultMessage: 'minutes action point' },
  minutes_review: { id: 'audit.objectType.minutes_review', defaultMessage: 'minutes review' },
  decision: { id: 'audit.objectType.decision', defaultMessage: 'decision' },
  decision_position: { id: 'audit.objectType.decision_position', defaultMessage: 'decision position' },
  decision_ballot: { id: 'audit.objectType.decision_ballot', defaultMessage: 'decision ballot' },
  decision_rule: { id: 'audit.objectType.decision_rule', defaultMessage: 'decision rule' },
  objection: { id: 'audit.objectType.objection', defaultMessage: 'objection' },
});

/** The chain's actions, in words. */
export const ACTION_MESSAGES: Readonly<Record<AuditEvent['action'], MessageDescriptor>> = defineMessages({
  created: { id: 'audit.action.created', defaultMessage: 'created' },
  renamed: { id: 'audit.action.renamed', defaultMessage: 'renamed' },
  security_changed: { id: 'audit.action.security_changed', defaultMessage: 'security changed' },
  revoked: { id: 'audit.action.revoked', defaultMessage: 'revoked' },
  accepted: { id: 'audit.action.accepted', defaultMessage: 'accepted' },
  added: { id: 'audit.action.added', defaultMessage: 'added' },
  changed: { id: 'audit.action.changed', defaultMessage: 'changed' },
  removed: { id: 'audit.action.removed', defaultMessage: 'removed' },
  updated: { id: 'audit.action.updated', defaultMessage: 'updated' },
  archived: { id: 'audit.action.archived', defaultMessage: 'archived' },
  phase_moved: { id: 'audit.action.phase_moved', defaultMessage: 'phase moved' },
  drafted: { id: 'audit.action.drafted', defaultMessage: 'drafted' },
  edited: { id: 'audit.action.edited', defaultMessage: 'edited' },
  proposed: { id: 'audit.action.proposed', defaultMessage: 'proposed' },
  withdrawn: { id: 'audit.action.withdrawn', defaultMessage: 'withdrawn' },
  adopted: { id: 'audit.action.adopted', defaultMessage: 'adopted' },
  superseded: { id: 'audit.action.superseded', defaultMessage: 'superseded' },
  signed: { id: 'audit.action.signed', defaultMessage: 'signed' },
  declined: { id: 'audit.action.declined', defaultMessage: 'declined' },
  rejected: { id: 'audit.action.rejected', defaultMessage: 'rejected' },
  set: { id: 'audit.action.set', defaultMessage: 'set' },
  amended: { id: 'audit.action.amended', defaultMessage: 'amended' },
  retired: { id: 'audit.action.retired', defaultMessage: 'retired' },
  saved: { id: 'audit.action.saved', defaultMessage: 'saved' },
  deleted: { id: 'audit.action.deleted', defaultMessage: 'deleted' },
  completed: { id: 'audit.action.completed', defaultMessage: 'completed' },
  version_saved: { id: 'audit.action.version_saved', defaultMessage: 'version saved' },
  starter_list_added: { id: 'audit.action.starter_list_added', defaultMessage: 'starter list added' },
  group_changed: { id: 'audit.action.group_changed', defaultMessage: 'group changed' },
  alternate_changed: { id: 'audit.action.alternate_changed', defaultMessage: 'alternate changed' },
  status_changed: { id: 'audit.action.status_changed', defaultMessage: 'status changed' },
  agreement_changed: { id: 'audit.action.agreement_changed', defaultMessage: 'agreement changed' },
  recorded: { id: 'audit.action.recorded', defaultMessage: 'recorded' },
  rotated: { id: 'audit.action.rotated', defaultMessage: 'rotated' },
  approved: { id: 'audit.action.approved', defaultMessage: 'approved' },
  reopened: { id: 'audit.action.reopened', defaultMessage: 'reopened' },
  answered: { id: 'audit.action.answered', defaultMessage: 'answered' },
  scheduled: { id: 'audit.action.scheduled', defaultMessage: 'scheduled' },
  cancelled: { id: 'audit.action.cancelled', defaultMessage: 'cancelled' },
  attendance_code_set: { id: 'audit.action.attendance_code_set', defaultMessage: 'attendance code set' },
  checked_in: { id: 'audit.action.checked_in', defaultMessage: 'checked in' },
  submitted: { id: 'audit.action.submitted', defaultMessage: 'submitted' },
  quoted: { id: 'audit.action.quoted', defaultMessage: 'quoted' },
  closed: { id: 'audit.action.closed', defaultMessage: 'closed' },
  outcome_recorded: { id: 'audit.action.outcome_recorded', defaultMessage: 'outcome recorded' },
  taken: { id: 'audit.action.taken', defaultMessage: 'taken' },
  cast: { id: 'audit.action.cast', defaultMessage: 'cast' },
  reviewed: { id: 'audit.action.reviewed', defaultMessage: 'reviewed' },
});

const m = untyped(
  defineMessages({
    what: { id: 'audit.what', defaultMessage: '{object} {action}' },
  }),
);

const words = (identifier: string) => identifier.replace(/_/g, ' ');

/** An object type in the reader's language; an identifier this list does not know is shown with spaces. */
export function objectTypeText(intl: IntlShape, type: string): string {
  return Object.hasOwn(OBJECT_TYPE_MESSAGES, type) ? intl.formatMessage(OBJECT_TYPE_MESSAGES[type as AuditObjectType]) : words(type);
}

/** What happened to what ("process member added"), in the reader's language. */
export function auditEventText(intl: IntlShape, event: { objectType: string; action: string }): string {
  const action = Object.hasOwn(ACTION_MESSAGES, event.action)
    ? intl.formatMessage(ACTION_MESSAGES[event.action as AuditEvent['action']])
    : words(event.action);
  return intl.formatMessage(m.what, { object: objectTypeText(intl, event.objectType), action });
}

/** Why a verification found the chain broken (libs/domain's AUDIT_CHAIN_PROBLEMS). */
export const CHAIN_PROBLEM_MESSAGES: Readonly<Record<AuditChainProblem, MessageDescriptor>> = untyped(
  defineMessages({
    event_missing: { id: 'audit.problem.event_missing', defaultMessage: 'event {brokenAt} is missing' },
    not_following: { id: 'audit.problem.not_following', defaultMessage: 'it does not follow the previous event' },
    body_mismatch: { id: 'audit.problem.body_mismatch', defaultMessage: 'its stored body does not match its hash' },
    columns_differ: { id: 'audit.problem.columns_differ', defaultMessage: 'its columns differ from the body that was hashed' },
    head_mismatch: { id: 'audit.problem.head_mismatch', defaultMessage: 'the chain head does not match the last event' },
  }),
);

/** Why the chain is broken in the reader's language; an answer without a known problem keeps the API's words. */
export function chainProblemText(
  intl: IntlShape,
  verification: { problem?: string | null; reason: string | null; brokenAt: number | null },
): string | null {
  const { problem } = verification;
  if (!problem || !Object.hasOwn(CHAIN_PROBLEM_MESSAGES, problem)) return verification.reason;
  return intl.formatMessage(CHAIN_PROBLEM_MESSAGES[problem as AuditChainProblem], { brokenAt: verification.brokenAt ?? 0 });
}
