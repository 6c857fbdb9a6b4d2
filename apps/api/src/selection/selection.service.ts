import { Injectable } from '@nestjs/common';
import {
  DO_NO_HARM_QUESTIONS,
  type DoNoHarmAnswers,
  doNoHarmStatus,
  DomainError,
  DomainErrorCode,
  NO_TARGETS,
  SELECTION_PROMPTS,
  unansweredQuestions,
} from '@common-ground/domain';
import { isoOrNull } from '../common/db/dates';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import type { DoNoHarmDto, SaveDoNoHarmDto, SaveSelectionCriteriaDto, SelectionCriteriaDto } from './dto/selection.dto';
import { SelectionRepository } from './selection.repository';

/** The selection criteria and diversity targets, and the Do-No-Harm self-assessment (Lesson 11 §3). */
@Injectable()
export class SelectionService {
  constructor(private readonly selection: SelectionRepository) {}

  async criteria(ctx: RequestContext): Promise<SelectionCriteriaDto> {
    const process = processOf(ctx);
    const row = await this.selection.findCriteria(ctx.em, process.id);
    return {
      criteria: row?.criteria ?? '',
      minWomenPercent: row?.minWomenPercent ?? NO_TARGETS.minWomenPercent,
      everyIndispensableGroup: row?.everyIndispensableGroup ?? NO_TARGETS.everyIndispensableGroup,
      minRegions: row?.minRegions ?? NO_TARGETS.minRegions,
      ageBandMinimums: row?.ageBandMinimums ?? NO_TARGETS.ageBandMinimums,
      version: row?.version ?? 0,
      updatedAt: isoOrNull(row?.updatedAt),
      updatedBy: row ? { id: row.updatedBy, displayName: row.updaterName } : null,
      prompts: [...SELECTION_PROMPTS],
    };
  }

  async saveCriteria(ctx: RequestContext, dto: SaveSelectionCriteriaDto): Promise<SelectionCriteriaDto> {
    const process = processOf(ctx);
    const saved = await this.selection.saveCriteria(
      ctx.em,
      {
        processId: process.id,
        workspaceId: process.workspaceId,
        criteria: dto.criteria,
        minWomenPercent: dto.minWomenPercent ?? null,
        everyIndispensableGroup: dto.everyIndispensableGroup,
        minRegions: dto.minRegions ?? null,
        // Only the bands given: the DTO instance would also carry undefined ones.
        ageBandMinimums: Object.fromEntries(Object.entries(dto.ageBandMinimums).filter(([, minimum]) => typeof minimum === 'number')),
        updatedBy: ctx.actor.id,
      },
      dto.version,
    );
    if (!saved) throw versionConflict('Someone saved the selection criteria since you loaded them.', await this.criteria(ctx));
    recordAudit(ctx, {
      objectType: 'selection_criteria',
      action: 'updated',
      objectId: process.id,
      payload: { fields: changedFields(dto), version: dto.version + 1 },
    });
    return this.criteria(ctx);
  }

  async doNoHarm(ctx: RequestContext): Promise<DoNoHarmDto> {
    const process = processOf(ctx);
    const row = await this.selection.findDoNoHarm(ctx.em, process.id);
    const answers = row?.answers ?? {};
    return {
      questions: DO_NO_HARM_QUESTIONS.map((question) => ({ ...question })),
      answers: DO_NO_HARM_QUESTIONS.flatMap((question) => {
        const answer = answers[question.key];
        return answer ? [{ key: question.key, rating: answer.rating, mitigation: answer.mitigation }] : [];
      }),
      status: doNoHarmStatus(answers, Boolean(row?.completedAt)),
      completedAt: isoOrNull(row?.completedAt),
      completedBy: row?.completedBy ? { id: row.completedBy, displayName: row.completerName ?? '' } : null,
      version: row?.version ?? 0,
      updatedAt: isoOrNull(row?.updatedAt),
    };
  }

  async saveDoNoHarm(ctx: RequestContext, dto: SaveDoNoHarmDto): Promise<DoNoHarmDto> {
    const process = processOf(ctx);
    const answers: DoNoHarmAnswers = Object.fromEntries(dto.answers.map(({ key, rating, mitigation }) => [key, { rating, mitigation }]));
    if (
      !(await this.selection.saveDoNoHarmAnswers(
        ctx.em,
        { workspaceId: process.workspaceId, processId: process.id },
        answers,
        ctx.actor.id,
        dto.version,
      ))
    ) {
      throw versionConflict('Someone saved the Do-No-Harm assessment since you loaded it.', await this.doNoHarm(ctx));
    }
    recordAudit(ctx, {
      objectType: 'do_no_harm',
      action: 'updated',
      objectId: process.id,
      payload: { answered: dto.answers.length, version: dto.version + 1 },
    });
    return this.doNoHarm(ctx);
  }

  /** A convener's mark that the assessment is done; every question must be answered first. */
  async completeDoNoHarm(ctx: RequestContext, version: number): Promise<DoNoHarmDto> {
    const process = processOf(ctx);
    const row = await this.selection.findDoNoHarm(ctx.em, process.id);
    const open = unansweredQuestions(row?.answers ?? {});
    if (open.length > 0) {
      throw new DomainError(
        DomainErrorCode.DO_NO_HARM_INCOMPLETE,
        `Answer every question (a rating and a mitigation) first; still open: ${open.map((question) => question.title).join(', ')}.`,
      );
    }
    if (!(await this.selection.completeDoNoHarm(ctx.em, process.id, ctx.actor.id, version))) {
      throw versionConflict('Someone changed the Do-No-Harm assessment since you loaded it.', await this.doNoHarm(ctx));
    }
    recordAudit(ctx, { objectType: 'do_no_harm', action: 'completed', objectId: process.id, payload: { version: version + 1 } });
    return this.doNoHarm(ctx);
  }
}
