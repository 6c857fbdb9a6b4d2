import {
  GATE_DETAIL_CODES,
  type GateDetailCode,
  type GateParams,
  LIMITS,
  LOCALES,
  type Locale,
  OWNERSHIP_LEVELS,
  type OwnershipLevel,
  PHASES,
  type Phase,
  PROCESS_LEVELS,
  PROCESS_ROLES,
  PROCESS_STATUSES,
  type ProcessLevel,
  type ProcessRole,
  type ProcessStatus,
  REASON_MAX_LENGTH,
  WHEEL_AREAS,
  type WheelArea,
  WORKSPACE_ROLES,
  type WorkspaceRole,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isValidTimezone } from '@common-ground/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Absent means unchanged; null is checked (and refused) like any other value. */
const isGiven = (_object: object, value: unknown) => value !== undefined;
const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

@ValidatorConstraint({ name: 'timezone' })
class TimezoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidTimezone(value);
  }
  defaultMessage(): string {
    return 'must be an IANA time zone such as Africa/Nairobi';
  }
}

export class CreateProcessDto {
  @ApiProperty({ example: 'National Security Dialogue', minLength: 1, maxLength: LIMITS.titleMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(LIMITS.titleMax)
  title!: string;

  @ApiPropertyOptional({ type: String, maxLength: LIMITS.purposeMax, nullable: true, description: 'Purpose and mandate' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.purposeMax)
  purpose?: string | null;

  @ApiProperty({ enum: PROCESS_LEVELS })
  @IsIn(PROCESS_LEVELS, oneOf(PROCESS_LEVELS))
  level!: ProcessLevel;

  @ApiProperty({ enum: WHEEL_AREAS, isArray: true, description: 'Coordination Wheel areas the process covers' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(WHEEL_AREAS.length)
  @IsIn(WHEEL_AREAS, { each: true, ...oneOf(WHEEL_AREAS) })
  wheelAreas!: WheelArea[];

  @ApiProperty({ enum: OWNERSHIP_LEVELS, description: 'Target level of local ownership' })
  @IsIn(OWNERSHIP_LEVELS, oneOf(OWNERSHIP_LEVELS))
  ownershipTarget!: OwnershipLevel;

  @ApiProperty({ example: 'Africa/Nairobi' })
  @IsString()
  @Validate(TimezoneConstraint)
  timezone!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'en', description: 'The language of the process’s documents (the charter PDF)' })
  @ValidateIf(isGiven)
  @IsIn(LOCALES, oneOf(LOCALES))
  language?: Locale;
}

export class UpdateProcessDto extends PartialType(OmitType(CreateProcessDto, ['language'])) {
  // Declared again rather than inherited: PartialType's IsOptional would let null through to a NOT NULL column.
  @ApiPropertyOptional({ enum: LOCALES, description: 'The language of the process’s documents (the charter PDF)' })
  @ValidateIf(isGiven)
  @IsIn(LOCALES, oneOf(LOCALES))
  language?: Locale;

  @ApiProperty({ description: 'The version you edited; a stale one gets 409.' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ArchiveProcessDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class ProcessListQueryDto {
  @ApiPropertyOptional({ maxLength: LIMITS.searchMax, description: 'Words in the title' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;

  @ApiPropertyOptional({ enum: PROCESS_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(PROCESS_STATUSES, oneOf(PROCESS_STATUSES))
  status?: ProcessStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString() // bounded and checked by the cursor codec (400 INVALID_INPUT naming cursor)
  cursor?: string;
}

export class ProcessSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PROCESS_LEVELS }) level!: ProcessLevel;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ enum: PROCESS_STATUSES }) status!: ProcessStatus;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ enum: PROCESS_ROLES, nullable: true }) myRole!: ProcessRole | null;
}

export class ProcessListDto {
  @ApiProperty({ type: [ProcessSummaryDto] }) items!: ProcessSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ProcessDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) workspaceId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) purpose!: string | null;
  @ApiProperty({ enum: PROCESS_LEVELS }) level!: ProcessLevel;
  @ApiProperty({ enum: WHEEL_AREAS, isArray: true }) wheelAreas!: WheelArea[];
  @ApiProperty({ enum: OWNERSHIP_LEVELS }) ownershipTarget!: OwnershipLevel;
  @ApiProperty() timezone!: string;
  @ApiProperty({ enum: LOCALES, description: 'The language of the process’s documents' }) language!: Locale;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ enum: PROCESS_STATUSES }) status!: ProcessStatus;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt!: string | null;
  @ApiProperty({ enum: PROCESS_ROLES, nullable: true, description: 'Your role in the process' }) myRole!: ProcessRole | null;
  @ApiProperty({ enum: WORKSPACE_ROLES, description: 'Your role in the workspace' }) workspaceRole!: WorkspaceRole;
}

