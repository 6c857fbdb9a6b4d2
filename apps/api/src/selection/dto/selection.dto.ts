import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  type AgeBand,
  CONCEPT_NOTE_MAX,
  DO_NO_HARM_QUESTIONS,
  DO_NO_HARM_RATINGS,
  type DoNoHarmRating,
  type DoNoHarmStatus,
  type Gender,
  GENDERS,
  LIMITS,
  MAX_AGE_BAND_MINIMUM,
  MAX_REGIONS_TARGET,
  MITIGATION_MAX,
  PROCESS_INVITATION_ROLES,
  type ProcessInvitationRole,
  REGION_MAX,
  SELECTION_CRITERIA_MAX,
  type TargetStatus,
  WHEEL_AREAS,
  type WheelArea,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PG_INT_MAX } from '../../common/int-limits';
import { PersonDto } from '../../charters/dto/charter.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

/* ---------- Selection criteria and targets ---------- */

/** At least this many active participants in an age band; bands left out have no minimum. */
export class AgeBandMinimumsDto {}
for (const band of AGE_BANDS) {
  const target = AgeBandMinimumsDto.prototype;
  ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: MAX_AGE_BAND_MINIMUM,
    description: `At least this many participants aged ${AGE_BAND_LABELS[band].toLowerCase()}`,
  })(target, band);
  IsOptional()(target, band);
  IsInt()(target, band);
  Min(1)(target, band);
  Max(MAX_AGE_BAND_MINIMUM)(target, band);
}
export type AgeBandMinimums = Partial<Record<AgeBand, number>>;

export class SaveSelectionCriteriaDto {
  @ApiProperty({ maxLength: SELECTION_CRITERIA_MAX, description: 'The written criteria for selecting participants (Lesson 11 §3)' })
  @Transform(trim)
  @IsString()
  @MaxLength(SELECTION_CRITERIA_MAX)
  criteria!: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: 'Minimum share of women among participants who declared a gender, in %',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minWomenPercent?: number | null;

  @ApiProperty({ description: 'Every indispensable stakeholder group must have an active participant' })
  @IsBoolean()
  everyIndispensableGroup!: boolean;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_REGIONS_TARGET,
    description: 'Minimum number of regions participants come from',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_REGIONS_TARGET)
  minRegions?: number | null;

  @ApiProperty({ type: AgeBandMinimumsDto })
  @ValidateNested()
  @Type(() => AgeBandMinimumsDto)
  ageBandMinimums!: AgeBandMinimumsDto & AgeBandMinimums;

  @ApiProperty({ description: 'The version you edited (0 when there is none yet); a stale one gets 409 with the current document' })
  @IsInt()
  @Min(0)
  version!: number;
}

export class SelectionCriteriaDto {
  @ApiProperty() criteria!: string;
  @ApiProperty({ type: Number, nullable: true }) minWomenPercent!: number | null;
  @ApiProperty() everyIndispensableGroup!: boolean;
  @ApiProperty({ type: Number, nullable: true }) minRegions!: number | null;
  @ApiProperty({ type: AgeBandMinimumsDto }) ageBandMinimums!: AgeBandMinimums;
  @ApiProperty({ description: '0 until the first save' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: PersonDto, nullable: true }) updatedBy!: PersonDto | null;
  @ApiProperty({ type: [String], description: 'The questions of the "Participant Selection Criteria" box' }) prompts!: string[];
}

/* ---------- Do-No-Harm ---------- */

const QUESTION_KEYS = DO_NO_HARM_QUESTIONS.map((question) => question.key);

export class DoNoHarmAnswerInputDto {
  @ApiProperty({ enum: QUESTION_KEYS }) @IsIn(QUESTION_KEYS, oneOf(QUESTION_KEYS)) key!: string;
  @ApiProperty({ enum: DO_NO_HARM_RATINGS }) @IsIn(DO_NO_HARM_RATINGS, oneOf(DO_NO_HARM_RATINGS)) rating!: DoNoHarmRating;
  @ApiProperty({ maxLength: MITIGATION_MAX, description: 'How the risk is prevented or reduced (or why none is needed)' })
  @Transform(trim)
  @IsString()
  @MaxLength(MITIGATION_MAX)
  mitigation!: string;
}

