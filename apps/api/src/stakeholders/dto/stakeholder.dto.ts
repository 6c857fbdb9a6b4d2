import {
  CONTACT_KINDS,
  type ContactKind,
  PROSPECT_STATUSES,
  type ProspectStatus,
  QUADRANTS,
  type Quadrant,
  REGISTER_LIMITS,
  RELATIONSHIP_KINDS,
  type RelationshipKind,
  SCORE_MAX,
  SCORE_MIN,
  STAKEHOLDER_KINDS,
  type StakeholderKind,
  STANCES,
  type Stance,
  STRENGTH_MAX,
  STRENGTH_MIN,
} from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { NamedRefDto, oneOf, PageInfoDto, RegisterPageQueryDto, trim, VersionDto } from './register-common.dto';

const L = REGISTER_LIMITS;
const PERSONAL = 'Personal data: present only for conveners and facilitators of the process; absent for everyone else.';
const nullableUuid = (_object: unknown, value: unknown) => value !== null;

export class ContactPointDto {
  @ApiProperty({ enum: CONTACT_KINDS })
  @IsIn(CONTACT_KINDS, oneOf(CONTACT_KINDS))
  kind!: ContactKind;

  @ApiProperty({ minLength: 1, maxLength: L.contactValueMax, example: 'desk@police.example' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter the address or number.' })
  @MaxLength(L.contactValueMax)
  @ValidateIf((point: ContactPointDto) => point.kind === 'email')
  @IsEmail({}, { message: 'Enter an e-mail address such as name@example.org.' })
  value!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.contactNoteMax, example: 'Office hours only' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.contactNoteMax)
  note?: string | null;
}

export class CreateStakeholderDto {
  @ApiProperty({ enum: STAKEHOLDER_KINDS })
  @IsIn(STAKEHOLDER_KINDS, oneOf(STAKEHOLDER_KINDS))
  kind!: StakeholderKind;

