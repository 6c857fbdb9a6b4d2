/** The Acquaint phase's shapes (issue 4), as the generated schema describes them. */
import type { components } from './schema';

type Schemas = components['schemas'];

export type CharterOverview = Schemas['CharterOverviewDto'];
export type CharterVersionSummary = Schemas['CharterVersionSummaryDto'];
export type CharterVersion = Schemas['CharterVersionDto'];
export type CharterContent = Schemas['CharterContentDto'];
export type CharterSignature = Schemas['CharterSignatureDto'];
export type CharterVerification = Schemas['CharterVerificationDto'];
export type Ratification = Schemas['RatificationDto'];
export type RatificationRuleInput = Schemas['RatificationRuleDto'];
export type PersonRef = Schemas['PersonDto'];
export type CharterComment = Schemas['CharterCommentDto'];
export type CharterAmendment = Schemas['CharterAmendmentDto'];
export type CreateCharterAmendmentInput = Schemas['CreateCharterAmendmentDto'];
export type AmendmentStatus = CharterAmendment['status'];
export type CharterBoardRow = Schemas['BoardRowDto'];
export type CharterBoard = Schemas['CharterBoardDto'];

export type GroundRule = Schemas['GroundRuleDto'];
export type GroundRuleChange = Schemas['GroundRuleChangeDto'];
export type GroundRuleList = Schemas['GroundRuleListDto'];
export type AmendGroundRuleInput = Schemas['AmendGroundRuleDto'];
export type RetireGroundRuleInput = Schemas['RetireGroundRuleDto'];
export type GroundRuleComment = Schemas['GroundRuleCommentDto'];
export type GroundRuleCommentList = Schemas['GroundRuleCommentListDto'];
export type AccountabilityEntry = Schemas['AccountabilityEntryDto'];
export type AccountabilityMap = Schemas['AccountabilityMapDto'];
export type AccountabilityInput = Schemas['SaveAccountabilityDto'];
export type GrievanceProcedure = Schemas['GrievanceProcedureDto'];
export type GrievanceProcedureInput = Schemas['SaveGrievanceProcedureDto'];
export type Confidentiality = Schemas['ConfidentialityDto'];
export type ConfidentialityInput = Schemas['SaveConfidentialityDto'];
