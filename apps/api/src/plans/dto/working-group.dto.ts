import { PLAN_LIMITS, WORKING_GROUP_KINDS, type WorkingGroupKind } from '@common-ground/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PersonDto } from '../../charters/dto/charter.dto';
import { PG_INT_MAX } from '../../common/int-limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateWorkingGroupDto {
  @ApiProperty({ minLength: 1, maxLength: PLAN_LIMITS.workingGroupNameMax, example: 'Market roads task force' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name the group.' })
  @MaxLength(PLAN_LIMITS.workingGroupNameMax)
  name!: string;

  @ApiProperty({ enum: WORKING_GROUP_KINDS })
  @IsIn(WORKING_GROUP_KINDS, { message: `must be one of ${WORKING_GROUP_KINDS.join(', ')}` })
  kind!: WorkingGroupKind;

  @ApiProperty({ maxLength: PLAN_LIMITS.mandateMax, description: 'What the group is asked to do, and until when' })
  @Transform(trim)
  @IsString()
  @MaxLength(PLAN_LIMITS.mandateMax)
  mandate!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'A person of the process; null: no lead yet' })
  @ValidateIf((_object, value) => value !== null)
  @IsUUID()
  leadUserId!: string | null;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: PLAN_LIMITS.workingGroupMembersMax,
    description: 'People of the process; the lead need not be listed',
  })
  @IsArray()
  @ArrayMaxSize(PLAN_LIMITS.workingGroupMembersMax)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds!: string[];
}

export class UpdateWorkingGroupDto extends CreateWorkingGroupDto {
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(PG_INT_MAX) version!: number;
}

export class WorkingGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: WORKING_GROUP_KINDS }) kind!: WorkingGroupKind;
  @ApiProperty() mandate!: string;
  @ApiProperty({ type: PersonDto, nullable: true }) lead!: PersonDto | null;
  @ApiProperty({ type: [PersonDto], description: 'Members other than the lead' }) members!: PersonDto[];
  @ApiProperty({ description: 'Actions the group owns' }) actions!: number;
  @ApiProperty() version!: number;
}

export class WorkingGroupListDto {
  @ApiProperty({ type: [WorkingGroupDto] }) items!: WorkingGroupDto[];
}
