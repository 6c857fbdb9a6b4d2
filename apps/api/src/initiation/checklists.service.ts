import { Injectable } from '@nestjs/common';
import {
  checklistAnswered,
  checklistAnswersProblem,
  completeChecklistAnswers,
  DomainError,
  DomainErrorCode,
  invalidInput,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { isoOrNull } from '../common/db/dates';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import { ChecklistsRepository } from './checklists.repository';
import type { ChecklistStatusListDto, MyChecklistDto, SaveChecklistDto, SharedChecklistDto } from './dto/checklists.dto';
import { personOf } from './service-helpers';

/**
 * The key questions for potential participants, answered by each stakeholder group for itself. Its
 * participants read and write it; conveners and facilitators read it only once the group shares it.
 */
@Injectable()
export class ChecklistsService {
  constructor(private readonly checklists: ChecklistsRepository) {}

  async mine(ctx: RequestContext): Promise<MyChecklistDto> {
    const process = processOf(ctx);
    const group = await this.checklists.representedGroup(ctx.em, process.id, ctx.actor.id);
    const row = group ? await this.checklists.findForGroup(ctx.em, group.id) : null;
    const answers = completeChecklistAnswers(row?.answers ?? []);
    return {
      group,
      answers,
      stance: row?.stance ?? 'undecided',
      sharedWithConveners: row?.sharedWithConveners ?? false,
      answered: checklistAnswered(answers),
      version: row?.version ?? 0,
      updatedAt: isoOrNull(row?.updatedAt),
      updatedBy: personOf(row?.updater),
    };
  }

  async saveMine(ctx: RequestContext, dto: SaveChecklistDto): Promise<MyChecklistDto> {
    const problem = checklistAnswersProblem(dto.answers);
    if (problem) throw invalidInput('answersInvalid', problem.message, problem.field);
    const process = processOf(ctx);
    const group = await this.checklists.representedGroup(ctx.em, process.id, ctx.actor.id);
    if (!group) {
      throw new DomainError(
        DomainErrorCode.NO_STAKEHOLDER_GROUP,
        'You represent no stakeholder group yet; ask the convener to record whom you represent.',
      );
    }
    const saved = await this.checklists.save(ctx.em, {
      groupId: group.id,
      workspaceId: process.workspaceId,
      processId: process.id,
      answers: completeChecklistAnswers(dto.answers),
      stance: dto.stance,
      sharedWithConveners: dto.sharedWithConveners,
      updatedBy: ctx.actor.id,
      version: dto.version,
    });
    if (!saved) throw versionConflict('Someone of your group saved the checklist since you loaded it.', await this.mine(ctx));
    // The answers and the stance are the group's own until it shares them: the event says only that it saved.
    recordAudit(ctx, {
      objectType: 'participant_checklist',
      action: 'saved',
      objectId: group.id,
      payload: { version: dto.version + 1, shared: dto.sharedWithConveners },
    });
    return this.mine(ctx);
  }

  async statuses(ctx: RequestContext): Promise<ChecklistStatusListDto> {
    const process = processOf(ctx);
    const rows = await this.checklists.statuses(ctx.em, process.id);
    const items = rows.map((row) => ({
      group: { id: row.id, name: row.name },
      indispensable: row.indispensable,
      shared: row.shared,
      stance: row.stance,
      answered: row.answers ? checklistAnswered(row.answers) : null,
      updatedAt: isoOrNull(row.updatedAt),
    }));
    return { items, shared: items.filter((item) => item.shared).length };
  }

  /** 404 for a group that did not share, exactly as for one that does not exist: nothing leaks. */
  async shared(ctx: RequestContext, groupId: string): Promise<SharedChecklistDto> {
    const process = processOf(ctx);
    const row = await this.checklists.findShared(ctx.em, process.id, groupId);
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'This group has not shared a checklist with the conveners.');
    const answers = completeChecklistAnswers(row.answers);
    return {
      group: { id: row.group.id, name: row.group.name },
      answers,
      stance: row.stance,
      answered: checklistAnswered(answers),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
