/** The Agree phase's shapes (issue 5): framing, visions, working groups, action plans and actions. */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Framing = Schemas['FramingDto'];
export type ProblemStatementVersion = Schemas['ProblemStatementVersionDto'];
export type ProblemStatementSummary = Schemas['ProblemStatementSummaryDto'];
export type Vision = Schemas['VisionDto'];
export type CreateVisionInput = Schemas['CreateVisionDto'];
export type UpdateVisionInput = Schemas['UpdateVisionDto'];
export type WorkingGroup = Schemas['WorkingGroupDto'];
export type WorkingGroupList = Schemas['WorkingGroupListDto'];
export type WorkingGroupInput = Schemas['CreateWorkingGroupDto'];
export type PlanSummary = Schemas['PlanSummaryDto'];
export type PlanList = Schemas['PlanListDto'];
export type Plan = Schemas['PlanDto'];
export type CreatePlanInput = Schemas['CreatePlanDto'];
export type UpdatePlanInput = Schemas['UpdatePlanDto'];
export type PlanAction = Schemas['ActionDto'];
export type PlanActionList = Schemas['ActionListDto'];
export type CreateActionInput = Schemas['CreateActionDto'];
export type UpdateActionInput = Schemas['UpdateActionDto'];
export type ActionOwnerInput = Schemas['OwnerInputDto'];
