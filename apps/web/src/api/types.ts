import type { components } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['UserDto'];
export type Session = Schemas['SessionDto'];
export type SignUpInput = Schemas['SignUpDto'];
export type SignInInput = Schemas['SignInDto'];
export type WorkspaceSummary = Schemas['WorkspaceSummaryDto'];
export type Workspace = Schemas['WorkspaceDto'];
export type WorkspaceMember = Schemas['WorkspaceMemberDto'];
export type Invitation = Schemas['InvitationDto'];
export type InvitationPreview = Schemas['InvitationPreviewDto'];
export type CreateInvitationInput = Schemas['CreateInvitationDto'];
export type ProcessSummary = Schemas['ProcessSummaryDto'];
export type ProcessList = Schemas['ProcessListDto'];
export type Process = Schemas['ProcessDto'];
export type CreateProcessInput = Schemas['CreateProcessDto'];
export type UpdateProcessInput = Schemas['UpdateProcessDto'];
export type Gate = Schemas['GateDto'];
export type Readiness = Schemas['ReadinessDto'];
export type Transition = Schemas['TransitionDto'];
export type CreateTransitionInput = Schemas['CreateTransitionDto'];
export type TransitionResult = Schemas['TransitionResultDto'];
export type ProcessMember = Schemas['ProcessMemberDto'];
export type StakeholderGroup = Schemas['StakeholderGroupDto'];
export type StakeholderGroupList = Schemas['StakeholderGroupListDto'];
