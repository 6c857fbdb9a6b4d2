import {
  CONFIDENTIALITY_MODES,
  type ConfidentialityMode,
  LIMITS,
  MEETING_FORMATS,
  MEETING_KINDS,
  MEETING_LIMITS as L,
  MINUTES_STATUSES,
  type MeetingFormat,
  type MeetingKind,
  type MeetingState,
  type MinutesStatus,
  RSVP_RESPONSES,
  type RsvpResponse,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { ATTENDANCE_RECORDED_HOW, type AttendanceRecordedHow, REVIEW_VERDICTS, type ReviewVerdict } from '../meetings.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });
const MEETING_STATES = ['upcoming', 'in_progress', 'ended', 'cancelled'] as const;
/** "2", "2.1", "2.1.3": an agenda line's number. */
const AGENDA_NUMBER = /^[1-9]\d{0,2}(\.[1-9]\d{0,2}){0,2}$/;

export class AgendaItemDto {
  @ApiProperty({ minLength: 1, maxLength: L.agendaTitleMax })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.agendaTitleMax)
  title!: string;

  @ApiProperty({ minimum: 0, maximum: L.agendaItemMinutesMax, description: 'Planned minutes of this item, sub-items not counted' })
  @IsInt()
  @Min(0)
  @Max(L.agendaItemMinutesMax)
  minutes!: number;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The process member who leads the item' })
  @IsOptional()
  @IsUUID('4')
  ownerId?: string | null;

  @ApiPropertyOptional({ type: () => [AgendaItemDto], maxItems: L.agendaItemsMax })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.agendaItemsMax)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemDto)
  items?: AgendaItemDto[];
}

class MeetingFieldsDto {
  @ApiPropertyOptional({ enum: MEETING_FORMATS }) @IsOptional() @IsIn(MEETING_FORMATS, oneOf(MEETING_FORMATS)) format?: MeetingFormat;

  @ApiPropertyOptional({ maxLength: L.placeMax, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.placeMax)
  place?: string | null;

  @ApiPropertyOptional({ maxLength: L.linkMax, nullable: true, type: String, example: 'https://meet.example.org/plenary' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.linkMax)
  @Matches(/^(https?:\/\/\S+)?$/, { message: 'must be an http(s) address' })
  link?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: 10, description: 'Who hosts (from the Initiate hosting arrangement)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  hosts?: string[];

  @ApiPropertyOptional({ enum: CONFIDENTIALITY_MODES, description: 'Only ever as strict as the process regime, or stricter' })
  @IsOptional()
  @IsIn(CONFIDENTIALITY_MODES, oneOf(CONFIDENTIALITY_MODES))
  mode?: ConfidentialityMode;

  @ApiPropertyOptional({ type: [AgendaItemDto], maxItems: L.agendaItemsMax })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.agendaItemsMax)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemDto)
  agenda?: AgendaItemDto[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('4') charterVersionId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('4') planId?: string | null;
}

export class CreateMeetingDto extends MeetingFieldsDto {
  @ApiProperty({ enum: MEETING_KINDS }) @IsIn(MEETING_KINDS, oneOf(MEETING_KINDS)) kind!: MeetingKind;
  @ApiProperty({ enum: MEETING_FORMATS }) @IsIn(MEETING_FORMATS, oneOf(MEETING_FORMATS)) declare format: MeetingFormat;

  @ApiProperty({ minLength: 1, maxLength: L.titleMax, example: 'Second plenary' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.titleMax)
  title!: string;

  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true, strictSeparator: true }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true, strictSeparator: true }) endsAt!: string;
}

export class UpdateMeetingDto extends MeetingFieldsDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: L.titleMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.titleMax)
  title?: string;

  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }) startsAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }) endsAt?: string;
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class MeetingVersionDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class MeetingListQueryDto {
  @ApiPropertyOptional({
    enum: ['upcoming', 'past'],
    default: 'upcoming',
    description: 'Upcoming: not ended yet, soonest first; past: newest first',
  })
  @IsOptional()
  @IsIn(['upcoming', 'past'], oneOf(['upcoming', 'past']))
  when?: 'upcoming' | 'past';

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString() // bounded and checked by the cursor codec (400 INVALID_INPUT naming cursor)
  cursor?: string;
}

