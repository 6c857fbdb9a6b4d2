import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, NOTIFICATION_LIMITS } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class NotificationListQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : (value as unknown)))
  @IsBoolean()
  unread?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: NOTIFICATION_LIMITS.pageMax, default: NOTIFICATION_LIMITS.pageDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(NOTIFICATION_LIMITS.pageMax)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: string;
  @ApiProperty({ format: 'uuid' }) workspaceId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) processId!: string | null;
  @ApiProperty() objectType!: string;
  @ApiProperty({ format: 'uuid' }) objectId!: string;
  @ApiProperty({ description: 'What happened, in one English sentence (screens say kind with params in their language)' }) text!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the sentence names, by kind: titles, a version, a due date (YYYY-MM-DD), a name where the regime allows it',
  })
  params!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) processTitle!: string | null;
  @ApiProperty({ description: 'Where in the app it leads' }) path!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class UnreadCountDto {
  @ApiProperty() unread!: number;
}

export class MarkedReadDto {
  @ApiProperty({ description: 'How many notifications were marked read' }) marked!: number;
}

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: string;
  @ApiProperty() label!: string;
  @ApiProperty() audience!: string;
  @ApiProperty({ enum: NOTIFICATION_DELIVERIES }) delivery!: string;
  @ApiProperty({ enum: NOTIFICATION_DELIVERIES }) defaultDelivery!: string;
  @ApiProperty({ enum: NOTIFICATION_DELIVERIES, isArray: true }) allowed!: string[];
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto] }) items!: NotificationPreferenceDto[];
}

/** One optional choice per kind; a kind left out keeps its current choice. */
export class SaveNotificationPreferencesDto {
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) charter_to_sign?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) charter_signed?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) amendment_proposed?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) amendment_decided?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) action_assigned?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) action_overdue?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) report_back_due?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) milestone_due?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) meeting_invited?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) meeting_changed?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) meeting_reminder?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) minutes_to_review?: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_DELIVERIES }) @IsOptional() @IsIn(NOTIFICATION_DELIVERIES) minutes_approved?: string;
}
