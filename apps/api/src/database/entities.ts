import {
  AccountabilityEntryEntity,
  ConfidentialityRegimeEntity,
  GrievanceProcedureEntity,
  GroundRuleChangeEntity,
  GroundRuleCommentEntity,
  GroundRuleEntity,
} from '../agreements/agreements.entity';
import { CharterAmendmentEntity, CharterCommentEntity, CharterDeclineEntity } from '../charters/charter-feedback.entity';
import { CharterSignatureEntity } from '../charters/charter-signature.entity';
import { CharterVersionEntity } from '../charters/charter-version.entity';
import { StakeholderGroupEntity } from '../stakeholders/stakeholder-group.entity';
import { ProspectConsultationEntity, ProspectEntity } from '../stakeholder-register/prospect.entity';
import { StakeholderEntity, StakeholderRelationshipEntity } from '../stakeholder-register/stakeholder.entity';
import { SignInFailureEntity } from '../auth/sign-in-failure.entity';
import { UserEntity } from '../auth/user.entity';
import { PhaseTransitionEntity } from '../processes/phase-transition.entity';
import { ProcessMemberEntity } from '../processes/process-member.entity';
import { ProcessEntity } from '../processes/process.entity';
import { InvitationEntity } from '../workspaces/invitation.entity';
import { WorkspaceMemberEntity } from '../workspaces/workspace-member.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

export const ENTITIES = [
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
  StakeholderEntity,
  StakeholderRelationshipEntity,
  ProspectEntity,
  ProspectConsultationEntity,
];
