import { LIMITS } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const oneOf = (values: readonly (string | number)[]) => ({ message: `must be one of ${values.join(', ')}` });

export const DEFAULT_PAGE_SIZE = 25;

/** Page-numbered lists: the register is bounded (2,000 per process), so a total and page numbers are cheap. */
export class RegisterPageQueryDto {
  @ApiPropertyOptional({ maxLength: LIMITS.searchMax, description: 'Words in the name' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;
}

export class PageInfoDto {
  @ApiProperty({ description: 'Items matching the filters, on all pages' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class VersionDto {
  @ApiProperty({ description: 'The version you edited; a stale one gets 409 with the current object.' })
  @IsInt()
  @Min(1)
  version!: number;
}