export class SaveDoNoHarmDto {
  @ApiProperty({ type: [DoNoHarmAnswerInputDto], description: 'The answers given so far; questions left out stay unanswered' })
  @IsArray()
  @ArrayMaxSize(QUESTION_KEYS.length)
  @ArrayUnique((answer: DoNoHarmAnswerInputDto) => answer.key, { message: 'answer each question once' })
  @ValidateNested({ each: true })
  @Type(() => DoNoHarmAnswerInputDto)
  answers!: DoNoHarmAnswerInputDto[];

  @ApiProperty({ description: 'The version you edited (0 when there is none yet)' }) @IsInt() @Min(0) version!: number;
}

export class CompleteDoNoHarmDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class DoNoHarmQuestionDto {
  @ApiProperty() key!: string;
  @ApiProperty() title!: string;
  @ApiProperty() question!: string;
}

export class DoNoHarmAnswerDto {
  @ApiProperty() key!: string;
  @ApiProperty({ enum: DO_NO_HARM_RATINGS }) rating!: DoNoHarmRating;
  @ApiProperty() mitigation!: string;
}

export class DoNoHarmDto {
  @ApiProperty({ type: [DoNoHarmQuestionDto] }) questions!: DoNoHarmQuestionDto[];
  @ApiProperty({ type: [DoNoHarmAnswerDto] }) answers!: DoNoHarmAnswerDto[];
  @ApiProperty({ enum: ['not_started', 'in_progress', 'answered', 'complete'] }) status!: DoNoHarmStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: PersonDto, nullable: true }) completedBy!: PersonDto | null;
  @ApiProperty({ description: '0 until the first save' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
}

/* ---------- Concept note ---------- */

export class SaveConceptNoteDto {
  @ApiProperty({ minLength: 1, maxLength: CONCEPT_NOTE_MAX, description: 'Markdown' })
  @IsString()
  @MinLength(1, { message: 'Write the concept note.' })
  @MaxLength(CONCEPT_NOTE_MAX)
  body!: string;

  @ApiProperty({ description: 'The number of the version you edited (0 for the first); a stale one gets 409 with the latest version' })
  @IsInt()
  @Min(0)
  // The save writes baseVersion + 1 into an integer column.
  @Max(PG_INT_MAX - 1)
  baseVersion!: number;
}

export class ConceptNoteVersionSummaryDto {
  @ApiProperty() number!: number;
  @ApiProperty({ type: PersonDto }) author!: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ConceptNoteVersionDto extends ConceptNoteVersionSummaryDto {
  @ApiProperty({ description: 'Markdown; render it without raw HTML' }) body!: string;
}

export class ConceptNoteDto {
  @ApiProperty({ type: ConceptNoteVersionDto, nullable: true, description: 'The latest version' }) latest!: ConceptNoteVersionDto | null;
}

export class ConceptNoteVersionListQueryDto {
  @ApiPropertyOptional({ description: 'Versions older than this number (nextBefore of the previous page)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;
}

export class ConceptNoteVersionListDto {
  @ApiProperty({ type: [ConceptNoteVersionSummaryDto], description: 'Newest first' }) items!: ConceptNoteVersionSummaryDto[];
  @ApiProperty({ type: Number, nullable: true }) nextBefore!: number | null;
}

/* ---------- Process invitations ---------- */

export class CreateProcessInvitationDto {
  @ApiProperty({ example: 'colleague@example.org', maxLength: LIMITS.emailMax })
  @Transform(trim)
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @ApiProperty({
    enum: PROCESS_INVITATION_ROLES,
    description: 'co_convener becomes a convener; alternate a participant standing in for alternateFor',
  })
  @IsIn(PROCESS_INVITATION_ROLES, oneOf(PROCESS_INVITATION_ROLES))
  role!: ProcessInvitationRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'The stakeholder group a participant or alternate will represent' })
  @IsOptional()
  @IsUUID()
  stakeholderGroupId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For an alternate: the participant they stand in for' })
  @IsOptional()
  @IsUUID()
  alternateFor?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The prospective participant of this process being invited: they become invited now, active on acceptance, consulted again if the invitation is revoked',
  })
  @IsOptional()
  @IsUUID()
  prospectId?: string;
}

