import {
  CHARTER_LIMITS,
  CHARTER_SECTIONS,
  CHARTER_VERSION_STATUSES,
  type CharterSectionKey,
  type CharterVersionStatus,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

export const SECTION_MAX = CHARTER_LIMITS.sectionMax;

/** One optional text per section of Lesson 11's terms of reference; unknown sections are rejected. */
export class CharterSectionsDto {}
for (const section of CHARTER_SECTIONS) {
  const target = CharterSectionsDto.prototype;
  ApiPropertyOptional({ type: String, maxLength: SECTION_MAX, description: `${section.label}: ${section.guidance}` })(target, section.key);
  IsOptional()(target, section.key);
  IsString()(target, section.key);
  MaxLength(SECTION_MAX)(target, section.key);
}
export type CharterSections = Partial<Record<CharterSectionKey, string>>;

export class CharterContentDto {
  @ApiProperty({ type: CharterSectionsDto })
  @ValidateNested()
  @Type(() => CharterSectionsDto)
  sections!: CharterSectionsDto & CharterSections;

  @ApiProperty({
    minLength: 1,
    maxLength: CHARTER_LIMITS.consentStatementMax,
    description: 'What a signer agrees to; shown at signing and bound by the hash',
  })
  @IsString()
  @MinLength(1, { message: 'Write the consent statement signers agree to.' })
  @MaxLength(CHARTER_LIMITS.consentStatementMax)
  consentStatement!: string;

  @ApiProperty({ description: 'Whether an alternate may sign for the participant they stand in for' })
  @IsBoolean()
  alternatesMaySign!: boolean;
}

export class CreateCharterVersionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Start from this earlier version instead of the template' })
  @IsOptional()
  @IsUUID()
  fromVersionId?: string;
}

export class UpdateCharterVersionDto {
  @ApiProperty({ type: CharterContentDto })
  @ValidateNested()
  @Type(() => CharterContentDto)
  content!: CharterContentDto;

  @ApiProperty({ description: 'The version counter you edited; a stale one gets 409 with the current draft' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class CharterVersionActionDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class CharterVersionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: CHARTER_VERSION_STATUSES }) status!: CharterVersionStatus;
  @ApiProperty({ type: String, nullable: true }) contentHash!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) adoptedAt!: string | null;
}

export class CharterVersionDto extends CharterVersionSummaryDto {
  @ApiProperty({ type: CharterContentDto }) content!: CharterContentDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) basedOn!: string | null;
}

export class RatificationDto {
  @ApiProperty() inForce!: boolean;
  @ApiProperty() signed!: number;
  @ApiProperty() active!: number;
  @ApiProperty() required!: number;
  @ApiProperty({ type: [String] }) missing!: string[];
  @ApiProperty({ type: [String], description: 'Names of the indispensable groups still without a signature' })
  missingGroups!: string[];
  @ApiProperty({ description: 'This many of every shareDenominator active participants must sign' }) shareNumerator!: number;
  @ApiProperty() shareDenominator!: number;
  @ApiProperty() everyIndispensableGroup!: boolean;
}

export class CharterOverviewDto {
  @ApiProperty({ type: [CharterVersionSummaryDto], description: 'Newest first' }) versions!: CharterVersionSummaryDto[];
  @ApiProperty({ type: RatificationDto, nullable: true, description: 'Of the adopted version; null when none is adopted' })
  ratification!: RatificationDto | null;
}

export class CharterSignatureDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) signerId!: string;
  @ApiProperty() signerName!: string;
  @ApiProperty({ format: 'uuid' }) onBehalfOf!: string;
  @ApiProperty() contentHash!: string;
  @ApiProperty() consentStatement!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
}

export class CharterSignatureListDto {
  @ApiProperty({ type: [CharterSignatureDto] }) items!: CharterSignatureDto[];
}

export class CharterVerificationDto {
  @ApiProperty({ type: String, nullable: true }) storedHash!: string | null;
  @ApiProperty() recomputedHash!: string;
  @ApiProperty() matches!: boolean;
  @ApiProperty({ description: 'Signatures whose recorded hash equals the recomputed one' }) signaturesMatching!: number;
  @ApiProperty() signatures!: number;
}

