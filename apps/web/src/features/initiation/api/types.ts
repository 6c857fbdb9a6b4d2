/** The Initiate phase's shapes, as the generated schema describes them. */
import type { components } from '../../../api/schema';

type Schemas = components['schemas'];

export type InitiationSummary = Schemas['InitiationSummaryDto'];
export type KeyQuestions = Schemas['KeyQuestionsDto'];
export type KeyQuestionsInput = Schemas['SaveKeyQuestionsDto'];
export type Hosting = Schemas['HostingDto'];
export type HostingInput = Schemas['SaveHostingDto'];
export type Mou = Schemas['MouDto'];
export type MouInput = Schemas['SaveMouDto'];
export type RealityCheck = Schemas['RealityCheckDto'];
export type Funding = Schemas['FundingDto'];
export type FundingPosition = Schemas['FundingPositionDto'];

export type Champion = Schemas['ChampionDto'];
export type ChampionInput = Schemas['CreateChampionDto'];
export type CoreMember = Schemas['CoreMemberDto'];
export type CoreMemberInput = Schemas['CreateCoreMemberDto'];
export type FacilitationResource = Schemas['FacilitationResourceDto'];
export type FacilitationResourceInput = Schemas['CreateFacilitationResourceDto'];
export type CostLine = Schemas['EstimateLineDto'];
export type CostLineInput = Schemas['CreateEstimateLineDto'];
export type FundingSource = Schemas['FundingSourceDto'];
export type FundingSourceInput = Schemas['CreateFundingSourceDto'];

export type MyChecklist = Schemas['MyChecklistDto'];
export type ChecklistInput = Schemas['SaveChecklistDto'];
export type SharedChecklist = Schemas['SharedChecklistDto'];
export type ChecklistStatusList = Schemas['ChecklistStatusListDto'];
export type ChecklistStatus = Schemas['ChecklistStatusDto'];
