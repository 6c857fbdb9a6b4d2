import {
  AGREEMENT_LIMITS as L,
  CONFIDENTIALITY_MODES,
  type ConfidentialityMode,
  GROUND_RULE_STATUSES,
  type GroundRuleStatus,
  REPORT_FREQUENCIES,
  type ReportFrequency,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

export class ProposeGroundRuleDto {
  @ApiProperty({ minLength: 1, maxLength: L.ruleMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Write the rule.' })
  @MaxLength(L.ruleMax)
  text!: string;
}

export class AdoptGroundRulesDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(L.adoptMaxRules)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  ruleIds!: string[];
  @ApiProperty({ minLength: 1, maxLength: L.decisionMax, example: 'Adopted by consensus at the first plenary' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Record the decision (when and how the group agreed).' })
  @MaxLength(L.decisionMax)
  decision!: string;
}

export class AmendGroundRuleDto extends ProposeGroundRuleDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional({ maxLength: L.noteMax }) @IsOptional() @Transform(trim) @IsString() @MaxLength(L.noteMax) note?: string;
}

export class RetireGroundRuleDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;
  @ApiProperty({ minLength: 1, maxLength: L.noteMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say why the rule is retired.' })
  @MaxLength(L.noteMax)
  note!: string;
}

export class GroundRuleChangeDto {
  @ApiProperty() text!: string;
  @ApiProperty({ enum: GROUND_RULE_STATUSES }) status!: GroundRuleStatus;
  @ApiProperty({ type: PersonDto }) changedBy!: PersonDto;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class GroundRuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: GROUND_RULE_STATUSES }) status!: GroundRuleStatus;
  @ApiProperty() position!: number;
  @ApiProperty({ type: PersonDto }) proposedBy!: PersonDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) adoptedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decision!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [GroundRuleChangeDto], description: 'Oldest first' }) history!: GroundRuleChangeDto[];
}

export class GroundRuleListDto {
  @ApiProperty({ type: [GroundRuleDto] }) items!: GroundRuleDto[];
  @ApiProperty({ type: [String], description: 'The sample ground rules of Lesson 11' }) samples!: string[];
}

export class SaveAccountabilityDto {
  @ApiProperty({ minLength: 1, maxLength: L.accountabilityFieldMax, example: 'Ministry of Interior, Police Directorate' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'To whom is this participant accountable?' })
  @MaxLength(L.accountabilityFieldMax)
  accountableTo!: string;

