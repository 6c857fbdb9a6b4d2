import {
  KEY_QUESTION_NOTES_MAX,
  PARTICIPANT_QUESTION_IDS,
  PARTICIPATION_STANCES,
  type ParticipantQuestionId,
  type ParticipationStance,
} from '@common-ground/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { oneOf, trim } from './input';

export class ChecklistAnswerDto {
  @ApiProperty({ enum: PARTICIPANT_QUESTION_IDS })
  @IsIn(PARTICIPANT_QUESTION_IDS, oneOf(PARTICIPANT_QUESTION_IDS))
  questionId!: ParticipantQuestionId;
  @ApiProperty({ maxLength: KEY_QUESTION_NOTES_MAX }) @Transform(trim) @IsString() @MaxLength(KEY_QUESTION_NOTES_MAX) notes!: string;
}

export class SaveChecklistDto {
  @ApiProperty({ type: [ChecklistAnswerDto], description: 'Questions left out are blank' })
  @IsArray()
  @ArrayMaxSize(PARTICIPANT_QUESTION_IDS.length)
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerDto)
  answers!: ChecklistAnswerDto[];

  @ApiProperty({ enum: PARTICIPATION_STANCES }) @IsIn(PARTICIPATION_STANCES, oneOf(PARTICIPATION_STANCES)) stance!: ParticipationStance;
  @ApiProperty({ description: 'Let the conveners and facilitators read it' }) @IsBoolean() sharedWithConveners!: boolean;
  @ApiProperty({ description: 'The version you loaded; 0 when nothing was saved yet' }) @IsInt() @Min(0) version!: number;
}

export class ChecklistGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

/** The group's checklist as its own participants see it. */
export class MyChecklistDto {
  @ApiProperty({ type: ChecklistGroupDto, nullable: true, description: 'null: you represent no stakeholder group yet' })
  group!: ChecklistGroupDto | null;
  @ApiProperty({ type: [ChecklistAnswerDto], description: 'One per question, in the order of Lesson 11' }) answers!: ChecklistAnswerDto[];
  @ApiProperty({ enum: PARTICIPATION_STANCES }) stance!: ParticipationStance;
  @ApiProperty() sharedWithConveners!: boolean;
  @ApiProperty({ description: 'Questions with a written answer' }) answered!: number;
  @ApiProperty({ description: '0 when nothing is saved yet' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: PersonDto, nullable: true }) updatedBy!: PersonDto | null;
}

/** A checklist a group shared with the conveners: the organisation's view, not attributed to a person. */
export class SharedChecklistDto {
  @ApiProperty({ type: ChecklistGroupDto }) group!: ChecklistGroupDto;
  @ApiProperty({ type: [ChecklistAnswerDto] }) answers!: ChecklistAnswerDto[];
  @ApiProperty({ enum: PARTICIPATION_STANCES }) stance!: ParticipationStance;
  @ApiProperty() answered!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** Whether a group shared its checklist; nothing of a checklist that is not shared. */
export class ChecklistStatusDto {
  @ApiProperty({ type: ChecklistGroupDto }) group!: ChecklistGroupDto;
  @ApiProperty() indispensable!: boolean;
  @ApiProperty() shared!: boolean;
  @ApiProperty({ enum: PARTICIPATION_STANCES, nullable: true, description: 'Only when shared' }) stance!: ParticipationStance | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Only when shared' }) answered!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Only when shared' }) updatedAt!: string | null;
}

export class ChecklistStatusListDto {
  @ApiProperty({ type: [ChecklistStatusDto], description: 'Every stakeholder group of the process' }) items!: ChecklistStatusDto[];
  @ApiProperty() shared!: number;
}
