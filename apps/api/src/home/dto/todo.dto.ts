import { TODO_KINDS, type TodoKind } from '@common-ground/domain';
import { ApiProperty } from '@nestjs/swagger';

export class TodoItemDto {
  @ApiProperty({ enum: TODO_KINDS }) kind!: TodoKind;
  @ApiProperty({
    description:
      'The charter version, stakeholder group (checklist), action, invitation or meeting (RSVP, minutes to review); for a report-back, the process (one schedule per person and process)',
    format: 'uuid',
  })
  id!: string;
  @ApiProperty({
    description:
      'The charter version ("Charter version 2"), the stakeholder group whose checklist it is, the action, to whom the report-back is owed, what the invitation is to, or the meeting',
  })
  title!: string;
  @ApiProperty({ format: 'uuid' }) workspaceId!: string;
  @ApiProperty() workspaceName!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for an invitation to the workspace alone' })
  processId!: string | null;
  @ApiProperty({ type: String, nullable: true }) processTitle!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description:
      'By when: the action’s or report-back’s due date (in the process’s time zone), the day an invitation expires (UTC), the day of a meeting to answer (in the process’s time zone)',
  })
  dueOn!: string | null;
  @ApiProperty({ description: 'Past its due date where the process is' }) overdue!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The role an invitation offers (in the process, else in the workspace)' })
  role!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Where in the web app to act on it. Null for an invitation: it is accepted through the link in its e-mail (only a hash of the link’s token is kept)',
  })
  path!: string | null;
}

export class TodoSectionDto {
  @ApiProperty({ enum: TODO_KINDS }) kind!: TodoKind;
  @ApiProperty({ description: 'How many there are in all; `items` holds the first ones (overdue first, then the soonest due)' })
  total!: number;
  @ApiProperty({ type: [TodoItemDto] }) items!: TodoItemDto[];
}

export class TodoDto {
  @ApiProperty({ type: [TodoSectionDto], description: 'One section per kind, always in this order: ' + TODO_KINDS.join(', ') })
  sections!: TodoSectionDto[];
  @ApiProperty({ description: 'How many items each section lists at most' }) itemsPerSection!: number;
  @ApiProperty({ description: 'How many workspaces the person belongs to' }) workspaceCount!: number;
}