export class RsvpCountsDto {
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty() maybe!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() alternates!: number;
}

export class MyInvitationDto {
  @ApiProperty({ enum: RSVP_RESPONSES, nullable: true }) response!: RsvpResponse | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) alternateId!: string | null;
  @ApiProperty() version!: number;
}

export class MeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MEETING_KINDS }) kind!: MeetingKind;
  @ApiProperty({ enum: MEETING_FORMATS }) format!: MeetingFormat;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({ type: [String] }) hosts!: string[];
  @ApiProperty({ enum: CONFIDENTIALITY_MODES, description: 'The mode set for this meeting' }) mode!: ConfidentialityMode;
  @ApiProperty({
    enum: CONFIDENTIALITY_MODES,
    description: 'The mode the record is kept under: the stricter of the meeting’s and the regime’s',
  })
  effectiveMode!: ConfidentialityMode;
  @ApiProperty({ type: [AgendaItemDto] }) agenda!: AgendaItemDto[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) charterVersionId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) planId!: string | null;
  @ApiProperty({ enum: MEETING_STATES }) state!: MeetingState;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ type: RsvpCountsDto }) rsvp!: RsvpCountsDto;
  @ApiProperty({ type: MyInvitationDto, nullable: true, description: 'The viewer’s own invitation, if invited' })
  myInvitation!: MyInvitationDto | null;
  @ApiProperty({ description: 'Whether the viewer’s attendance is recorded' }) attended!: boolean;
  @ApiProperty({ description: 'Whether an attendance code is set (the code itself is shown once)' }) hasAttendanceCode!: boolean;
  @ApiProperty({ enum: MINUTES_STATUSES }) minutesStatus!: MinutesStatus;
  @ApiProperty() version!: number;
}

export class MeetingListDto {
  @ApiProperty({ type: [MeetingDto] }) items!: MeetingDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class InviteDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: L.invitationsMax })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.invitationsMax)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  memberIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100, description: 'Every member of these stakeholder groups' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  stakeholderGroupIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100, description: 'Every member of these working groups' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  workingGroupIds?: string[];
}

export class MeetingInvitationDto {
  @ApiProperty({ type: PersonDto }) member!: PersonDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) stakeholderGroupId!: string | null;
  @ApiProperty({ enum: RSVP_RESPONSES, nullable: true }) response!: RsvpResponse | null;
  @ApiProperty({ type: PersonDto, nullable: true }) alternate!: PersonDto | null;
}

export class MeetingInvitationListDto {
  @ApiProperty({ type: [MeetingInvitationDto] }) items!: MeetingInvitationDto[];
  @ApiProperty({ type: RsvpCountsDto }) rsvp!: RsvpCountsDto;
}

export class RsvpDto {
  @ApiProperty({ enum: RSVP_RESPONSES }) @IsIn(RSVP_RESPONSES, oneOf(RSVP_RESPONSES)) response!: RsvpResponse;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Someone attending instead (only with "no")' })
  @IsOptional()
  @IsUUID('4')
  alternateId?: string | null;
}

export class AttendanceCodeDto {
  @ApiProperty({ description: 'Shown once: 8 characters without 0/O/1/I/L' }) code!: string;
  @ApiProperty({ example: 'K7QM-2XWP' }) formatted!: string;
}

export class RecordAttendanceDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: L.invitationsMax })
  @IsArray()
  @ArrayMaxSize(L.invitationsMax)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  memberIds!: string[];
}

export class CheckInDto {
  @ApiProperty({ maxLength: 20, example: 'K7QM-2XWP' }) @IsString() @MaxLength(20) code!: string;
}

