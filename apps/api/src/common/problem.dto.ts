import { applyDecorators } from '@nestjs/common';
import { ApiDefaultResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'title' }) field!: string;
  @ApiProperty({ example: 'Enter a title.' }) message!: string;
}

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
export class ProblemDto {
  @ApiProperty({ example: '/problems/validation' }) type!: string;
  @ApiProperty({ example: 'Invalid input' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty() detail!: string;
  @ApiProperty({ example: 'VALIDATION', description: 'Stable machine-readable code' }) code!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ type: Object, description: 'On 409: the object as it is now' }) current?: Record<string, unknown>;
}

/** Declares the problem+json error body on every route of a controller. */
export const ApiProblems = () =>
  applyDecorators(ApiDefaultResponse({ description: 'An error, as application/problem+json', type: ProblemDto }));
