import {
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
  LIMITS,
  MILESTONE_LIMITS,
  MILESTONE_STATES,
  type MilestoneState,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { IsCalendarDate } from '../../common/calendar-date';
import { PG_INT_MAX } from '../../common/int-limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });
const given = (_object: object, value: unknown) => value !== undefined && value !== null;
const FIGURE = { allowNaN: false, allowInfinity: false };
const figureDoc = { minimum: -MILESTONE_LIMITS.valueAbsMax, maximum: MILESTONE_LIMITS.valueAbsMax };

/** A figure of an indicator: a finite number within ± valueAbsMax. */
function Figure(): PropertyDecorator {
  return (target, key) => {
    IsNumber(FIGURE, { message: `${String(key)} must be a number` })(target, key);
    Min(-MILESTONE_LIMITS.valueAbsMax)(target, key);
    Max(MILESTONE_LIMITS.valueAbsMax)(target, key);
  };
}

class MilestoneFieldsDto {
  @ApiPropertyOptional({ description: 'An early, visible achievement that keeps up momentum' })
  @IsOptional()
  @IsBoolean()
  quickWin?: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'An action of the same plan whose owners report on it',
  })
  @ValidateIf(given)
  @IsUUID()
  actionId?: string | null;
}

export class CreateMilestoneDto extends MilestoneFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: MILESTONE_LIMITS.titleMax, example: 'Robberies on market roads halved' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the milestone is.' })
  @MaxLength(MILESTONE_LIMITS.titleMax)
  title!: string;

  @ApiProperty({ type: String, format: 'date' }) @IsCalendarDate() dueDate!: string;

  @ApiProperty({ minLength: 1, maxLength: MILESTONE_LIMITS.unitMax, example: 'robberies a month' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the indicator counts (its unit).' })
  @MaxLength(MILESTONE_LIMITS.unitMax)
  unit!: string;

  @ApiProperty(figureDoc) @Figure() baseline!: number;
  @ApiProperty({ ...figureDoc, description: 'On the side of the direction (or equal to the baseline)' }) @Figure() target!: number;
  @ApiProperty({ enum: INDICATOR_DIRECTIONS }) @IsIn(INDICATOR_DIRECTIONS, oneOf(INDICATOR_DIRECTIONS)) direction!: IndicatorDirection;
}

export class UpdateMilestoneDto extends MilestoneFieldsDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: MILESTONE_LIMITS.titleMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the milestone is.' })
  @MaxLength(MILESTONE_LIMITS.titleMax)
  title?: string;

  @ApiPropertyOptional({ type: String, format: 'date' }) @IsOptional() @IsCalendarDate() dueDate?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: MILESTONE_LIMITS.unitMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the indicator counts (its unit).' })
  @MaxLength(MILESTONE_LIMITS.unitMax)
  unit?: string;

  @ApiPropertyOptional(figureDoc) @IsOptional() @Figure() baseline?: number;
  @ApiPropertyOptional(figureDoc) @IsOptional() @Figure() target?: number;
  @ApiPropertyOptional({ enum: INDICATOR_DIRECTIONS })
  @IsOptional()
  @IsIn(INDICATOR_DIRECTIONS, oneOf(INDICATOR_DIRECTIONS))
  direction?: IndicatorDirection;

  @ApiProperty({ minimum: 1, description: 'The version you loaded' }) @IsInt() @Min(1) @Max(PG_INT_MAX) version!: number;
}

export class RecordValueDto {
  @ApiProperty(figureDoc) @Figure() value!: number;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'When it was measured; today (in the process’s time zone) if absent' })
  @IsOptional()
  @IsCalendarDate()
  measuredOn?: string;

  @ApiPropertyOptional({ maxLength: MILESTONE_LIMITS.noteMax, description: 'How it was measured, the source' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MILESTONE_LIMITS.noteMax)
  note?: string;
}

export class MilestoneListQueryDto {
  @ApiPropertyOptional({ enum: ['due'], description: 'due: not reached and due within 30 days or overdue, soonest first' })
  @IsOptional()
  @IsIn(['due'], oneOf(['due']))
  due?: 'due';

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() cursor?: string; // bounded and checked by the cursor codec (400 INVALID_INPUT naming cursor)
}

export class IndicatorDto {
  @ApiProperty() unit!: string;
  @ApiProperty() baseline!: number;
  @ApiProperty() target!: number;
  @ApiProperty({ enum: INDICATOR_DIRECTIONS }) direction!: IndicatorDirection;
}

export class MilestoneDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() planTitle!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actionTitle!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty() quickWin!: boolean;
  @ApiProperty({ type: IndicatorDto }) indicator!: IndicatorDto;
  @ApiProperty({ type: Number, nullable: true, description: 'The latest value of the series (by date measured)' }) currentValue!:
    number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) currentOn!: string | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: 'From the baseline (0) to the target (1)' }) progress!:
    number | null;
  @ApiProperty({ enum: MILESTONE_STATES }) state!: MilestoneState;
  @ApiProperty({ description: 'The signed-in person may record a value' }) mayRecord!: boolean;
  @ApiProperty() version!: number;
}

export class MilestoneListDto {
  @ApiProperty({ type: [MilestoneDto] }) items!: MilestoneDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ format: 'date', description: 'Today in the process’s time zone' }) today!: string;
}

export class MilestoneValueDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ format: 'date' }) measuredOn!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ type: PersonDto }) recordedBy!: PersonDto;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The progress update that carried it' }) progressUpdateId!:
    string | null;
}

export class MilestoneDetailDto extends MilestoneDto {
  @ApiProperty({ type: [MilestoneValueDto], description: 'The series, oldest first' }) values!: MilestoneValueDto[];
  @ApiProperty({ format: 'date' }) today!: string;
}
