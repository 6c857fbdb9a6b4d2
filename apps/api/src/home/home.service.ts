import { Injectable } from '@nestjs/common';
import { mergeTodo, TODO_KINDS, TODO_LIMITS, type TodoKind, type TodoPart } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import type { TodoDto, TodoItemDto } from './dto/todo.dto';
import { HomeRepository, type TodoRow } from './home.repository';

type Parts = Record<TodoKind, TodoPart<TodoItemDto>[]>;

/**
 * "What I need to do" across every workspace of the signed-in person. Row-level security scopes a
 * transaction to one workspace, so each workspace is read in a transaction of its own, scoped to it and to
 * the person; the request's own transaction (scoped to the person alone) finds which workspaces to read.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly home: HomeRepository,
    private readonly db: Db,
  ) {}

  async todo(ctx: RequestContext): Promise<TodoDto> {
    const userId = ctx.actor.id;
    const cap = TODO_LIMITS.itemsPerSection;
    const memberOf = await this.home.myWorkspaces(ctx.em, userId);
    const inviting = await this.home.workspacesInvitingMe(ctx.em, userId);
    const names = new Map(memberOf.map((workspace) => [workspace.id, workspace.name]));
    const parts = Object.fromEntries(TODO_KINDS.map((kind) => [kind, []])) as unknown as Parts;
    // One workspace at a time: a person in many workspaces costs time, never more than two connections.
    for (const workspaceId of new Set([...names.keys(), ...inviting])) {
      await this.db.transaction({ workspaceId, userId }, async (em) => {
        const name = names.get(workspaceId) ?? (await this.home.workspaceName(em, workspaceId));
        if (name === null) return;
        const add = (kind: TodoKind, rows: TodoRow[]) => parts[kind].push(this.part(kind, workspaceId, name, rows));
        if (names.has(workspaceId)) await this.readMember(em, workspaceId, userId, cap, add);
        if (inviting.includes(workspaceId)) add('invitation', await this.home.invitationsPending(em, workspaceId, userId, cap));
      });
    }
    return {
      sections: TODO_KINDS.map((kind) => ({ kind, ...mergeTodo(parts[kind], cap) })),
      itemsPerSection: cap,
      workspaceCount: memberOf.length,
    };
  }

  private async readMember(
    em: EntityManager,
    workspaceId: string,
    userId: string,
    cap: number,
    add: (kind: TodoKind, rows: TodoRow[]) => void,
  ): Promise<void> {
    add('charter_signature', await this.home.chartersToSign(em, workspaceId, userId, cap));
    add('checklist', await this.home.checklistsToFill(em, workspaceId, userId, cap));
    add('action', await this.home.actionsHeld(em, workspaceId, userId, cap));
    add('report_back', await this.home.reportBacksOwed(em, workspaceId, userId, cap, TODO_LIMITS.reportBackHorizonDays));
    add('meeting_rsvp', await this.home.meetingsToAnswer(em, workspaceId, userId, cap));
    add('minutes_review', await this.home.minutesToReview(em, workspaceId, userId, cap));
  }

  private part(kind: TodoKind, workspaceId: string, workspaceName: string, rows: TodoRow[]): TodoPart<TodoItemDto> {
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((row) => ({
        kind,
        id: row.id,
        title: row.title,
        workspaceId,
        workspaceName,
        processId: row.processId,
        processTitle: row.processTitle,
        dueOn: row.dueOn,
        overdue: row.overdue,
        role: row.role,
        path: pathOf(kind, workspaceId, row),
      })),
    };
  }
}

/** Where the web app lets the person act on the item. */
function pathOf(kind: TodoKind, workspaceId: string, row: TodoRow): string | null {
  const process = `/w/${workspaceId}/p/${row.processId ?? ''}`;
  switch (kind) {
    case 'charter_signature':
      return `${process}/charter`;
    case 'checklist':
      return `${process}/checklist`;
    case 'action':
      return `${process}/plan/${row.planId ?? ''}/actions/${row.id}`;
    case 'report_back':
      return `${process}/plan#report-backs-title`;
    case 'invitation':
      return null;
    case 'meeting_rsvp':
      return `${process}/meetings/${row.id}`;
    case 'minutes_review':
      return `${process}/meetings/${row.id}#minutes`;
  }
}
