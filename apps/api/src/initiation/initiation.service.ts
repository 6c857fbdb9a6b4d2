import { Injectable } from '@nestjs/common';
import {
  completeKeyQuestionAnswers,
  invalidInput,
  type FieldProblem,
  fundingOutlook,
  fundingPositions,
  hostingProblem,
  keyQuestionAnswersProblem,
  mouProblem,
  riskSummary,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { isoOrNull } from '../common/db/dates';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import type {
  DocumentStampDto,
  FundingDto,
  HostingDto,
  InitiationSummaryDto,
  KeyQuestionsDto,
  MouDto,
  RealityCheckDto,
  SaveHostingDto,
  SaveKeyQuestionsDto,
  SaveMouDto,
  SaveRealityCheckDto,
} from './dto/initiation.dto';
import {
  type InitiationDocumentEntity,
  InitiationHostingEntity,
  InitiationKeyQuestionsEntity,
  InitiationMouEntity,
  InitiationRealityCheckEntity,
} from './initiation-documents.entity';
import { type FundingTotals, InitiationRepository } from './initiation.repository';
import { personOf } from './service-helpers';

const stamp = (document: InitiationDocumentEntity | null): DocumentStampDto => ({
  version: document?.version ?? 0,
  updatedAt: isoOrNull(document?.updatedAt),
  updatedBy: personOf(document?.updater),
});

const funding = (totals: FundingTotals): FundingDto => {
  const positions = fundingPositions(totals.costs, totals.funding);
  return { outlook: fundingOutlook(positions), positions };
};

/** The documents' shape rules (answers, hosts, MoU), each with its reason for translation. */
function rejectProblem(problem: FieldProblem | null, reason: 'answersInvalid' | 'hostingInvalid' | 'mouInvalid'): void {
  if (problem) throw invalidInput(reason, problem.message, problem.field);
}

/** The documents the initiators edit as a whole (key questions, hosts, MoU, reality check) and the summary. */
@Injectable()
export class InitiationService {
  constructor(private readonly initiation: InitiationRepository) {}

  async summary(ctx: RequestContext): Promise<InitiationSummaryDto> {
    const process = processOf(ctx);
    const { keyAnswers, ...rest } = await this.initiation.counts(ctx.em, process.id);
    const totals = await this.initiation.fundingTotals(ctx.em, process.id);
    return { ...rest, risk: riskSummary(keyAnswers ?? []), funding: funding(totals) };
  }

  async keyQuestions(ctx: RequestContext): Promise<KeyQuestionsDto> {
    const document = await this.document(ctx, InitiationKeyQuestionsEntity);
    const answers = completeKeyQuestionAnswers(document?.answers ?? []);
    return { ...stamp(document), answers, summary: riskSummary(answers) };
  }

  async saveKeyQuestions(ctx: RequestContext, dto: SaveKeyQuestionsDto): Promise<KeyQuestionsDto> {
    rejectProblem(keyQuestionAnswersProblem(dto.answers), 'answersInvalid');
    await this.save(
      ctx,
      InitiationKeyQuestionsEntity,
      dto.version,
      { answers: completeKeyQuestionAnswers(dto.answers) },
      'the key questions',
      () => this.keyQuestions(ctx),
    );
    recordAudit(ctx, {
      objectType: 'key_questions',
      action: 'updated',
      objectId: ctx.processId as string,
      payload: { version: dto.version + 1 },
    });
    return this.keyQuestions(ctx);
  }

  async hosting(ctx: RequestContext): Promise<HostingDto> {
    const document = await this.document(ctx, InitiationHostingEntity);
    return { ...stamp(document), model: document?.model ?? null, hosts: document?.hosts ?? [], rotationNote: document?.rotationNote ?? '' };
  }

  async saveHosting(ctx: RequestContext, { version, ...fields }: SaveHostingDto): Promise<HostingDto> {
    rejectProblem(hostingProblem(fields.model, fields.hosts), 'hostingInvalid');
    await this.save(ctx, InitiationHostingEntity, version, fields, 'the host arrangement', () => this.hosting(ctx));
    recordAudit(ctx, {
      objectType: 'hosting',
      action: 'updated',
      objectId: ctx.processId as string,
      payload: { fields: Object.keys(fields), version: version + 1 },
    });
    return this.hosting(ctx);
  }

  async mou(ctx: RequestContext): Promise<MouDto> {
    const document = await this.document(ctx, InitiationMouEntity);
    return {
      ...stamp(document),
      text: document?.text ?? '',
      status: document?.status ?? 'draft',
      agreedOn: document?.agreedOn ?? null,
      parties: document?.parties ?? [],
    };
  }

  async saveMou(ctx: RequestContext, { version, ...fields }: SaveMouDto): Promise<MouDto> {
    rejectProblem(mouProblem(fields.status, fields.agreedOn, fields.parties), 'mouInvalid');
    await this.save(ctx, InitiationMouEntity, version, fields, 'the memorandum', () => this.mou(ctx));
    recordAudit(ctx, {
      objectType: 'mou',
      action: 'updated',
      objectId: ctx.processId as string,
      payload: { fields: Object.keys(fields), version: version + 1 },
    });
    return this.mou(ctx);
  }

  async realityCheck(ctx: RequestContext): Promise<RealityCheckDto> {
    const document = await this.document(ctx, InitiationRealityCheckEntity);
    const totals = await this.initiation.fundingTotals(ctx.em, ctx.processId as string);
    return {
      ...stamp(document),
      contingencyPlan: document?.contingencyPlan ?? '',
      funding: funding(totals),
      costLines: totals.costLines,
      fundingSources: totals.fundingSources,
    };
  }

  async saveRealityCheck(ctx: RequestContext, { version, ...fields }: SaveRealityCheckDto): Promise<RealityCheckDto> {
    await this.save(ctx, InitiationRealityCheckEntity, version, fields, 'the reality check', () => this.realityCheck(ctx));
    recordAudit(ctx, {
      objectType: 'reality_check',
      action: 'updated',
      objectId: ctx.processId as string,
      payload: { fields: Object.keys(fields), version: version + 1 },
    });
    return this.realityCheck(ctx);
  }

  private async document<T extends InitiationDocumentEntity>(ctx: RequestContext, target: new () => T): Promise<T | null> {
    const process = processOf(ctx);
    return this.initiation.findDocument(ctx.em, target, process.id);
  }

  /** Saves at the loaded version, or answers 409 with the document as it is now. */
  private async save<T extends InitiationDocumentEntity>(
    ctx: RequestContext,
    target: new () => T,
    version: number,
    fields: Partial<T>,
    what: string,
    current: () => Promise<unknown>,
  ): Promise<void> {
    const process = processOf(ctx);
    const saved = await this.initiation.saveDocument(ctx.em, target, {
      processId: process.id,
      workspaceId: process.workspaceId,
      updatedBy: ctx.actor.id,
      version,
      fields,
    });
    if (!saved) throw versionConflict(`Someone saved ${what} since you loaded it.`, await current());
  }
}
