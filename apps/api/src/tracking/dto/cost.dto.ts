import { COST_LIMITS, COST_STATUSES, type CostStatus } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PG_INT_MAX } from '../../common/int-limits';
import { IsAmount, IsCurrencyCode } from '../../common/money';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });
const amountDoc = {
  type: String,
  example: '1500.00',
  description: 'Not negative, at most two decimals (whole for currencies without minor units, e.g. XOF); a number is accepted too',
};

export class CreateCostLineDto {
  @ApiProperty({ minLength: 1, maxLength: COST_LIMITS.itemMax, example: 'Fuel for patrol vehicles' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the money is for.' })
  @MaxLength(COST_LIMITS.itemMax)
  item!: string;

  @ApiProperty(amountDoc) @IsAmount() amount!: string | number;
  @ApiProperty({ example: 'XOF', description: 'ISO 4217' }) @Transform(upper) @IsCurrencyCode() currency!: string;

  @ApiPropertyOptional({
    maxLength: COST_LIMITS.fundingSourceMax,
    example: 'EU delegation',
    description: 'Empty while nobody is found yet',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(COST_LIMITS.fundingSourceMax)
  fundingSource?: string;

  @ApiProperty({ enum: COST_STATUSES }) @IsIn(COST_STATUSES, oneOf(COST_STATUSES)) status!: CostStatus;
}

export class UpdateCostLineDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: COST_LIMITS.itemMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what the money is for.' })
  @MaxLength(COST_LIMITS.itemMax)
  item?: string;

  @ApiPropertyOptional(amountDoc) @IsOptional() @IsAmount() amount?: string | number;
  @ApiPropertyOptional({ description: 'ISO 4217' }) @IsOptional() @Transform(upper) @IsCurrencyCode() currency?: string;

  @ApiPropertyOptional({ maxLength: COST_LIMITS.fundingSourceMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(COST_LIMITS.fundingSourceMax)
  fundingSource?: string;

  @ApiPropertyOptional({ enum: COST_STATUSES }) @IsOptional() @IsIn(COST_STATUSES, oneOf(COST_STATUSES)) status?: CostStatus;

  @ApiProperty({ minimum: 1, description: 'The version you loaded' }) @IsInt() @Min(1) @Max(PG_INT_MAX) version!: number;
}

export class CostLineDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty() item!: string;
  @ApiProperty({ example: '1500.00', description: 'Exact, two decimals' }) amount!: string;
  @ApiProperty() currency!: string;
  @ApiProperty() fundingSource!: string;
  @ApiProperty({ enum: COST_STATUSES }) status!: CostStatus;
  @ApiProperty() version!: number;
}

export class CurrencyTotalsDto {
  @ApiProperty() currency!: string;
  @ApiProperty() total!: string;
  @ApiProperty() secured!: string;
  @ApiProperty() pledged!: string;
  @ApiProperty() needed!: string;
  @ApiProperty({ description: 'The funding gap: neither secured nor pledged (total − secured − pledged)' }) gap!: string;
  @ApiProperty({ description: 'Not in hand yet: total − secured' }) notSecured!: string;
}

export class FundingSourceTotalsDto {
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'Empty: not known yet' }) fundingSource!: string;
  @ApiProperty() total!: string;
  @ApiProperty() secured!: string;
  @ApiProperty() pledged!: string;
  @ApiProperty() needed!: string;
}

export class CostTotalsDto {
  @ApiProperty({ type: [CurrencyTotalsDto], description: 'One row per currency: currencies are never added together' })
  byCurrency!: CurrencyTotalsDto[];
  @ApiProperty({ type: [FundingSourceTotalsDto] }) byFundingSource!: FundingSourceTotalsDto[];
}

export class CostLineListDto {
  @ApiProperty({ type: [CostLineDto] }) items!: CostLineDto[];
  @ApiProperty({ type: CostTotalsDto }) totals!: CostTotalsDto;
  @ApiProperty({ description: 'The signed-in person may add, change and remove lines now' }) mayManage!: boolean;
}
