import {
  FUNDING_OUTLOOKS,
  type FundingOutlook,
  HOST_NAME_MAX,
  HOSTING_MODELS,
  type HostingModel,
  HOSTS_MAX,
  INITIATOR_QUESTION_IDS,
  type InitiatorQuestionId,
  KEY_QUESTION_NOTES_MAX,
  MOU_PARTIES_MAX,
  MOU_STATUSES,
  MOU_TEXT_MAX,
  type MouStatus,
  RISK_RATINGS,
  type RiskRating,
} from '@common-ground/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { oneOf, trim, trimEach } from './input';

/** What every document the initiators edit as a whole answers with. */
export class DocumentStampDto {
  @ApiProperty({ description: '0 when nothing is saved yet; send it back with the next save' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: PersonDto, nullable: true }) updatedBy!: PersonDto | null;
}

class VersionInput {
  @ApiProperty({ description: 'The version you loaded; 0 when nothing was saved yet' }) @IsInt() @Min(0) version!: number;
}

// Key questions for initiators ----------------------------------------------------------------------

export class KeyQuestionAnswerDto {
  @ApiProperty({ enum: INITIATOR_QUESTION_IDS })
  @IsIn(INITIATOR_QUESTION_IDS, oneOf(INITIATOR_QUESTION_IDS))
  questionId!: InitiatorQuestionId;
  @ApiProperty({ enum: RISK_RATINGS }) @IsIn(RISK_RATINGS, oneOf(RISK_RATINGS)) risk!: RiskRating;
  @ApiProperty({ maxLength: KEY_QUESTION_NOTES_MAX }) @Transform(trim) @IsString() @MaxLength(KEY_QUESTION_NOTES_MAX) notes!: string;
}

export class SaveKeyQuestionsDto extends VersionInput {
  @ApiProperty({ type: [KeyQuestionAnswerDto], description: 'Questions left out stay (or become) not assessed' })
  @IsArray()
  @ArrayMaxSize(INITIATOR_QUESTION_IDS.length)
  @ValidateNested({ each: true })
  @Type(() => KeyQuestionAnswerDto)
  answers!: KeyQuestionAnswerDto[];
}

export class RiskSummaryDto {
  @ApiProperty({ enum: RISK_RATINGS, description: 'The highest risk rated; not_assessed when none is' }) highest!: RiskRating;
  @ApiProperty({ description: 'Questions rated' }) assessed!: number;
  @ApiProperty() total!: number;
}

export class KeyQuestionsDto extends DocumentStampDto {
  @ApiProperty({ type: [KeyQuestionAnswerDto], description: 'One per question, in the order of Lesson 11' })
  answers!: KeyQuestionAnswerDto[];
  @ApiProperty({ type: RiskSummaryDto }) summary!: RiskSummaryDto;
}

// Convener and hosts --------------------------------------------------------------------------------

export class SaveHostingDto extends VersionInput {
  @ApiProperty({ enum: HOSTING_MODELS }) @IsIn(HOSTING_MODELS, oneOf(HOSTING_MODELS)) model!: HostingModel;

  @ApiProperty({ type: [String], maxItems: HOSTS_MAX, description: 'The convening or hosting organisations' })
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(HOSTS_MAX)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'Name each host.' })
  @MaxLength(HOST_NAME_MAX, { each: true })
  hosts!: string[];

  @ApiProperty({ maxLength: 2000, description: 'How the host function rotates, or how co-hosts share it' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  rotationNote!: string;
}

export class HostingDto extends DocumentStampDto {
  @ApiProperty({ enum: HOSTING_MODELS, nullable: true, description: 'null until the arrangement is recorded' }) model!: HostingModel | null;
  @ApiProperty({ type: [String] }) hosts!: string[];
  @ApiProperty() rotationNote!: string;
}

// Memorandum of Understanding -----------------------------------------------------------------------

export class SaveMouDto extends VersionInput {
  @ApiProperty({ maxLength: MOU_TEXT_MAX }) @Transform(trim) @IsString() @MaxLength(MOU_TEXT_MAX) text!: string;
  @ApiProperty({ enum: MOU_STATUSES }) @IsIn(MOU_STATUSES, oneOf(MOU_STATUSES)) status!: MouStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the partners agreed it (YYYY-MM-DD); null for a draft' })
  @ValidateIf((_object, value) => value !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date such as 2026-03-01' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  agreedOn!: string | null;

  @ApiProperty({ type: [String], maxItems: MOU_PARTIES_MAX, description: 'The partners the memorandum binds' })
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MOU_PARTIES_MAX)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'Name each party.' })
  @MaxLength(HOST_NAME_MAX, { each: true })
  parties!: string[];
}

export class MouDto extends DocumentStampDto {
  @ApiProperty() text!: string;
  @ApiProperty({ enum: MOU_STATUSES }) status!: MouStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) agreedOn!: string | null;
  @ApiProperty({ type: [String] }) parties!: string[];
}

// Reality check -------------------------------------------------------------------------------------

export class SaveRealityCheckDto extends VersionInput {
  @ApiProperty({ maxLength: 10000, description: 'How to proceed should expected resources fall short' })
  @Transform(trim)
  @IsString()
  @MaxLength(10000)
  contingencyPlan!: string;
}

export class FundingPositionDto {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: '6500.50', description: 'Total of the cost lines' }) estimate!: string;
  @ApiProperty({ example: '3000.00' }) secured!: string;
  @ApiProperty({ example: '2000.25' }) pledged!: string;
  @ApiProperty({ example: '3500.50', description: 'estimate − secured; negative is a surplus' }) gapAfterSecured!: string;
  @ApiProperty({ example: '1500.25', description: 'estimate − secured − pledged' }) gapAfterPledged!: string;
}

export class FundingDto {
  @ApiProperty({ enum: FUNDING_OUTLOOKS }) outlook!: FundingOutlook;
  @ApiProperty({ type: [FundingPositionDto], description: 'One per currency; currencies are never converted' })
  positions!: FundingPositionDto[];
}

export class RealityCheckDto extends DocumentStampDto {
  @ApiProperty() contingencyPlan!: string;
  @ApiProperty({ type: FundingDto }) funding!: FundingDto;
  @ApiProperty() costLines!: number;
  @ApiProperty() fundingSources!: number;
}

// Summary -------------------------------------------------------------------------------------------

export class InitiationSummaryDto {
  @ApiProperty({ type: RiskSummaryDto }) risk!: RiskSummaryDto;
  @ApiProperty() champions!: number;
  @ApiProperty({ enum: HOSTING_MODELS, nullable: true }) hostingModel!: HostingModel | null;
  @ApiProperty() coreGroupMembers!: number;
  @ApiProperty({ enum: MOU_STATUSES, nullable: true, description: 'null while no memorandum is written' }) mouStatus!: MouStatus | null;
  @ApiProperty() facilitationResources!: number;
  @ApiProperty() facilitationSecured!: number;
  @ApiProperty({ type: FundingDto }) funding!: FundingDto;
  @ApiProperty() stakeholderGroups!: number;
  @ApiProperty({ description: 'Groups that shared their checklist with the conveners' }) checklistsShared!: number;
}
