import {
  CONSENSUS_POSITIONS,
  type ConsensusPosition,
  DECISION_LIMITS,
  DECISION_METHODS,
  type DecisionMethod,
  type DecisionPhase,
  QUESTION_KINDS,
  type QuestionKind,
  VOTE_THRESHOLDS,
  type VoteThreshold,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
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
const trimAll = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value;
const INSTANT = { strict: true, strictSeparator: true } as const;

export class ShareDto {
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) numerator!: number;
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) denominator!: number;
}

export class QuorumRuleDto {
  @ApiProperty({ type: ShareDto, nullable: true, description: 'Share of those entitled who must be present; null: none' })
  @ValidateIf((_object, value) => value !== null)
  @ValidateNested()
  @Type(() => ShareDto)
  attendance!: ShareDto | null;

  @ApiProperty({ type: ShareDto, nullable: true, description: 'Share of those entitled who must take part; null: none' })
  @ValidateIf((_object, value) => value !== null)
  @ValidateNested()
  @Type(() => ShareDto)
  ballots!: ShareDto | null;

  @ApiProperty({ description: 'Every indispensable stakeholder group must be present' }) @IsBoolean() sectorBalanced!: boolean;
}

export class SetDecisionRuleDto {
  @ApiProperty({ enum: DECISION_METHODS }) @IsIn(DECISION_METHODS) method!: DecisionMethod;
  @ApiProperty({ type: QuorumRuleDto }) @ValidateNested() @Type(() => QuorumRuleDto) quorum!: QuorumRuleDto;
  @ApiProperty({ enum: VOTE_THRESHOLDS, description: 'For a vote: how many of the ballots the leading option needs' })
  @IsIn(VOTE_THRESHOLDS)
  threshold!: VoteThreshold;
  @ApiProperty() @IsBoolean() secretBallotAllowed!: boolean;
  @ApiProperty({ minimum: 0, description: 'The rule version you edited; 0 while the kind uses the default' })
  @IsInt()
  @Min(0)
  @Max(PG_INT_MAX - 1)
  version!: number;
}

export class DecisionRuleDto {
  @ApiProperty({ enum: QUESTION_KINDS }) questionKind!: QuestionKind;
  @ApiProperty({ enum: DECISION_METHODS }) method!: DecisionMethod;
  @ApiProperty({ type: QuorumRuleDto }) quorum!: QuorumRuleDto;
  @ApiProperty({ enum: VOTE_THRESHOLDS }) threshold!: VoteThreshold;
  @ApiProperty() secretBallotAllowed!: boolean;
  @ApiProperty({ description: 'True while the process has not set this kind: the default applies' }) isDefault!: boolean;
  @ApiProperty({ description: '0 while the default applies' }) version!: number;
}

export class DecisionRulesDto {
  @ApiProperty({ type: [DecisionRuleDto] }) items!: DecisionRuleDto[];
}

export class CreateDecisionDto {
  @ApiProperty({ enum: QUESTION_KINDS, description: 'The kind of question: its rule sets the method' })
  @IsIn(QUESTION_KINDS)
  questionKind!: QuestionKind;

  @ApiProperty({ minLength: 1, maxLength: DECISION_LIMITS.titleMax, example: 'Adopt the terms of reference (version 3)' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(DECISION_LIMITS.titleMax)
  title!: string;

  @ApiProperty({ maxLength: DECISION_LIMITS.questionMax, description: 'What exactly is being decided' })
  @Transform(trim)
  @IsString()
  @MaxLength(DECISION_LIMITS.questionMax)
  question!: string;

  @ApiPropertyOptional({ type: [String], description: 'For a straw poll or vote: the options, 2 to 20' })
  @IsOptional()
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(DECISION_LIMITS.optionsMax)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(DECISION_LIMITS.optionMax, { each: true })
  options?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'When positions may be taken; default now' })
  @IsOptional()
  @IsISO8601(INSTANT)
  opensAt?: string;