  @ApiProperty({ minLength: 1, maxLength: L.accountabilityFieldMax, example: 'District police officers' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Which constituency do they report back to?' })
  @MaxLength(L.accountabilityFieldMax)
  constituency!: string;

  @ApiProperty({ minLength: 1, maxLength: L.accountabilityFieldMax, example: 'Monthly briefing at the station' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'How do they report back?' })
  @MaxLength(L.accountabilityFieldMax)
  channel!: string;

  @ApiProperty({ enum: REPORT_FREQUENCIES }) @IsIn(REPORT_FREQUENCIES, oneOf(REPORT_FREQUENCIES)) frequency!: ReportFrequency;

  @ApiPropertyOptional({ format: 'date-time', description: 'When they last reported back' })
  @IsOptional()
  @IsISO8601()
  lastReportedAt?: string;

  @ApiPropertyOptional({ description: 'The entry version you edited; omit when creating' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

export class AccountabilityEntryDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) accountableTo!: string | null;
  @ApiProperty({ type: String, nullable: true }) constituency!: string | null;
  @ApiProperty({ type: String, nullable: true }) channel!: string | null;
  @ApiProperty({ enum: REPORT_FREQUENCIES, nullable: true }) frequency!: ReportFrequency | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastReportedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Next report-back due' }) nextDueAt!: string | null;
  @ApiProperty() complete!: boolean;
  @ApiProperty({ type: Number, nullable: true }) version!: number | null;
}

export class AccountabilityMapDto {
  @ApiProperty({ type: [AccountabilityEntryDto], description: 'One per active participant' }) items!: AccountabilityEntryDto[];
  @ApiProperty({ description: 'Active participants without an entry' }) missing!: number;
}

export class SaveGrievanceProcedureDto {
  @ApiProperty({ minLength: 1, maxLength: L.handlersMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name who handles grievances.' })
  @MaxLength(L.handlersMax)
  handlers!: string;
  @ApiProperty({ minimum: 1, maximum: L.acknowledgeDaysMax }) @IsInt() @Min(1) @Max(L.acknowledgeDaysMax) acknowledgeDays!: number;
  @ApiProperty({ minimum: 1, maximum: L.respondDaysMax }) @IsInt() @Min(1) @Max(L.respondDaysMax) respondDays!: number;
  @ApiProperty({ minLength: 1, maxLength: L.procedureMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Describe the escalation path.' })
  @MaxLength(L.procedureMax)
  escalationPath!: string;
  @ApiProperty({ minLength: 1, maxLength: L.procedureMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Describe how to appeal.' })
  @MaxLength(L.procedureMax)
  appealProcedure!: string;
  @ApiProperty({ maxLength: L.procedureMax }) @Transform(trim) @IsString() @MaxLength(L.procedureMax) inactiveParticipantProcedure!: string;
  @ApiProperty({ maxLength: L.procedureMax })
  @Transform(trim)
  @IsString()
  @MaxLength(L.procedureMax)
  underminingBehaviourProcedure!: string;
  @ApiProperty({ description: '0 when none is recorded yet' }) @IsInt() @Min(0) version!: number;
}

export class GrievanceProcedureDto {
  @ApiProperty({ type: String, nullable: true }) handlers!: string | null;
  @ApiProperty({ type: Number, nullable: true }) acknowledgeDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) respondDays!: number | null;
  @ApiProperty({ type: String, nullable: true }) escalationPath!: string | null;
  @ApiProperty({ type: String, nullable: true }) appealProcedure!: string | null;
  @ApiProperty({ type: String, nullable: true }) inactiveParticipantProcedure!: string | null;
  @ApiProperty({ type: String, nullable: true }) underminingBehaviourProcedure!: string | null;
  @ApiProperty({ description: '0 when none is recorded yet' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
}

export class SaveConfidentialityDto {
  @ApiProperty({ enum: CONFIDENTIALITY_MODES })
  @IsIn(CONFIDENTIALITY_MODES, oneOf(CONFIDENTIALITY_MODES))
  defaultMode!: ConfidentialityMode;
  @ApiProperty({ maxLength: L.spokespeopleMax, description: 'Who may speak to the press' })
  @Transform(trim)
  @IsString()
  @MaxLength(L.spokespeopleMax)
  mediaSpokespeople!: string;
  @ApiProperty({ maxLength: L.externalCommunicationMax })
  @Transform(trim)
  @IsString()
  @MaxLength(L.externalCommunicationMax)
  externalCommunication!: string;
  @ApiProperty({ description: '0 when none is recorded yet' }) @IsInt() @Min(0) version!: number;
}

export class ConfidentialityDto {
  @ApiProperty({ enum: CONFIDENTIALITY_MODES }) defaultMode!: ConfidentialityMode;
  @ApiProperty() mediaSpokespeople!: string;
  @ApiProperty() externalCommunication!: string;
  @ApiProperty() version!: number;
}

export class CreateGroundRuleCommentDto {
  @ApiProperty({ minLength: 1, maxLength: L.commentMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Write a comment.' })
  @MaxLength(L.commentMax)
  body!: string;
}

export class GroundRuleCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) ruleId!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: PersonDto }) author!: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class GroundRuleCommentListDto {
  @ApiProperty({ type: [GroundRuleCommentDto] }) items!: GroundRuleCommentDto[];
}
