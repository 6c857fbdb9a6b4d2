import { applyDecorators } from '@nestjs/common';
import { ApiDefaultResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'title' }) field!: string;
  @ApiProperty({
    example: 'maxLength',
    description: 'Why the field was refused, stable: one of FIELD_ERROR_CODES (libs/domain/src/errors.ts)',
  })
  code!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { max: 200 }, description: 'What a translated message needs' })
  params!: Record<string, unknown>;
  @ApiProperty({ example: 'title must be shorter than or equal to 200 characters', description: 'In English' }) message!: string;
}

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
export class ProblemDto {
  @ApiProperty({ example: '/problems/validation' }) type!: string;
  @ApiProperty({ example: 'Invalid input' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty() detail!: string;
  @ApiProperty({ example: 'VALIDATION', description: 'Stable machine-readable code: one of PROBLEM_CODES (libs/domain/src/errors.ts)' })
  code!: string;
  @ApiPropertyOptional({ example: 'sameEmail', description: 'For INVALID_INPUT: why, one of INPUT_ERROR_REASONS' }) reason?: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { max: 200 }, description: 'What a translated message needs' })
  params!: Record<string, unknown>;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ type: Object, description: 'On 409: the object as it is now' }) current?: Record<string, unknown>;
}

/** Declares the problem+json error body on every route of a controller. */
export const ApiProblems = () =>
  applyDecorators(ApiDefaultResponse({ description: 'An error, as application/problem+json', type: ProblemDto }));