  @ApiProperty({ format: 'date-time', description: 'When it closes: after this, it is closed' }) @IsISO8601(INSTANT) closesAt!: string;

  @ApiPropertyOptional({ description: 'A secret ballot, where the rule allows it (never for consensus)' })
  @IsOptional()
  @IsBoolean()
  secretBallot?: boolean;

  @ApiPropertyOptional({ description: 'Hide results from everyone until it closes; cannot be undone' })
  @IsOptional()
  @IsBoolean()
  hideResultsUntilClosed?: boolean;
}

export class UpdateDecisionDto {
  @ApiPropertyOptional({ maxLength: DECISION_LIMITS.titleMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(DECISION_LIMITS.titleMax)
  title?: string;

  @ApiPropertyOptional({ maxLength: DECISION_LIMITS.questionMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(DECISION_LIMITS.questionMax)
  question?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(DECISION_LIMITS.optionsMax)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(DECISION_LIMITS.optionMax, { each: true })
  options?: string[];

  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601(INSTANT) opensAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601(INSTANT) closesAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() secretBallot?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() hideResultsUntilClosed?: boolean;
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(PG_INT_MAX - 1) version!: number;
}

export class DecisionVersionDto {
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(PG_INT_MAX - 1) version!: number;
}

export class RecordOutcomeDto {
  @ApiProperty({ minLength: 1, maxLength: DECISION_LIMITS.outcomeMax, description: 'What was decided, in the group’s words' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(DECISION_LIMITS.outcomeMax)
  outcomeStatement!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the group will review it' })
  @ValidateIf((_object, value) => value !== null)
  @IsCalendarDate()
  reviewOn!: string | null;

  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(PG_INT_MAX - 1) version!: number;
}

export class TakePositionDto {
  @ApiPropertyOptional({ enum: CONSENSUS_POSITIONS, description: 'For consensus' })
  @IsOptional()
  @IsIn(CONSENSUS_POSITIONS)
  position?: ConsensusPosition;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: DECISION_LIMITS.optionsMax - 1,
    description: 'For an open straw poll or vote: the option’s index',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(DECISION_LIMITS.optionsMax - 1)
  choice?: number;

  @ApiPropertyOptional({ maxLength: DECISION_LIMITS.reasonMax, description: 'Required to stand aside or block' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(DECISION_LIMITS.reasonMax)
  reason?: string;
}

export class CastBallotDto {
  @ApiProperty({ minimum: 0, maximum: DECISION_LIMITS.optionsMax - 1, description: 'The option’s index' })
  @IsInt()
  @Min(0)
  @Max(DECISION_LIMITS.optionsMax - 1)
  choice!: number;
}

export class ReviewObjectionDto {
  @ApiProperty({ minLength: 1, maxLength: DECISION_LIMITS.reasonMax, description: 'How the group answered it, or why it is withdrawn' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(DECISION_LIMITS.reasonMax)
  note!: string;

  @ApiProperty({ minimum: 0, description: '0 for a first review' }) @IsInt() @Min(0) @Max(PG_INT_MAX - 1) version!: number;
}

export class CountDto {
  @ApiProperty() needed!: number;
  @ApiProperty() have!: number;
  @ApiProperty() met!: boolean;
}

export class NamedGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class QuorumResultDto {
  @ApiProperty() met!: boolean;
  @ApiProperty({ type: CountDto }) attendance!: CountDto;
  @ApiProperty({ type: CountDto }) ballots!: CountDto;
  @ApiProperty({ type: [NamedGroupDto], description: 'Indispensable groups nobody took part for' }) missingGroups!: NamedGroupDto[];
}

export class PositionDto {
  @ApiProperty({ type: PersonDto, nullable: true, description: 'Null where the process’s confidentiality withholds names' })
  person!: PersonDto | null;
  @ApiProperty({ description: 'Whether this is the reader’s own position' }) mine!: boolean;
  @ApiProperty({ enum: CONSENSUS_POSITIONS, nullable: true }) position!: ConsensusPosition | null;
  @ApiProperty({ type: Number, nullable: true }) choice!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class DecisionResultsDto {
  @ApiProperty({
    description:
      'consensus, consensus_with_stand_asides, blocked, no_positions, adopted, not_adopted, tied, indicative, no_ballots or no_quorum',
  })
  outcome!: string;
  @ApiProperty({ description: 'Whether this outcome is final: the decision is closed' }) final!: boolean;
  @ApiProperty({ type: [Number], description: 'Ballots per option (straw poll and vote)' }) counts!: number[];
  @ApiProperty() agree!: number;
  @ApiProperty() standAside!: number;
  @ApiProperty() block!: number;
  @ApiProperty({ description: 'Positions taken or ballots cast' }) taken!: number;
  @ApiProperty({ type: QuorumResultDto }) quorum!: QuorumResultDto;
  @ApiProperty({ type: [PositionDto], description: 'Empty for a secret ballot' }) positions!: PositionDto[];
}

export class DecisionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: QUESTION_KINDS }) questionKind!: QuestionKind;
  @ApiProperty({ enum: DECISION_METHODS }) method!: DecisionMethod;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ enum: ['scheduled', 'open', 'closed'] }) phase!: DecisionPhase;
  @ApiProperty() secretBallot!: boolean;
  @ApiProperty({ type: String, nullable: true }) outcomeStatement!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reviewOn!: string | null;
}

export class DecisionPageDto {
  @ApiProperty({ type: [DecisionSummaryDto] }) items!: DecisionSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class MyPositionDto {
  @ApiProperty({ enum: CONSENSUS_POSITIONS, nullable: true }) position!: ConsensusPosition | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Null for a secret ballot: not even the voter reads it back' })
  choice!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class DecisionDto extends DecisionSummaryDto {
  @ApiProperty() question!: string;
  @ApiProperty({ type: [String] }) options!: string[];
  @ApiProperty() hideResultsUntilClosed!: boolean;
  @ApiProperty({ type: DecisionRuleDto, description: 'The rule as it stood when the decision was put' }) rule!: DecisionRuleDto;
  @ApiProperty({ type: PersonDto }) createdBy!: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: DecisionResultsDto, nullable: true, description: 'Null while results are hidden until closing' })
  results!: DecisionResultsDto | null;
  @ApiProperty({ type: MyPositionDto, nullable: true }) myPosition!: MyPositionDto | null;
  @ApiProperty({ description: 'Whether the reader may take a position or cast a ballot now' }) mayTakePart!: boolean;
}

export class DecisionListQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class ObjectionDto {
  @ApiProperty({ format: 'uuid' }) decisionId!: string;
  @ApiProperty() decisionTitle!: string;
  @ApiProperty({ format: 'date-time' }) closedAt!: string;
  @ApiProperty({ enum: ['stand_aside', 'block'] }) kind!: 'stand_aside' | 'block';
  @ApiProperty() reason!: string;
  @ApiProperty({ type: PersonDto, nullable: true, description: 'Null where the process’s confidentiality withholds names' })
  person!: PersonDto | null;
  @ApiProperty({ format: 'uuid', description: 'Identifies the objection with the decision id; opaque where names are withheld' })
  objectionId!: string;
  @ApiProperty() mine!: boolean;
  @ApiProperty({ enum: ['standing', 'withdrawn', 'answered'] }) status!: 'standing' | 'withdrawn' | 'answered';
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: string | null;
  @ApiProperty({ description: '0 while standing' }) version!: number;
}

export class ObjectionsDto {
  @ApiProperty({ type: [ObjectionDto] }) items!: ObjectionDto[];
  @ApiProperty({ description: 'True when no objection is still standing (reviewed before Exit)' }) reviewedForExit!: boolean;
}
