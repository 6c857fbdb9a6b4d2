import {
  CONSULTATION_CHANNELS,
  type ConsultationChannel,
  INTEREST_LEVELS,
  type InterestLevel,
  LIMITS,
  PROSPECT_STATUSES,
  type ProspectStatus,
  REGISTER_LIMITS,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { NamedRefDto, oneOf, PageInfoDto, RegisterPageQueryDto, trim, VersionDto } from './register-common.dto';

const L = REGISTER_LIMITS;
const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const notNull = (_object: unknown, value: unknown) => value !== null;

export class CreateProspectDto {
  @ApiProperty({ minLength: 1, maxLength: L.nameMax, example: 'Amina Diallo' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter the person’s name.' })
  @MaxLength(L.nameMax)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.organisationMax, example: 'Logone women’s network' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.organisationMax)
  organisation?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The stakeholder of this process the person would represent',
  })
  @IsOptional()
  @ValidateIf(notNull)
  @IsUUID()
  stakeholderId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: LIMITS.emailMax,
    description: 'Personal data: only conveners and facilitators send or see it.',
  })
  @IsOptional()
  @ValidateIf(notNull)
  @Transform(lowerTrim)
  @IsEmail({}, { message: 'Enter an e-mail address such as name@example.org.' })
  @MaxLength(LIMITS.emailMax)
  email?: string | null;
}

export class UpdateProspectDto extends IntersectionType(PartialType(CreateProspectDto), VersionDto) {}

export class ChangeProspectStatusDto extends VersionDto {
  @ApiProperty({ enum: PROSPECT_STATUSES })
  @IsIn(PROSPECT_STATUSES, oneOf(PROSPECT_STATUSES))
  status!: ProspectStatus;
}

export class ProspectListQueryDto extends RegisterPageQueryDto {
  @ApiPropertyOptional({ enum: PROSPECT_STATUSES })
  @IsOptional()
  @IsIn(PROSPECT_STATUSES, oneOf(PROSPECT_STATUSES))
  status?: ProspectStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only prospects linked to this stakeholder' })
  @IsOptional()
  @IsUUID()
  stakeholderId?: string;
}

export class ProspectDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) stakeholder!: NamedRefDto | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Personal data: present only for conveners and facilitators; absent for everyone else.',
  })
  email?: string | null;
  @ApiProperty({ enum: PROSPECT_STATUSES }) status!: ProspectStatus;
  @ApiProperty({ format: 'date-time' }) statusChangedAt!: string;
  @ApiProperty({ description: 'Consultations logged' }) consultations!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastConsultedOn!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ProspectListDto extends PageInfoDto {
  @ApiProperty({ type: [ProspectDto] }) items!: ProspectDto[];
}

export class ConsultationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ enum: CONSULTATION_CHANNELS }) channel!: ConsultationChannel;
  @ApiProperty({ enum: INTEREST_LEVELS, description: 'How interested the person said they are in taking part' }) interest!: InterestLevel;
  @ApiProperty({ type: String, nullable: true }) concerns!: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: PersonDto }) recordedBy!: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ProspectDetailDto extends ProspectDto {
  @ApiProperty({ type: [ConsultationDto], description: 'Newest first' }) consultationLog!: ConsultationDto[];
}

export class CreateConsultationDto {
  @ApiProperty({ format: 'date', example: '2026-03-04', description: 'When it took place (not in the future)' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter a date as YYYY-MM-DD.' })
  heldOn!: string;

  @ApiProperty({ enum: CONSULTATION_CHANNELS })
  @IsIn(CONSULTATION_CHANNELS, oneOf(CONSULTATION_CHANNELS))
  channel!: ConsultationChannel;

  @ApiProperty({ enum: INTEREST_LEVELS })
  @IsIn(INTEREST_LEVELS, oneOf(INTEREST_LEVELS))
  interest!: InterestLevel;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.concernsMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.concernsMax)
  concerns?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.outcomeMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.outcomeMax)
  outcome?: string | null;
}
