import type {
  ActionStatus,
  CostStatus,
  FacilitationResourceKind,
  FundingOutlook,
  HostingModel,
  MouStatus,
  OwnerKind,
  OwnershipLevel,
  ParticipationStance,
  Phase,
  PlanStatus,
  ProcessInvitationRole,
  ProcessLevel,
  ProcessStatus,
  ReportFrequency,
  RiskRating,
  Role,
  WheelArea,
  WorkingGroupKind,
} from '@common-ground/domain';
import { defineMessages } from 'react-intl';

/*
 * The words of libs/domain's vocabulary (phases, roles, statuses, Coordination Wheel areas…) as messages keyed by
 * the domain value, in one catalog area, `domain`, for every feature: a value is named the same way on every screen
 * and translated once. The English equals the domain's *_LABELS (domain-labels.spec.ts), which the API and the
 * documents use; screens say them in the reader's language.
 */

/** The six phases of a process. */
export const PHASE_MESSAGES = defineMessages<Phase>({
  initiate: { id: 'domain.phase.initiate', defaultMessage: 'Initiate' },
  design: { id: 'domain.phase.design', defaultMessage: 'Design' },
  acquaint: { id: 'domain.phase.acquaint', defaultMessage: 'Acquaint' },
  agree: { id: 'domain.phase.agree', defaultMessage: 'Agree' },
  implement: { id: 'domain.phase.implement', defaultMessage: 'Implement' },
  exit: { id: 'domain.phase.exit', defaultMessage: 'Exit' },
});

/** What each phase is for, in one sentence. */
export const PHASE_SUMMARY_MESSAGES = defineMessages<Phase>({
  initiate: {
    id: 'domain.phaseSummary.initiate',
    defaultMessage: 'Decide whether to use a multi-stakeholder process and get it started: core group, convener, resources.',
  },
  design: {
    id: 'domain.phaseSummary.design',
    defaultMessage: 'Map stakeholders, set selection criteria, assess harm, consult and invite participants.',
  },
  acquaint: {
    id: 'domain.phaseSummary.acquaint',
    defaultMessage: 'First meetings: expectations, ground rules, accountability, grievance procedure and the charter.',
  },
  agree: {
    id: 'domain.phaseSummary.agree',
    defaultMessage: 'Frame the issue, agree a shared vision and action plans with milestones and costs.',
  },
  implement: {
    id: 'domain.phaseSummary.implement',
    defaultMessage: 'Work in groups, track actions, report back to the group and to constituencies, adapt.',
  },
  exit: {
    id: 'domain.phaseSummary.exit',
    defaultMessage: 'Decide how the process closes or is institutionalised, communicate next steps, learn lessons.',
  },
});

/** The level a process works at. */
export const PROCESS_LEVEL_MESSAGES = defineMessages<ProcessLevel>({
  local: { id: 'domain.processLevel.local', defaultMessage: 'Local' },
  regional: { id: 'domain.processLevel.regional', defaultMessage: 'Regional' },
  national: { id: 'domain.processLevel.national', defaultMessage: 'National' },
});

/** Whether a process is running or archived. */
export const PROCESS_STATUS_MESSAGES = defineMessages<ProcessStatus>({
  active: { id: 'domain.processStatus.active', defaultMessage: 'Active' },
  archived: { id: 'domain.processStatus.archived', defaultMessage: 'Archived' },
});

/** Workspace and process roles. */
export const ROLE_MESSAGES = defineMessages<Role>({
  owner: { id: 'domain.role.owner', defaultMessage: 'Owner' },
  admin: { id: 'domain.role.admin', defaultMessage: 'Admin' },
  member: { id: 'domain.role.member', defaultMessage: 'Member' },
  convener: { id: 'domain.role.convener', defaultMessage: 'Convener' },
  facilitator: { id: 'domain.role.facilitator', defaultMessage: 'Facilitator' },
  secretariat: { id: 'domain.role.secretariat', defaultMessage: 'Secretariat' },
  participant: { id: 'domain.role.participant', defaultMessage: 'Participant' },
  observer: { id: 'domain.role.observer', defaultMessage: 'Observer' },
});

