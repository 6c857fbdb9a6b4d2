import { FRAMING_LIMITS, VISION_KINDS, type VisionKind } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { IsCalendarDate } from '../../common/calendar-date';
import { PG_INT_MAX } from '../../common/int-limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SaveProblemStatementDto {
  @ApiProperty({
    minLength: 1,
    maxLength: FRAMING_LIMITS.problemStatementMax,
    example: 'Armed robberies on the market roads keep traders and farmers at home.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Write the problem statement.' })
  @MaxLength(FRAMING_LIMITS.problemStatementMax)
  text!: string;

  @ApiProperty({ minimum: 0, description: 'The number of the version you edited; 0 when there is none yet' })
  @IsInt()
  @Min(0)
  @Max(PG_INT_MAX - 1)
  baseVersion!: number;
}

export class AgreeProblemStatementDto {
  @ApiProperty({ minimum: 1, description: 'The number of the current version' }) @IsInt() @Min(1) @Max(PG_INT_MAX) version!: number;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day the group agreed it; null: not agreed' })
  @ValidateIf((_object, value) => value !== null)
  @IsCalendarDate()
  agreedOn!: string | null;
}

export class ProblemStatementVersionDto {
  @ApiProperty() number!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ type: PersonDto }) author!: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) agreedOn!: string | null;
}

export class ProblemStatementSummaryDto {
  @ApiProperty() number!: number;
  @ApiProperty({ description: 'The first words of this version' }) excerpt!: string;
  @ApiProperty({ type: PersonDto }) author!: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) agreedOn!: string | null;
}

export class CreateVisionDto {
  @ApiProperty({ enum: VISION_KINDS, description: 'One vision per stakeholder perspective, then one joint vision' })
  @IsIn(VISION_KINDS, { message: `must be one of ${VISION_KINDS.join(', ')}` })
  kind!: VisionKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'For a perspective: the stakeholder group whose vision this is' })
  @IsOptional()
  @IsUUID()
  stakeholderGroupId?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: FRAMING_LIMITS.perspectiveMax,
    description: 'For a perspective not tied to a stakeholder group: its name',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name the perspective.' })
  @MaxLength(FRAMING_LIMITS.perspectiveMax)
  perspective?: string;

  @ApiProperty({ minLength: 1, maxLength: FRAMING_LIMITS.visionMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Write the vision.' })
  @MaxLength(FRAMING_LIMITS.visionMax)
  text!: string;

  @ApiPropertyOptional({ format: 'date', description: 'The day the group agreed it' }) @IsOptional() @IsCalendarDate() agreedOn?: string;
}

export class UpdateVisionDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: FRAMING_LIMITS.visionMax,
    description: 'New words end an earlier agreement unless agreedOn is sent too',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Write the vision.' })
  @MaxLength(FRAMING_LIMITS.visionMax)
  text?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'The day the group agreed it; null: not agreed' })
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @IsCalendarDate()
  agreedOn?: string | null;

  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(PG_INT_MAX) version!: number;
}

export class VisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: VISION_KINDS }) kind!: VisionKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) stakeholderGroupId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The perspective’s name (the stakeholder group’s current name when linked); null for the joint vision',
  })
  perspective!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) agreedOn!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: PersonDto }) updatedBy!: PersonDto;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class GroupRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class FramingDto {
  @ApiProperty({ type: ProblemStatementVersionDto, nullable: true, description: 'The current version' })
  problemStatement!: ProblemStatementVersionDto | null;
  @ApiProperty({ type: [ProblemStatementSummaryDto], description: 'Every version, newest first' }) history!: ProblemStatementSummaryDto[];
  @ApiProperty({ type: [VisionDto], description: 'Perspectives by name, then the joint vision' }) visions!: VisionDto[];
  @ApiProperty({ type: [GroupRefDto], description: 'Stakeholder groups of the process whose perspective has no vision yet' })
  groupsWithoutVision!: GroupRefDto[];
}