export class InvitedProspectDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ProcessInvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: PROCESS_INVITATION_ROLES }) role!: ProcessInvitationRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) stakeholderGroupId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) alternateFor!: string | null;
  @ApiProperty({ type: InvitedProspectDto, nullable: true, description: 'The prospective participant the invitation is for' })
  prospect!: InvitedProspectDto | null;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() invitedBy!: string;
  @ApiPropertyOptional({ description: 'Only when the invitation e-mail failed: the link, for the inviter to pass on by another way.' })
  acceptUrl?: string;
  @ApiPropertyOptional({
    enum: ['queued', 'sent', 'failed'],
    description: "The invitation e-mail's delivery: queued when just created. The link itself goes only to the invitee.",
  })
  mailStatus?: 'queued' | 'sent' | 'failed';
}

export class ProcessInvitationListDto {
  @ApiProperty({ type: [ProcessInvitationDto], description: 'Pending invitations, newest first' }) items!: ProcessInvitationDto[];
}

/* ---------- Demographics ---------- */

export class SaveDemographicsDto {
  @ApiPropertyOptional({ enum: GENDERS, nullable: true }) @IsOptional() @IsIn(GENDERS, oneOf(GENDERS)) gender?: Gender | null;
  @ApiPropertyOptional({ enum: AGE_BANDS, nullable: true }) @IsOptional() @IsIn(AGE_BANDS, oneOf(AGE_BANDS)) ageBand?: AgeBand | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: REGION_MAX, example: 'Logone valley' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(REGION_MAX)
  region?: string | null;

  @ApiProperty({ enum: WHEEL_AREAS, isArray: true, description: 'Coordination Wheel areas your organisation works in' })
  @IsArray()
  @ArrayUnique()
  @IsIn(WHEEL_AREAS, { each: true, ...oneOf(WHEEL_AREAS) })
  wheelAreas!: WheelArea[];
}

export class DemographicsDto {
  @ApiProperty({ enum: GENDERS, nullable: true }) gender!: Gender | null;
  @ApiProperty({ enum: AGE_BANDS, nullable: true }) ageBand!: AgeBand | null;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty({ enum: WHEEL_AREAS, isArray: true }) wheelAreas!: WheelArea[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
}

/* ---------- The inclusion view ---------- */

export class GroupCompositionDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: participants who represent no group' }) groupId!:
    string | null;
  @ApiProperty() name!: string;
  @ApiProperty() indispensable!: boolean;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'An indispensable group without an active participant' }) missing!: boolean;
}

export class BreakdownCellDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: ['count', 'fewer_than_threshold', 'withheld'] }) shown!: 'count' | 'fewer_than_threshold' | 'withheld';
  @ApiProperty({ type: Number, nullable: true, description: 'Only when shown is count' }) count!: number | null;
}

export class BreakdownDto {
  @ApiProperty({ description: 'No cell can be shown without revealing a small count' }) withheld!: boolean;
  @ApiProperty({ type: [BreakdownCellDto] }) cells!: BreakdownCellDto[];
}

export class WheelCoverageDto {
  @ApiProperty({ enum: WHEEL_AREAS }) area!: WheelArea;
  @ApiProperty() label!: string;
  @ApiProperty() covered!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Exact only from the small-group threshold up' }) count!: number | null;
}

export class TargetResultDto {
  @ApiProperty() id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: ['met', 'unmet', 'not_measurable'] }) status!: TargetStatus;
  @ApiProperty() detail!: string;
}

export class InclusionDto {
  @ApiProperty({ description: 'Participants holding a seat (alternates are not counted twice)' }) activeParticipants!: number;
  @ApiProperty({ description: 'Categories with fewer people than this are not shown as exact counts' }) threshold!: number;
  @ApiProperty({ type: [GroupCompositionDto] }) groups!: GroupCompositionDto[];
  @ApiProperty({ type: [String] }) missingIndispensable!: string[];
  @ApiProperty({ type: BreakdownDto }) gender!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) ageBand!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) region!: BreakdownDto;
  @ApiProperty() distinctRegions!: number;
  @ApiProperty({ type: [WheelCoverageDto] }) wheel!: WheelCoverageDto[];
  @ApiProperty({ description: 'Coordination Wheel areas covered, of 5' }) breadth!: number;
  @ApiProperty({ type: [TargetResultDto] }) targets!: TargetResultDto[];
}