/** The roles a process invitation offers. */
export const INVITATION_ROLE_MESSAGES = defineMessages<ProcessInvitationRole>({
  participant: { id: 'domain.invitationRole.participant', defaultMessage: 'Participant' },
  alternate: { id: 'domain.invitationRole.alternate', defaultMessage: 'Alternate' },
  observer: { id: 'domain.invitationRole.observer', defaultMessage: 'Observer' },
  facilitator: { id: 'domain.invitationRole.facilitator', defaultMessage: 'Facilitator' },
  secretariat: { id: 'domain.invitationRole.secretariat', defaultMessage: 'Secretariat' },
  co_convener: { id: 'domain.invitationRole.co_convener', defaultMessage: 'Co-convener' },
});

/** The five areas of the Coordination Wheel. */
export const WHEEL_AREA_MESSAGES = defineMessages<WheelArea>({
  joint_capacity_building: { id: 'domain.wheelArea.joint_capacity_building', defaultMessage: 'Joint capacity building' },
  joint_assessment: { id: 'domain.wheelArea.joint_assessment', defaultMessage: 'Joint assessment' },
  joint_planning: { id: 'domain.wheelArea.joint_planning', defaultMessage: 'Joint planning' },
  joint_implementation: { id: 'domain.wheelArea.joint_implementation', defaultMessage: 'Joint implementation' },
  joint_monitoring_evaluation: { id: 'domain.wheelArea.joint_monitoring_evaluation', defaultMessage: 'Joint monitoring and evaluation' },
});

/** How far stakeholders own the process. */
export const OWNERSHIP_MESSAGES = defineMessages<OwnershipLevel>({
  information_sharing: { id: 'domain.ownership.information_sharing', defaultMessage: 'Information sharing' },
  dialogue_consultation: { id: 'domain.ownership.dialogue_consultation', defaultMessage: 'Dialogue and consultation' },
  joint_implementation: { id: 'domain.ownership.joint_implementation', defaultMessage: 'Joint implementation' },
  joint_oversight: { id: 'domain.ownership.joint_oversight', defaultMessage: 'Joint institutional oversight' },
});

/** A risk rating (key questions, Do-No-Harm answers). */
export const RISK_MESSAGES = defineMessages<RiskRating>({
  not_assessed: { id: 'domain.risk.not_assessed', defaultMessage: 'Not assessed' },
  low: { id: 'domain.risk.low', defaultMessage: 'Low risk' },
  medium: { id: 'domain.risk.medium', defaultMessage: 'Medium risk' },
  high: { id: 'domain.risk.high', defaultMessage: 'High risk' },
});

/** Whether the known costs are covered. */
export const FUNDING_OUTLOOK_MESSAGES = defineMessages<FundingOutlook>({
  no_estimate: { id: 'domain.fundingOutlook.no_estimate', defaultMessage: 'No cost estimate yet' },
  covered: { id: 'domain.fundingOutlook.covered', defaultMessage: 'Covered by secured funds' },
  relies_on_pledges: { id: 'domain.fundingOutlook.relies_on_pledges', defaultMessage: 'Covered only if pledges are honoured' },
  short: { id: 'domain.fundingOutlook.short', defaultMessage: 'Funding gap' },
});

/** Who hosts the process. */
export const HOSTING_MODEL_MESSAGES = defineMessages<HostingModel>({
  single_host: { id: 'domain.hostingModel.single_host', defaultMessage: 'Single host' },
  co_hosts: { id: 'domain.hostingModel.co_hosts', defaultMessage: 'Co-hosts' },
  rotation: { id: 'domain.hostingModel.rotation', defaultMessage: 'Rotating host' },
});

/** The state of the core group’s memorandum of understanding. */
export const MOU_STATUS_MESSAGES = defineMessages<MouStatus>({
  draft: { id: 'domain.mouStatus.draft', defaultMessage: 'Draft' },
  agreed: { id: 'domain.mouStatus.agreed', defaultMessage: 'Agreed' },
});

