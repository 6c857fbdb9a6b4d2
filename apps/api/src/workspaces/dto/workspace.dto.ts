import { LIMITS, PROCESS_INVITATION_ROLES, type ProcessInvitationRole, WORKSPACE_ROLES, type WorkspaceRole } from '@common-ground/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsString, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateWorkspaceDto {
  @ApiProperty({ example: 'Centre for Dialogue', minLength: 1, maxLength: LIMITS.workspaceNameMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a name.' })
  @MaxLength(LIMITS.workspaceNameMax)
  name!: string;
}

export class RenameWorkspaceDto extends CreateWorkspaceDto {
  @ApiProperty({ description: 'The version you edited; a stale one gets 409.' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class WorkspaceSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: WORKSPACE_ROLES }) role!: WorkspaceRole;
}

export class WorkspaceListDto {
  @ApiProperty({ type: [WorkspaceSummaryDto] }) items!: WorkspaceSummaryDto[];
}

export class WorkspaceDto extends WorkspaceSummaryDto {
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Conveners and facilitators must have two-factor sign-in on to work in the workspace' })
  requireTwoFactorForLeads!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class WorkspaceMemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ required: false, description: 'Only for roles granted workspace.members.contact' }) email?: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: WORKSPACE_ROLES }) role!: WorkspaceRole;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class WorkspaceMemberListDto {
  @ApiProperty({ type: [WorkspaceMemberDto] }) items!: WorkspaceMemberDto[];
}

export class CreateInvitationDto {
  @ApiProperty({ example: 'colleague@example.org', maxLength: LIMITS.emailMax })
  @Transform(trim)
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @ApiProperty({ enum: WORKSPACE_ROLES })
  @IsIn(WORKSPACE_ROLES, { message: `role must be one of ${WORKSPACE_ROLES.join(', ')}` })
  role!: WorkspaceRole;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: WORKSPACE_ROLES }) role!: WorkspaceRole;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() invitedBy!: string;
  @ApiProperty({
    required: false,
    description: 'Only when the invitation e-mail failed: the link, for the inviter to pass on by another way.',
  })
  acceptUrl?: string;
  @ApiProperty({
    required: false,
    enum: ['queued', 'sent', 'failed'],
    description: "The invitation e-mail's delivery: queued when just created. The link itself goes only to the invitee.",
  })
  mailStatus?: 'queued' | 'sent' | 'failed';
}

export class InvitationListDto {
  @ApiProperty({ type: [InvitationDto] }) items!: InvitationDto[];
}

export class InvitationPreviewDto {
  @ApiProperty() workspaceName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: WORKSPACE_ROLES }) role!: WorkspaceRole;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The process the invitation is to, if any' }) processTitle!: string | null;
  @ApiProperty({ enum: PROCESS_INVITATION_ROLES, nullable: true, description: 'The role in that process' })
  processRole!: ProcessInvitationRole | null;
}

export class AcceptedInvitationDto {
  @ApiProperty({ format: 'uuid' }) workspaceId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The process joined, for a process invitation' }) processId!:
    string | null;
}

export class ChangeMemberRoleDto {
  @ApiProperty({ enum: WORKSPACE_ROLES })
  @IsIn(WORKSPACE_ROLES, { message: `role must be one of ${WORKSPACE_ROLES.join(', ')}` })
  role!: WorkspaceRole;
}

export class WorkspaceSecurityDto {
  @ApiProperty({ description: 'Require two-factor sign-in of the conveners and facilitators of the workspace’s processes' })
  @IsBoolean()
  requireTwoFactorForLeads!: boolean;
}