const SECTION_KEYS = CHARTER_SECTIONS.map((section) => section.key);

export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class CreateCharterCommentDto {
  @ApiProperty({ enum: SECTION_KEYS })
  @IsIn(SECTION_KEYS, { message: `sectionKey must be one of ${SECTION_KEYS.join(', ')}` })
  sectionKey!: CharterSectionKey;

  @ApiProperty({ minLength: 1, maxLength: CHARTER_LIMITS.commentMax })
  @IsString()
  @MinLength(1, { message: 'Write a comment.' })
  @MaxLength(CHARTER_LIMITS.commentMax)
  body!: string;
}

export class CharterCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SECTION_KEYS }) sectionKey!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: PersonDto }) author!: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CharterCommentListDto {
  @ApiProperty({ type: [CharterCommentDto] }) items!: CharterCommentDto[];
}

export class CreateCharterAmendmentDto {
  @ApiProperty({ enum: SECTION_KEYS })
  @IsIn(SECTION_KEYS, { message: `sectionKey must be one of ${SECTION_KEYS.join(', ')}` })
  sectionKey!: CharterSectionKey;

  @ApiProperty({ maxLength: SECTION_MAX, description: 'The text suggested for the whole section' })
  @IsString()
  @MaxLength(SECTION_MAX)
  proposedText!: string;

  @ApiPropertyOptional({ maxLength: CHARTER_LIMITS.rationaleMax })
  @IsOptional()
  @IsString()
  @MaxLength(CHARTER_LIMITS.rationaleMax)
  rationale?: string;
}

export class DecideAmendmentDto {
  @ApiPropertyOptional({ maxLength: CHARTER_LIMITS.reasonMax, description: 'Required when rejecting' })
  @IsOptional()
  @IsString()
  @MaxLength(CHARTER_LIMITS.reasonMax)
  reason?: string;
}

export class CharterAmendmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) versionId!: string;
  @ApiProperty({ enum: SECTION_KEYS }) sectionKey!: string;
  @ApiProperty() proposedText!: string;
  @ApiProperty({ type: String, nullable: true }) rationale!: string | null;
  @ApiProperty({ enum: ['open', 'accepted', 'rejected'] }) status!: 'open' | 'accepted' | 'rejected';
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: PersonDto }) author!: PersonDto;
  @ApiProperty({ type: PersonDto, nullable: true }) decidedBy!: PersonDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
}

export class CharterAmendmentListDto {
  @ApiProperty({ type: [CharterAmendmentDto] }) items!: CharterAmendmentDto[];
}

export class DeclineCharterDto {
  @ApiProperty({ minLength: 1, maxLength: CHARTER_LIMITS.reasonMax, description: 'Visible to conveners and facilitators' })
  @IsString()
  @MinLength(1, { message: 'Say why you decline to sign.' })
  @MaxLength(CHARTER_LIMITS.reasonMax)
  reason!: string;
}

export class BoardRowDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The stakeholder group represented' }) group!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The participant this person stands in for' }) alternateFor!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who signed, when an alternate signed for this participant' }) signedBy!:
    string | null;
  @ApiProperty({ enum: ['signed', 'declined', 'pending'] }) status!: 'signed' | 'declined' | 'pending';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Only for conveners and facilitators' }) declineReason!: string | null;
}

export class CharterBoardDto {
  @ApiProperty({ type: RatificationDto }) ratification!: RatificationDto;
  @ApiProperty({ type: [BoardRowDto] }) rows!: BoardRowDto[];
}

export class RatificationRuleDto {
  @ApiProperty() @IsBoolean() everyIndispensableGroup!: boolean;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) shareNumerator!: number;
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) shareDenominator!: number;
}

export class SignCharterDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'As an alternate, the participant you sign for (when the charter allows alternates to sign)',
  })
  @IsOptional()
  @IsUUID()
  onBehalfOf?: string;
}
