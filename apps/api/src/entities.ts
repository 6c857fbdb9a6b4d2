import { AccountAttemptEntity } from './account/account-attempt.entity';
import { AccountEventEntity } from './account/account-event.entity';
import { AccountTokenEntity } from './account/account-token.entity';
import { KnownDeviceEntity } from './account/known-device.entity';
import { UserSessionEntity } from './account/user-session.entity';
import {
  AccountabilityEntryEntity,
  ConfidentialityRegimeEntity,
  GrievanceProcedureEntity,
  GroundRuleChangeEntity,
  GroundRuleCommentEntity,
  GroundRuleEntity,
} from './agreements/agreements.entity';
import { CharterAmendmentEntity, CharterCommentEntity, CharterDeclineEntity } from './charters/charter-feedback.entity';
import { CharterSignatureEntity } from './charters/charter-signature.entity';
import { CharterVersionEntity } from './charters/charter-version.entity';
import {
  ConceptNoteVersionEntity,
  DoNoHarmAssessmentEntity,
  ParticipantDemographicsEntity,
  SelectionCriteriaEntity,
} from './selection/selection.entity';
import { StakeholderGroupEntity } from './stakeholders/stakeholder-group.entity';
import { ProblemStatementVersionEntity, VisionStatementEntity } from './framing/framing.entity';
import { ActionDependencyEntity, ActionEntity, ActionPlanEntity } from './plans/plan.entity';
import { CostLineEntity } from './tracking/cost-line.entity';
import { MilestoneEntity } from './tracking/milestone.entity';
import { MilestoneValueEntity, ProgressUpdateEntity } from './tracking/progress-update.entity';
import { ReportBackEntity } from './tracking/report-back.entity';
import { MEETING_ENTITIES } from './meetings/meetings.entity';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { WorkingGroupEntity, WorkingGroupMemberEntity } from './plans/working-group.entity';
import {
  InitiationHostingEntity,
  InitiationKeyQuestionsEntity,
  InitiationMouEntity,
  InitiationRealityCheckEntity,
} from './initiation/initiation-documents.entity';
import { AuditChainHeadEntity, AuditEventEntity } from './audit/audit-event.entity';
import { OutgoingMailEntity } from './mail/outgoing-mail.entity';
import { RecoveryCodeEntity, TwoFactorFailureEntity, UserTwoFactorEntity } from './auth/two-factor.entity';
import { NotificationEntity, NotificationPreferenceEntity } from './notifications/notification.entity';
import {
  InitiationChampionEntity,
  InitiationCoreMemberEntity,
  InitiationCostLineEntity,
  InitiationFacilitationResourceEntity,
  InitiationFundingSourceEntity,
} from './initiation/initiation-lists.entity';
import { ParticipantChecklistEntity } from './initiation/participant-checklist.entity';
import { ProspectConsultationEntity, ProspectEntity } from './stakeholders/prospect.entity';
import { StakeholderEntity, StakeholderRelationshipEntity } from './stakeholders/stakeholder.entity';
import { SignInFailureEntity } from './auth/sign-in-failure.entity';
import { UserEntity } from './auth/user.entity';
import { PhaseTransitionEntity } from './processes/phase-transition.entity';
import { ProcessMemberEntity } from './processes/process-member.entity';
import { ProcessEntity } from './processes/process.entity';
import { InvitationEntity } from './workspaces/invitation.entity';
import { WorkspaceMemberEntity } from './workspaces/workspace-member.entity';
import { WorkspaceEntity } from './workspaces/workspace.entity';
import { DECISION_ENTITIES } from './decisions/decisions.entity';

export const ENTITIES = [
  ...MEETING_ENTITIES,
  AuditEventEntity,
  AuditChainHeadEntity,
  OutgoingMailEntity,
  UserTwoFactorEntity,
  RecoveryCodeEntity,
  TwoFactorFailureEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  UserEntity,
  SignInFailureEntity,
  WorkspaceEntity,
  WorkspaceMemberEntity,
  InvitationEntity,
  ProcessEntity,
  ProcessMemberEntity,
  PhaseTransitionEntity,
  CharterVersionEntity,
  CharterSignatureEntity,
  CharterCommentEntity,
  CharterAmendmentEntity,
  CharterDeclineEntity,
  GroundRuleEntity,
  GroundRuleChangeEntity,
  GroundRuleCommentEntity,
  AccountabilityEntryEntity,
  GrievanceProcedureEntity,
  ConfidentialityRegimeEntity,
  StakeholderGroupEntity,
  ProblemStatementVersionEntity,
  VisionStatementEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
  ActionPlanEntity,
  ActionEntity,
  ActionDependencyEntity,
  SelectionCriteriaEntity,
  DoNoHarmAssessmentEntity,
  ConceptNoteVersionEntity,
  ParticipantDemographicsEntity,
  InitiationKeyQuestionsEntity,
  InitiationHostingEntity,
  InitiationMouEntity,
  InitiationRealityCheckEntity,
  InitiationChampionEntity,
  InitiationCoreMemberEntity,
  InitiationFacilitationResourceEntity,
  InitiationCostLineEntity,
  InitiationFundingSourceEntity,
  ParticipantChecklistEntity,
  StakeholderEntity,
  StakeholderRelationshipEntity,
  ProspectEntity,
  ProspectConsultationEntity,
  MilestoneEntity,
  MilestoneValueEntity,
  CostLineEntity,
  ProgressUpdateEntity,
  ReportBackEntity,
  CalendarFeedEntity,
  AccountTokenEntity,
  UserSessionEntity,
  KnownDeviceEntity,
  AccountEventEntity,
  AccountAttemptEntity,
  ...DECISION_ENTITIES,
];
