import {
  ACTION_STATUSES,
  type ActionStatus,
  MEETING_FORMATS,
  MEETING_KINDS,
  type MeetingFormat,
  type MeetingKind,
  MILESTONE_STATES,
  type MinutesStatus,
  type MilestoneState,
  PLAN_STATUSES,
  type PlanStatus,
  WHEEL_AREAS,
  type WheelArea,
} from '@common-ground/domain';
import { ApiProperty } from '@nestjs/swagger';
import { CurrencyTotalsDto } from './cost.dto';

export class DashboardActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() planTitle!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ type: String, nullable: true }) ownerName!: string | null;
  @ApiProperty({ format: 'date-time' }) statusChangedAt!: string;
}

export class DashboardActionListDto {
  @ApiProperty({ description: 'How many there are in all; `items` holds the first ones' }) total!: number;
  @ApiProperty({ type: [DashboardActionDto] }) items!: DashboardActionDto[];
}

export class DashboardMilestoneDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() planTitle!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty() quickWin!: boolean;
  @ApiProperty() unit!: string;
  @ApiProperty() target!: number;
  @ApiProperty({ type: Number, nullable: true }) currentValue!: number | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1 }) progress!: number | null;
  @ApiProperty({ enum: MILESTONE_STATES }) state!: MilestoneState;
}

export class DashboardMilestoneListDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [DashboardMilestoneDto] }) items!: DashboardMilestoneDto[];
}

export class DashboardReportBackDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() accountableTo!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty() overdue!: boolean;
}

export class DashboardReportBackListDto {
  @ApiProperty({ description: 'Due within the window or overdue' }) total!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty({ type: [DashboardReportBackDto] }) items!: DashboardReportBackDto[];
}

export class ProgressSummaryDto {
  @ApiProperty({ description: 'Actions that count (not dropped)' }) actions!: number;
  @ApiProperty() done!: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1 }) doneShare!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: 'Done counts 100, others their latest reported percent (0 before any)',
  })
  meanPercent!: number | null;
}

export class DashboardPlanDto extends ProgressSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: PlanStatus;
}

export class DashboardPlanListDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [DashboardPlanDto], description: 'Newest first' }) items!: DashboardPlanDto[];
}

export class DashboardWheelAreaDto extends ProgressSummaryDto {
  @ApiProperty({ enum: WHEEL_AREAS, nullable: true, description: 'null: actions without an area' }) area!: WheelArea | null;
}

export class DashboardMeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: MEETING_KINDS }) kind!: MeetingKind;
  @ApiProperty({ enum: MEETING_FORMATS }) format!: MeetingFormat;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ description: 'How many people are invited' }) invited!: number;
  @ApiProperty({ description: 'How many answered yes' }) yes!: number;
  @ApiProperty({ description: 'How many have not answered' }) pending!: number;
}

export class DashboardMeetingListDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [DashboardMeetingDto] }) items!: DashboardMeetingDto[];
}

export class DashboardMinutesDto {
  @ApiProperty({ format: 'uuid', description: 'The meeting' }) id!: string;
  @ApiProperty({ description: 'The meeting’s title' }) title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ enum: ['draft', 'in_review'] }) status!: MinutesStatus;
}

export class DashboardMinutesListDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [DashboardMinutesDto] }) items!: DashboardMinutesDto[];
}

export class DashboardDto {
  @ApiProperty({ format: 'date', description: 'Today in the process’s time zone' }) today!: string;
  @ApiProperty({ format: 'date', description: 'The end of the "due soon" window (30 days)' }) horizon!: string;
  @ApiProperty({ description: 'How many items each list holds at most' }) listSize!: number;
  @ApiProperty({ type: DashboardActionListDto, description: 'Soonest due first' }) overdueActions!: DashboardActionListDto;
  @ApiProperty({ type: DashboardActionListDto, description: 'Blocked longest first' }) blockedActions!: DashboardActionListDto;
  @ApiProperty({ type: DashboardMilestoneListDto, description: 'Not reached and due by the horizon (overdue included), soonest first' })
  milestonesDue!: DashboardMilestoneListDto;
  @ApiProperty({ type: DashboardReportBackListDto, description: 'Due by the horizon (overdue included), soonest first' })
  reportBacks!: DashboardReportBackListDto;
  @ApiProperty({ type: [CurrencyTotalsDto], description: 'The whole process’s costs per currency, with the funding gap' })
  funding!: CurrencyTotalsDto[];
  @ApiProperty({ type: DashboardPlanListDto }) plans!: DashboardPlanListDto;
  @ApiProperty({ type: [DashboardWheelAreaDto], description: 'Every Coordination Wheel area, then actions without one (if any)' })
  wheelAreas!: DashboardWheelAreaDto[];
  @ApiProperty({ type: DashboardMeetingListDto, description: 'Not cancelled, not ended and starting by the horizon, soonest first' })
  upcomingMeetings!: DashboardMeetingListDto;
  @ApiProperty({
    type: DashboardMinutesListDto,
    description: 'Meetings held (not cancelled) whose minutes are not yet approved, oldest first',
  })
  minutesPending!: DashboardMinutesListDto;
}
