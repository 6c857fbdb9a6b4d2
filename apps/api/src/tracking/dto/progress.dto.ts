import { MILESTONE_LIMITS, PROGRESS_LIMITS } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { IsCalendarDate } from '../../common/calendar-date';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateProgressUpdateDto {
  @ApiPropertyOptional({ maxLength: PROGRESS_LIMITS.textMax, description: 'What was done, what is in the way' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PROGRESS_LIMITS.textMax)
  text?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'How complete the action is, in percent' })
  @IsOptional()
  @IsInt({ message: 'percent must be a whole number from 0 to 100' })
  @Min(0)
  @Max(100)
  percent?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'A milestone linked to this action; needs indicatorValue' })
  @IsOptional()
  @IsUUID()
  milestoneId?: string;

  @ApiPropertyOptional({
    minimum: -MILESTONE_LIMITS.valueAbsMax,
    maximum: MILESTONE_LIMITS.valueAbsMax,
    description: 'The milestone indicator’s value now; appended to its series',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-MILESTONE_LIMITS.valueAbsMax)
  @Max(MILESTONE_LIMITS.valueAbsMax)
  indicatorValue?: number;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'When the indicator value was measured; today if absent' })
  @IsOptional()
  @IsCalendarDate()
  measuredOn?: string;

  @ApiPropertyOptional({ type: [String], maxItems: PROGRESS_LIMITS.linksMax, description: 'http(s) addresses of documents' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROGRESS_LIMITS.linksMax, { message: `links holds at most ${PROGRESS_LIMITS.linksMax} addresses` })
  @IsString({ each: true })
  @MaxLength(PROGRESS_LIMITS.linkMax, { each: true })
  links?: string[];
}

export class ProgressUpdateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: Number, nullable: true }) percent!: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) milestoneId!: string | null;
  @ApiProperty({ type: String, nullable: true }) milestoneTitle!: string | null;
  @ApiProperty({ type: Number, nullable: true }) indicatorValue!: number | null;
  @ApiProperty({ type: [String] }) links!: string[];
  @ApiProperty({ type: PersonDto }) author!: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ProgressUpdateListDto {
  @ApiProperty({ type: [ProgressUpdateDto], description: 'Newest first' }) items!: ProgressUpdateDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
