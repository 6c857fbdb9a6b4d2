import { AUDIT_CHAIN_PROBLEMS, AUDIT_OBJECT_TYPES, type AuditChainProblem, LIMITS } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class AuditListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only events of this process (workspace trail only)' })
  @IsOptional()
  @IsUUID()
  processId?: string;

  @ApiPropertyOptional({ enum: AUDIT_OBJECT_TYPES, description: 'Only events about this kind of object' })
  @IsOptional()
  @IsIn(AUDIT_OBJECT_TYPES)
  objectType?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Only events about this object' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only events this person did' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  cursor?: string;
}

export class AuditEventDto {
  @ApiProperty({ description: 'Position in the workspace chain, from 1' }) seq!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) processId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null when the event is anonymous' }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The actor's display name; null when anonymous" }) actorName!: string | null;
  @ApiProperty({ enum: AUDIT_OBJECT_TYPES }) objectType!: string;
  @ApiProperty() action!: string;
  @ApiProperty() objectId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What changed: ids, field names, statuses, versions' })
  payload!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class AuditEventListDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'Every event up to the head recomputes to its stored hash' }) intact!: boolean;
  @ApiProperty({ description: 'The last event that checks out (0: none)' }) upTo!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The first event that does not' }) brokenAt!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it does not, in English' }) reason!: string | null;
  @ApiProperty({ enum: AUDIT_CHAIN_PROBLEMS, nullable: true, description: 'Why it does not, as a code screens translate' })
  problem!: AuditChainProblem | null;
}