/** Whether money is secured, pledged or still needed (funding sources use the first two). */
export const COST_STATUS_MESSAGES = defineMessages<CostStatus>({
  secured: { id: 'domain.costStatus.secured', defaultMessage: 'Secured' },
  pledged: { id: 'domain.costStatus.pledged', defaultMessage: 'Pledged' },
  needed: { id: 'domain.costStatus.needed', defaultMessage: 'Needed' },
});

/** Kinds of facilitation resource. */
export const FACILITATION_RESOURCE_MESSAGES = defineMessages<FacilitationResourceKind>({
  facilitator: { id: 'domain.resourceKind.facilitator', defaultMessage: 'Facilitator' },
  facilitation_team: { id: 'domain.resourceKind.facilitation_team', defaultMessage: 'Facilitation team' },
  venue: { id: 'domain.resourceKind.venue', defaultMessage: 'Venue' },
  interpreter: { id: 'domain.resourceKind.interpreter', defaultMessage: 'Interpreter' },
  training: { id: 'domain.resourceKind.training', defaultMessage: 'Facilitation training' },
  other: { id: 'domain.resourceKind.other', defaultMessage: 'Other' },
});

/** A group’s stance on joining the process. */
export const PARTICIPATION_STANCE_MESSAGES = defineMessages<ParticipationStance>({
  undecided: { id: 'domain.participationStance.undecided', defaultMessage: 'Undecided' },
  join: { id: 'domain.participationStance.join', defaultMessage: 'We intend to join' },
  join_with_conditions: { id: 'domain.participationStance.join_with_conditions', defaultMessage: 'We would join on conditions' },
  not_join: { id: 'domain.participationStance.not_join', defaultMessage: 'We do not intend to join' },
});

/** The state of an action plan. */
export const PLAN_STATUS_MESSAGES = defineMessages<PlanStatus>({
  draft: { id: 'domain.planStatus.draft', defaultMessage: 'Draft' },
  proposed: { id: 'domain.planStatus.proposed', defaultMessage: 'Proposed' },
  approved: { id: 'domain.planStatus.approved', defaultMessage: 'Approved' },
});

/** The state of an action. */
export const ACTION_STATUS_MESSAGES = defineMessages<ActionStatus>({
  planned: { id: 'domain.actionStatus.planned', defaultMessage: 'Planned' },
  in_progress: { id: 'domain.actionStatus.in_progress', defaultMessage: 'In progress' },
  done: { id: 'domain.actionStatus.done', defaultMessage: 'Done' },
  blocked: { id: 'domain.actionStatus.blocked', defaultMessage: 'Blocked' },
  dropped: { id: 'domain.actionStatus.dropped', defaultMessage: 'Dropped' },
});

/** Kinds of working group. */
export const WORKING_GROUP_KIND_MESSAGES = defineMessages<WorkingGroupKind>({
  working_group: { id: 'domain.workingGroupKind.working_group', defaultMessage: 'Working group' },
  task_force: { id: 'domain.workingGroupKind.task_force', defaultMessage: 'Task force' },
});

/** Who can own an action. */
export const OWNER_KIND_MESSAGES = defineMessages<OwnerKind>({
  member: { id: 'domain.ownerKind.member', defaultMessage: 'Person' },
  stakeholder_group: { id: 'domain.ownerKind.stakeholder_group', defaultMessage: 'Stakeholder group' },
  working_group: { id: 'domain.ownerKind.working_group', defaultMessage: 'Working group' },
});

/** How often a participant reports back. */
export const REPORT_FREQUENCY_MESSAGES = defineMessages<ReportFrequency>({
  weekly: { id: 'domain.reportFrequency.weekly', defaultMessage: 'Weekly' },
  fortnightly: { id: 'domain.reportFrequency.fortnightly', defaultMessage: 'Every two weeks' },
  monthly: { id: 'domain.reportFrequency.monthly', defaultMessage: 'Monthly' },
  quarterly: { id: 'domain.reportFrequency.quarterly', defaultMessage: 'Quarterly' },
  after_each_meeting: { id: 'domain.reportFrequency.after_each_meeting', defaultMessage: 'After each meeting' },
});
