import { STAKEHOLDER_GROUP_NAME_MAX } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateStakeholderGroupDto {
  @ApiProperty({ minLength: 1, maxLength: STAKEHOLDER_GROUP_NAME_MAX, example: 'Police' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name the group.' })
  @MaxLength(STAKEHOLDER_GROUP_NAME_MAX)
  name!: string;

  @ApiPropertyOptional({ default: false, description: 'The process is not legitimate without a representative of this group' })
  @IsOptional()
  @IsBoolean()
  indispensable?: boolean;
}

export class UpdateStakeholderGroupDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: STAKEHOLDER_GROUP_NAME_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name the group.' })
  @MaxLength(STAKEHOLDER_GROUP_NAME_MAX)
  name?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() indispensable?: boolean;
}

export class StakeholderGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() indispensable!: boolean;
  @ApiProperty() position!: number;
  @ApiProperty({ description: 'Participants who represent this group' }) participants!: number;
}

export class StakeholderGroupListDto {
  @ApiProperty({ type: [StakeholderGroupDto] }) items!: StakeholderGroupDto[];
  @ApiProperty({ type: [String], description: 'Indispensable groups without a participant' }) unrepresented!: string[];
}

export class SetAlternateDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The participant this person stands in for; null: nobody' })
  @ValidateIf((_object, value) => value !== null)
  @IsUUID()
  alternateFor!: string | null;
}

export class SetMemberGroupDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: represents no group' })
  @ValidateIf((_object, value) => value !== null)
  @IsUUID()
  stakeholderGroupId!: string | null;
}
