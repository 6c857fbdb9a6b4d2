import { PROGRESS_LIMITS, REPORT_FREQUENCIES, type ReportFrequency } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RecordReportBackDto {
  @ApiProperty({ type: String, format: 'date', description: 'The day it happened (not in the future)' })
  @IsCalendarDate()
  reportedOn!: string;

  @ApiPropertyOptional({ maxLength: PROGRESS_LIMITS.noteMax, description: 'Where, to whom, what came back' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PROGRESS_LIMITS.noteMax)
  note?: string;
}

export class ReportBackEntryDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ description: 'The participant has an accountability entry (to whom, channel, frequency)' }) scheduled!: boolean;
  @ApiProperty({ type: String, nullable: true }) accountableTo!: string | null;
  @ApiProperty({ type: String, nullable: true }) constituency!: string | null;
  @ApiProperty({ type: String, nullable: true }) channel!: string | null;
  @ApiProperty({ enum: REPORT_FREQUENCIES, nullable: true }) frequency!: ReportFrequency | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The last recorded report-back' }) lastReportedOn!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Its note' }) lastNote!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'When the next one is due (null: after each meeting, or no entry)',
  })
  dueOn!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'The signed-in person may record a report-back for this participant' }) mayRecord!: boolean;
}

export class ReportBackScheduleDto {
  @ApiProperty({ type: [ReportBackEntryDto], description: 'One per participant, by name' }) items!: ReportBackEntryDto[];
  @ApiProperty() overdue!: number;
  @ApiProperty({ format: 'date', description: 'Today in the process’s time zone' }) today!: string;
}