/** A readiness check as it was recorded when overridden (older records carry no `code`). */
export class RecordedGateDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The English name; screens name the gate by id' }) label!: string;
  @ApiProperty({ enum: ['met', 'unmet', 'not_measurable'] }) status!: 'met' | 'unmet' | 'not_measurable';
  @ApiProperty({ description: 'The English sentence; screens say code with params' }) detail!: string;
}

export class GateDto extends RecordedGateDto {
  @ApiProperty({ enum: GATE_DETAIL_CODES, description: 'Which sentence the detail is, for screens to say in their language' })
  code!: GateDetailCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the sentence names: counts, a phase, and the names of groups (`groups`, a list)',
  })
  params!: GateParams;
}

export class ReadinessDto {
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ enum: PHASES, nullable: true }) nextPhase!: Phase | null;
  @ApiProperty({ type: [GateDto], description: 'The checks for entering nextPhase' }) gates!: GateDto[];
}

export class ActorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class TransitionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PHASES }) fromPhase!: Phase;
  @ApiProperty({ enum: PHASES }) toPhase!: Phase;
  @ApiProperty({ enum: ['advance', 'override', 'step_back'] }) kind!: 'advance' | 'override' | 'step_back';
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: [RecordedGateDto] }) overriddenGates!: RecordedGateDto[];
  @ApiProperty({ type: ActorDto }) actor!: ActorDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class TransitionListDto {
  @ApiProperty({ type: [TransitionDto] }) items!: TransitionDto[];
}

export class CreateTransitionDto {
  @ApiProperty({ enum: PHASES })
  @IsIn(PHASES, oneOf(PHASES))
  toPhase!: Phase;

  @ApiProperty({ description: 'The process version you saw' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: REASON_MAX_LENGTH, description: 'Required to override failing readiness checks' })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX_LENGTH)
  justification?: string;

  @ApiPropertyOptional({ maxLength: REASON_MAX_LENGTH, description: 'Required to step back' })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX_LENGTH)
  reason?: string;
}

export class TransitionResultDto {
  @ApiProperty({ type: ProcessDto }) process!: ProcessDto;
  @ApiProperty({ type: TransitionDto }) transition!: TransitionDto;
}

export class ProcessMemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ required: false, description: 'Only for roles granted process.members.contact' }) email?: string;
  @ApiProperty({ enum: PROCESS_ROLES }) role!: ProcessRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The stakeholder group represented' }) stakeholderGroupId!:
    string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The participant this person stands in for' }) alternateFor!:
    string | null;
  @ApiProperty({ format: 'date-time' }) addedAt!: string;
}

export class ProcessMemberListDto {
  @ApiProperty({ type: [ProcessMemberDto] }) items!: ProcessMemberDto[];
}

export class ChangeProcessMemberRoleDto {
  @ApiProperty({ enum: PROCESS_ROLES })
  @IsIn(PROCESS_ROLES, oneOf(PROCESS_ROLES))
  role!: ProcessRole;
}

export class AddProcessMemberDto extends ChangeProcessMemberRoleDto {
  @ApiProperty({ format: 'uuid', description: 'A member of the workspace' })
  @IsUUID('4')
  userId!: string;
}
