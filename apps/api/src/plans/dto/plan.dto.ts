import {
  ACTION_STATUSES,
  type ActionStatus,
  LIMITS,
  OWNER_KINDS,
  type OwnerKind,
  PLAN_LIMITS,
  PLAN_STATUSES,
  type PlanStatus,
  WHEEL_AREAS,
  type WheelArea,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { IsCalendarDate } from '../../common/calendar-date';
import { PG_INT_MAX } from '../../common/int-limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });
/** Present and not null: `undefined` leaves a field unchanged, `null` clears it. */
const given = (_object: object, value: unknown) => value !== undefined && value !== null;

class VersionDto {
  @ApiProperty({ minimum: 1, description: 'The version you loaded' }) @IsInt() @Min(1) @Max(PG_INT_MAX) version!: number;
}

export class CreatePlanDto {
  @ApiProperty({ minLength: 1, maxLength: PLAN_LIMITS.titleMax, example: 'Safer market roads' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Give the plan a title.' })
  @MaxLength(PLAN_LIMITS.titleMax)
  title!: string;

  @ApiProperty({ minLength: 1, maxLength: PLAN_LIMITS.goalMax, description: 'The change the plan works towards' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the plan should achieve.' })
  @MaxLength(PLAN_LIMITS.goalMax)
  goal!: string;
}

export class UpdatePlanDto extends VersionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: PLAN_LIMITS.titleMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Give the plan a title.' })
  @MaxLength(PLAN_LIMITS.titleMax)
  title?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: PLAN_LIMITS.goalMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the plan should achieve.' })
  @MaxLength(PLAN_LIMITS.goalMax)
  goal?: string;
}

export class PlanMoveDto extends VersionDto {}

export class PlanListQueryDto {
  @ApiPropertyOptional({ enum: PLAN_STATUSES }) @IsOptional() @IsIn(PLAN_STATUSES, oneOf(PLAN_STATUSES)) status?: PlanStatus;

  @ApiPropertyOptional({ maxLength: LIMITS.searchMax, description: 'Words in the title or goal' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() cursor?: string; // bounded and checked by the cursor codec (400 INVALID_INPUT naming cursor)
}

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() cursor?: string; // bounded and checked by the cursor codec (400 INVALID_INPUT naming cursor)
}

export class OwnerInputDto {
  @ApiProperty({ enum: OWNER_KINDS, description: 'member: a person of the process' })
  @IsIn(OWNER_KINDS, oneOf(OWNER_KINDS))
  kind!: OwnerKind;
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class OwnerDto extends OwnerInputDto {
  @ApiProperty({ description: 'The person’s, stakeholder group’s or working group’s name' }) name!: string;
}

/** The fields of an action; on update every one is optional (absent: unchanged; null: cleared). */
class ActionFieldsDto {
  @ApiPropertyOptional({ maxLength: PLAN_LIMITS.descriptionMax, description: 'How it will be done' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PLAN_LIMITS.descriptionMax)
  description?: string;

  @ApiPropertyOptional({
    type: OwnerInputDto,
    nullable: true,
    description: 'Exactly one owner; null: none yet (only while the plan is a draft)',
  })
  @ValidateIf(given)
  @ValidateNested()
  @Type(() => OwnerInputDto)
  owner?: OwnerInputDto | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) @ValidateIf(given) @IsCalendarDate() startDate?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Not before startDate' })
  @ValidateIf(given)
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: WHEEL_AREAS, nullable: true, description: 'The Coordination Wheel area the action serves' })
  @ValidateIf(given)
  @IsIn(WHEEL_AREAS, oneOf(WHEEL_AREAS))
  wheelArea?: WheelArea | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES }) @IsOptional() @IsIn(ACTION_STATUSES, oneOf(ACTION_STATUSES)) status?: ActionStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: PLAN_LIMITS.dropReasonMax,
    description: 'Why the action is dropped; required with status dropped',
  })
  @ValidateIf(given)
  @Transform(trim)
  @IsString()
  @MaxLength(PLAN_LIMITS.dropReasonMax)
  dropReason?: string | null;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: PLAN_LIMITS.dependenciesMax,
    description: 'Actions of this process that must come first',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PLAN_LIMITS.dependenciesMax)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  dependsOn?: string[];
}