  @ApiProperty({ minLength: 1, maxLength: L.nameMax, example: 'District police command' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Name the stakeholder.' })
  @MaxLength(L.nameMax)
  name!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A stakeholder group of this process' })
  @IsOptional()
  @ValidateIf(nullableUuid)
  @IsUUID()
  groupId?: string | null;

  @ApiProperty({ minimum: SCORE_MIN, maximum: SCORE_MAX, description: 'Power to shape the process or the conflict, 1-5' })
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  influence!: number;

  @ApiProperty({ minimum: SCORE_MIN, maximum: SCORE_MAX, description: 'Stake in the issue, 1-5' })
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  interest!: number;

  @ApiProperty({ enum: STANCES })
  @IsIn(STANCES, oneOf(STANCES))
  stance!: Stance;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.notesMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.notesMax)
  notes?: string | null;

  @ApiPropertyOptional({ type: [ContactPointDto], maxItems: L.contactPointsMax, description: `${PERSONAL} Only they may send it.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.contactPointsMax)
  @ValidateNested({ each: true })
  @Type(() => ContactPointDto)
  contactPoints?: ContactPointDto[];
}

export class UpdateStakeholderDto extends IntersectionType(PartialType(CreateStakeholderDto), VersionDto) {}

export class StakeholderListQueryDto extends RegisterPageQueryDto {
  @ApiPropertyOptional({ description: 'A stakeholder group id, or `none` for stakeholders in no group' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== 'none')
  @IsUUID()
  groupId?: string;

  @ApiPropertyOptional({ enum: STANCES })
  @IsOptional()
  @IsIn(STANCES, oneOf(STANCES))
  stance?: Stance;

  @ApiPropertyOptional({ enum: STAKEHOLDER_KINDS })
  @IsOptional()
  @IsIn(STAKEHOLDER_KINDS, oneOf(STAKEHOLDER_KINDS))
  kind?: StakeholderKind;
}

export class ContactPointViewDto {
  @ApiProperty({ enum: CONTACT_KINDS }) kind!: ContactKind;
  @ApiProperty() value!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class StakeholderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: STAKEHOLDER_KINDS }) kind!: StakeholderKind;
  @ApiProperty() name!: string;
  @ApiProperty({ type: NamedRefDto, nullable: true }) group!: NamedRefDto | null;
  @ApiProperty({ minimum: SCORE_MIN, maximum: SCORE_MAX }) influence!: number;
  @ApiProperty({ minimum: SCORE_MIN, maximum: SCORE_MAX }) interest!: number;
  @ApiProperty({ enum: STANCES }) stance!: Stance;
  @ApiProperty({ enum: QUADRANTS, description: 'Strategy of the influence/interest grid' }) quadrant!: Quadrant;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiPropertyOptional({ type: [ContactPointViewDto], description: PERSONAL }) contactPoints?: ContactPointViewDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class StakeholderListDto extends PageInfoDto {
  @ApiProperty({ type: [StakeholderDto] }) items!: StakeholderDto[];
}

export class RelationshipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: RELATIONSHIP_KINDS, description: 'A dependency reads "from depends on to"; the other kinds are mutual' })
  kind!: RelationshipKind;
  @ApiProperty({ minimum: STRENGTH_MIN, maximum: STRENGTH_MAX }) strength!: number;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: NamedRefDto }) from!: NamedRefDto;
  @ApiProperty({ type: NamedRefDto }) to!: NamedRefDto;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class RelationshipListDto extends PageInfoDto {
  @ApiProperty({ type: [RelationshipDto] }) items!: RelationshipDto[];
}

export class LinkedProspectDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROSPECT_STATUSES }) status!: ProspectStatus;
}

export class StakeholderDetailDto extends StakeholderDto {
  @ApiProperty({ type: [RelationshipDto], description: 'Every relationship with this stakeholder at either end' })
  relationships!: RelationshipDto[];
  @ApiProperty({ type: [LinkedProspectDto], description: 'Prospective participants linked to this stakeholder' })
  prospects!: LinkedProspectDto[];
}

export class CreateRelationshipDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  fromId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toId!: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS, description: 'dependency: "from depends on to"' })
  @IsIn(RELATIONSHIP_KINDS, oneOf(RELATIONSHIP_KINDS))
  kind!: RelationshipKind;

  @ApiProperty({ minimum: STRENGTH_MIN, maximum: STRENGTH_MAX, description: '1 weak, 2 moderate, 3 strong' })
  @IsInt()
  @Min(STRENGTH_MIN)
  @Max(STRENGTH_MAX)
  strength!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.relationshipNoteMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.relationshipNoteMax)
  note?: string | null;
}

/** The ends stay; to connect other stakeholders, remove the relationship and add another. */
export class UpdateRelationshipDto extends PartialType(PickType(CreateRelationshipDto, ['kind', 'strength', 'note'] as const)) {}

export class RelationshipListQueryDto extends RegisterPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only relationships with this stakeholder at either end' })
  @IsOptional()
  @IsUUID()
  stakeholderId?: string;

  @ApiPropertyOptional({ enum: RELATIONSHIP_KINDS })
  @IsOptional()
  @IsIn(RELATIONSHIP_KINDS, oneOf(RELATIONSHIP_KINDS))
  kind?: RelationshipKind;
}

export class MapGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() indispensable!: boolean;
}

export class MapStakeholderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: STAKEHOLDER_KINDS }) kind!: StakeholderKind;
  @ApiProperty({ type: Number, nullable: true, description: 'Index into `groups`, or null' }) group!: number | null;
  @ApiProperty() influence!: number;
  @ApiProperty() interest!: number;
  @ApiProperty({ enum: STANCES }) stance!: Stance;
}

/** No id: the map only draws relationships; they are edited from a stakeholder's page. */
export class MapRelationshipDto {
  @ApiProperty({ description: 'Index into `stakeholders`' }) from!: number;
  @ApiProperty({ description: 'Index into `stakeholders`' }) to!: number;
  @ApiProperty({ enum: RELATIONSHIP_KINDS }) kind!: RelationshipKind;
  @ApiProperty() strength!: number;
}

export class MapLimitsDto {
  @ApiProperty() stakeholders!: number;
  @ApiProperty() relationships!: number;
}

/** Everything the two pictures need, in one compact answer: ends and groups are indexes, not ids. */
export class StakeholderMapDto {
  @ApiProperty({ type: [MapGroupDto] }) groups!: MapGroupDto[];
  @ApiProperty({ type: [MapStakeholderDto], description: 'Ordered by name' }) stakeholders!: MapStakeholderDto[];
  @ApiProperty({ type: [MapRelationshipDto] }) relationships!: MapRelationshipDto[];
  @ApiProperty({ type: [String], description: 'Groups of the process with no stakeholder in the register yet' }) unmappedGroups!: string[];
  @ApiProperty({ type: MapLimitsDto, description: 'The most a process holds; adding more is refused with 409 REGISTER_FULL' })
  limits!: MapLimitsDto;
  @ApiProperty({ description: 'Never true while the limits hold; kept so a client can tell if a list was cut' }) truncated!: boolean;
}
