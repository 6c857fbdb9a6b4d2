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

/** The Implement phase's shapes (issue 5, second half): milestones, costs, progress, report-backs, dashboard, calendar feed. */
export type Milestone = Schemas['MilestoneDto'];
export type MilestoneList = Schemas['MilestoneListDto'];
export type MilestoneDetail = Schemas['MilestoneDetailDto'];
export type MilestoneValue = Schemas['MilestoneValueDto'];
export type CreateMilestoneInput = Schemas['CreateMilestoneDto'];
export type UpdateMilestoneInput = Schemas['UpdateMilestoneDto'];
export type RecordValueInput = Schemas['RecordValueDto'];
export type CostLine = Schemas['CostLineDto'];
export type CostLineList = Schemas['CostLineListDto'];
export type CostTotals = Schemas['CostTotalsDto'];
export type CurrencyTotals = Schemas['CurrencyTotalsDto'];
export type CreateCostLineInput = Schemas['CreateCostLineDto'];
export type UpdateCostLineInput = Schemas['UpdateCostLineDto'];
export type ProgressUpdate = Schemas['ProgressUpdateDto'];
export type ProgressUpdateList = Schemas['ProgressUpdateListDto'];
export type CreateProgressUpdateInput = Schemas['CreateProgressUpdateDto'];
export type ReportBackSchedule = Schemas['ReportBackScheduleDto'];
export type ReportBackEntry = Schemas['ReportBackEntryDto'];
export type Dashboard = Schemas['DashboardDto'];
export type DashboardAction = Schemas['DashboardActionDto'];
export type DashboardWheelArea = Schemas['DashboardWheelAreaDto'];
export type CalendarFeed = Schemas['CalendarFeedDto'];