export class AttendeeDto {
  @ApiProperty({ type: PersonDto }) member!: PersonDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) stakeholderGroupId!: string | null;
  @ApiProperty({ type: String, nullable: true }) stakeholderGroupName!: string | null;
  @ApiProperty({ enum: ATTENDANCE_RECORDED_HOW }) recordedHow!: AttendanceRecordedHow;
  @ApiProperty({ description: 'Attends instead of an invitee' }) alternate!: boolean;
}

export class QuorumCountDto {
  @ApiProperty() needed!: number;
  @ApiProperty() have!: number;
  @ApiProperty() met!: boolean;
}

export class MissingGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class QuorumDto {
  @ApiProperty() met!: boolean;
  @ApiProperty({ description: 'Invitees' }) entitled!: number;
  @ApiProperty({ type: QuorumCountDto }) attendance!: QuorumCountDto;
  @ApiProperty({ type: [MissingGroupDto], description: 'Indispensable stakeholder groups nobody present represents' })
  missingGroups!: MissingGroupDto[];
}

export class AttendanceDto {
  @ApiProperty({ type: [AttendeeDto] }) items!: AttendeeDto[];
  @ApiProperty({ type: QuorumDto }) quorum!: QuorumDto;
}

export class CreateStatementDto {
  @ApiProperty({ minLength: 1, maxLength: L.statementTextMax })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.statementTextMax)
  text!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2.1', description: 'The agenda item it was said under' })
  @IsOptional()
  @IsString()
  @Matches(AGENDA_NUMBER, { message: 'must be an agenda number such as 2 or 2.1' })
  agendaNumber?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'On the record only: the speaker, a process member' })
  @IsOptional()
  @IsUUID('4')
  quotedMemberId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'On the record only: the speaker’s name as minuted' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  quotedName?: string | null;
}

export class UpdateStatementDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: L.statementTextMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.statementTextMax)
  text?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2.1' })
  @IsOptional()
  @IsString()
  @Matches(AGENDA_NUMBER, { message: 'must be an agenda number such as 2 or 2.1' })
  agendaNumber?: string | null;

  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class StatementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Order of entry within the meeting; never a time' }) ordinal!: number;
  @ApiProperty({ type: String, nullable: true }) agendaNumber!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: PersonDto, nullable: true, description: 'The speaker, only on the record or by their own opt-in' })
  quoted!: PersonDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'The speaker’s name as minuted, when named' }) quotedName!: string | null;
  @ApiProperty() version!: number;
}

export class CreateActionPointDto {
  @ApiProperty({ minLength: 1, maxLength: L.statementTextMax })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.statementTextMax)
  text!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'An action of the process’s plans' })
  @IsOptional()
  @IsUUID('4')
  actionId?: string | null;
}

export class ActionPointDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() ordinal!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actionId!: string | null;
}

export class ReviewDto {
  @ApiProperty({ type: PersonDto }) member!: PersonDto;
  @ApiProperty({ enum: REVIEW_VERDICTS }) verdict!: ReviewVerdict;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

export class MinutesDto {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ enum: MINUTES_STATUSES }) status!: MinutesStatus;
  @ApiProperty({ enum: CONFIDENTIALITY_MODES }) effectiveMode!: ConfidentialityMode;
  @ApiProperty({ description: 'False while the statements are not served to this reader (Chatham House: until approval)' })
  statementsVisible!: boolean;
  @ApiProperty({ type: [StatementDto], description: 'In agenda order, then in order of entry' }) statements!: StatementDto[];
  @ApiProperty({ type: [ActionPointDto] }) actionPoints!: ActionPointDto[];
  @ApiProperty({ type: [ReviewDto] }) reviews!: ReviewDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt!: string | null;
  @ApiProperty() version!: number;
}

export class SaveReviewDto {
  @ApiProperty({ enum: REVIEW_VERDICTS }) @IsIn(REVIEW_VERDICTS, oneOf(REVIEW_VERDICTS)) verdict!: ReviewVerdict;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.commentTextMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.commentTextMax)
  comment?: string | null;
}