export class CreateActionDto extends ActionFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: PLAN_LIMITS.titleMax, description: 'What will be done', example: 'Joint patrols on market days' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what will be done.' })
  @MaxLength(PLAN_LIMITS.titleMax)
  title!: string;
}

export class UpdateActionDto extends ActionFieldsDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: PLAN_LIMITS.titleMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what will be done.' })
  @MaxLength(PLAN_LIMITS.titleMax)
  title?: string;

  @ApiProperty({ minimum: 1, description: 'The version you loaded' }) @IsInt() @Min(1) @Max(PG_INT_MAX) version!: number;
}

export class UpdateActionStatusDto extends VersionDto {
  @ApiProperty({ enum: ACTION_STATUSES }) @IsDefined() @IsIn(ACTION_STATUSES, oneOf(ACTION_STATUSES)) status!: ActionStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: PLAN_LIMITS.dropReasonMax, description: 'Required when dropping' })
  @ValidateIf(given)
  @Transform(trim)
  @IsString()
  @MaxLength(PLAN_LIMITS.dropReasonMax)
  dropReason?: string | null;
}

export class DependencyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
}

export class ActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() planTitle!: string;
  @ApiProperty({ enum: PLAN_STATUSES }) planStatus!: PlanStatus;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: OwnerDto, nullable: true }) owner!: OwnerDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: WHEEL_AREAS, nullable: true }) wheelArea!: WheelArea | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ type: String, nullable: true }) dropReason!: string | null;
  @ApiProperty({ type: [DependencyDto] }) dependsOn!: DependencyDto[];
  @ApiProperty({ description: 'Past its due date (in the process’s time zone) and neither done nor dropped' }) overdue!: boolean;
  @ApiProperty({ description: 'The signed-in person may change its status' }) mayUpdateStatus!: boolean;
  @ApiProperty({ description: 'The signed-in person may post a progress update on it' }) mayReportProgress!: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: 'The percentage of the latest progress update that gave one',
  })
  progressPercent!: number | null;
  @ApiProperty({ format: 'date-time' }) statusChangedAt!: string;
  @ApiProperty() version!: number;
}

export class AttentionQueryDto extends PageQueryDto {
  @ApiProperty({
    enum: ['overdue', 'blocked'],
    description: 'overdue: past the due date and neither done nor dropped; blocked: status blocked',
  })
  @IsIn(['overdue', 'blocked'], oneOf(['overdue', 'blocked']))
  filter!: 'overdue' | 'blocked';
}

export class ActionListDto {
  @ApiProperty({ type: [ActionDto] }) items!: ActionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ApprovalGapDto {
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String], enum: ['owner', 'dueDate'] }) missing!: ('owner' | 'dueDate')[];
}

export class PlanSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() goal!: string;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: PlanStatus;
  @ApiProperty() actionCount!: number;
  @ApiProperty() doneCount!: number;
  @ApiProperty() overdueCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt!: string | null;
  @ApiProperty({ type: PersonDto, nullable: true }) approvedBy!: PersonDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class PlanListDto {
  @ApiProperty({ type: [PlanSummaryDto] }) items!: PlanSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class PlanDto extends PlanSummaryDto {
  @ApiProperty({ type: [ActionDto], description: 'In plan order' }) actions!: ActionDto[];
  @ApiProperty({ type: [ApprovalGapDto], description: 'Actions that keep the plan from approval' }) gaps!: ApprovalGapDto[];
  @ApiProperty({ format: 'date', description: 'Today in the process’s time zone, against which overdue is judged' }) today!: string;
}
