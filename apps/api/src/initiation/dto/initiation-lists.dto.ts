import {
  AMOUNT_HINT,
  AMOUNT_PATTERN,
  CURRENCY_CODES,
  FACILITATION_RESOURCE_KINDS,
  type FacilitationResourceKind,
  FUNDING_STATUSES,
  type FundingStatus,
  LIMITS,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { oneOf, trim, upperCase } from './input';

export class ListQueryDto {
  @ApiPropertyOptional({ maxLength: LIMITS.searchMax, description: 'Words to look for' })
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

/** What every list row answers with besides its own fields. */
export class ListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

const amountRule = { message: `must be ${AMOUNT_HINT}` };
const currencyRule = { message: 'must be an ISO 4217 currency code such as USD, EUR or XOF' };

// Process champions ---------------------------------------------------------------------------------

export class CreateChampionDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Amina Diallo' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name the champion.' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ maxLength: 200, description: 'Organisation or role', example: 'UNDP country office, governance adviser' })
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  affiliation!: string;

  @ApiProperty({ maxLength: 2000, description: 'Why they matter to getting the process started' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class UpdateChampionDto extends CreateChampionDto {
  @ApiProperty({ description: 'The version you loaded' }) @IsInt() @Min(1) version!: number;
}

export class ChampionDto extends ListItemDto {
  @ApiProperty() name!: string;
  @ApiProperty() affiliation!: string;
  @ApiProperty() reason!: string;
}

export class ChampionPageDto {
  @ApiProperty({ type: [ChampionDto] }) items!: ChampionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

// Core group ----------------------------------------------------------------------------------------

export class CreateCoreMemberDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name the member.' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name their organisation.' })
  @MaxLength(200)
  organisation!: string;

  @ApiProperty({ maxLength: 2000, description: 'Time, capacities and other resources they are prepared to contribute; their role' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  contribution!: string;
}

export class UpdateCoreMemberDto extends CreateCoreMemberDto {
  @ApiProperty({ description: 'The version you loaded' }) @IsInt() @Min(1) version!: number;
}

export class CoreMemberDto extends ListItemDto {
  @ApiProperty() name!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty() contribution!: string;
}

export class CoreMemberPageDto {
  @ApiProperty({ type: [CoreMemberDto] }) items!: CoreMemberDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

// Facilitation resources ----------------------------------------------------------------------------

export class CreateFacilitationResourceDto {
  @ApiProperty({ enum: FACILITATION_RESOURCE_KINDS })
  @IsIn(FACILITATION_RESOURCE_KINDS, oneOf(FACILITATION_RESOURCE_KINDS))
  kind!: FacilitationResourceKind;

  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'Two facilitators trained in dialogue processes (Lesson 21)' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Describe the resource.' })
  @MaxLength(1000)
  description!: string;

  @ApiProperty({ description: 'Is it secured?' }) @IsBoolean() secured!: boolean;
}

export class UpdateFacilitationResourceDto extends CreateFacilitationResourceDto {
  @ApiProperty({ description: 'The version you loaded' }) @IsInt() @Min(1) version!: number;
}

export class FacilitationResourceDto extends ListItemDto {
  @ApiProperty({ enum: FACILITATION_RESOURCE_KINDS }) kind!: FacilitationResourceKind;
  @ApiProperty() description!: string;
  @ApiProperty() secured!: boolean;
}

export class FacilitationResourcePageDto {
  @ApiProperty({ type: [FacilitationResourceDto] }) items!: FacilitationResourceDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

// Cost lines ----------------------------------------------------------------------------------------

export class CreateEstimateLineDto {
  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Venue hire, four plenaries' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the cost is for.' })
  @MaxLength(300)
  item!: string;

  @ApiProperty({ pattern: AMOUNT_PATTERN.source, example: '1250.50', description: 'A decimal string, never a JSON number' })
  @IsString({ message: `must be ${AMOUNT_HINT}, sent as a string` })
  @Matches(AMOUNT_PATTERN, amountRule)
  amount!: string;

  @ApiProperty({ enum: CURRENCY_CODES, enumName: 'CurrencyCode', example: 'USD' })
  @Transform(upperCase)
  @IsIn(CURRENCY_CODES, currencyRule)
  currency!: string;
}

export class UpdateEstimateLineDto extends CreateEstimateLineDto {
  @ApiProperty({ description: 'The version you loaded' }) @IsInt() @Min(1) version!: number;
}

export class EstimateLineDto extends ListItemDto {
  @ApiProperty() item!: string;
  @ApiProperty({ example: '1250.50' }) amount!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

export class CostLinePageDto {
  @ApiProperty({ type: [EstimateLineDto] }) items!: EstimateLineDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

// Funding sources -----------------------------------------------------------------------------------

export class CreateFundingSourceDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Peacebuilding Fund' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name the funder.' })
  @MaxLength(200)
  funder!: string;

  @ApiProperty({ pattern: AMOUNT_PATTERN.source, example: '3000', description: 'A decimal string, never a JSON number' })
  @IsString({ message: `must be ${AMOUNT_HINT}, sent as a string` })
  @Matches(AMOUNT_PATTERN, amountRule)
  amount!: string;

  @ApiProperty({ enum: CURRENCY_CODES, enumName: 'CurrencyCode', example: 'USD' })
  @Transform(upperCase)
  @IsIn(CURRENCY_CODES, currencyRule)
  currency!: string;
  @ApiProperty({ enum: FUNDING_STATUSES }) @IsIn(FUNDING_STATUSES, oneOf(FUNDING_STATUSES)) status!: FundingStatus;
}

export class UpdateFundingSourceDto extends CreateFundingSourceDto {
  @ApiProperty({ description: 'The version you loaded' }) @IsInt() @Min(1) version!: number;
}

export class FundingSourceDto extends ListItemDto {
  @ApiProperty() funder!: string;
  @ApiProperty({ example: '3000.00' }) amount!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ enum: FUNDING_STATUSES }) status!: FundingStatus;
}

export class FundingSourcePageDto {
  @ApiProperty({ type: [FundingSourceDto] }) items!: FundingSourceDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
