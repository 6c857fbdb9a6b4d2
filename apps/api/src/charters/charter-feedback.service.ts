import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, isEditable } from '@common-ground/domain';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../common/request-context';
import { type AmendmentRow, CharterFeedbackRepository } from './charter-feedback.repository';
import { ChartersRepository } from './charters.repository';
import { notifyAmendmentDecided, notifyAmendmentProposed } from '../notifications/producers';
import { ChartersService, processFacts } from './charters.service';
import type {
  CharterAmendmentDto,
  CharterAmendmentListDto,
  CharterCommentDto,
  CharterCommentListDto,
  CreateCharterAmendmentDto,
  CreateCharterCommentDto,
} from './dto/charter.dto';

const amendmentDto = (row: AmendmentRow): CharterAmendmentDto => ({
  id: row.id,
  versionId: row.versionId,
  sectionKey: row.sectionKey,
  proposedText: row.proposedText,
  rationale: row.rationale,
  status: row.status,
  decisionReason: row.decisionReason,
  author: { id: row.authorId, displayName: row.authorName },
  decidedBy: row.decidedBy ? { id: row.decidedBy, displayName: row.deciderName ?? '' } : null,
  createdAt: new Date(row.createdAt).toISOString(),
  decidedAt: row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
});

/** Comments on sections, and amendments a facilitator accepts into the draft or rejects with a reason. */
@Injectable()
export class CharterFeedbackService {
  constructor(
    private readonly feedback: CharterFeedbackRepository,
    private readonly charters: ChartersRepository,
    private readonly versions: ChartersService,
  ) {}

  async comments(ctx: RequestContext, versionId: string): Promise<CharterCommentListDto> {
    const version = await this.versions.load(ctx, versionId);
    const rows = await this.feedback.listComments(ctx.em, version.id);
    return {
      items: rows.map((row) => ({
        id: row.id,
        sectionKey: row.sectionKey,
        body: row.body,
        author: { id: row.authorId, displayName: row.authorName },
        createdAt: new Date(row.createdAt).toISOString(),
      })),
    };
  }

  async comment(ctx: RequestContext, versionId: string, dto: CreateCharterCommentDto): Promise<CharterCommentDto> {
    const version = await this.versions.load(ctx, versionId);
    const saved = await this.feedback.insertComment(ctx.em, {
      workspaceId: version.workspaceId,
      processId: version.processId,
      versionId: version.id,
      sectionKey: dto.sectionKey,
      body: dto.body.trim(),
      authorId: ctx.actor.id,
    });
    recordAudit(ctx, {
      objectType: 'charter_comment',
      action: 'created',
      objectId: saved.id,
      payload: { versionId: version.id, sectionKey: dto.sectionKey ?? null },
    });
    return {
      id: saved.id,
      sectionKey: saved.sectionKey,
      body: saved.body,
      author: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      createdAt: saved.createdAt.toISOString(),
    };
  }

  async amendments(ctx: RequestContext, versionId: string): Promise<CharterAmendmentListDto> {
    const version = await this.versions.load(ctx, versionId);
    return { items: (await this.feedback.listAmendments(ctx.em, version.id)).map(amendmentDto) };
  }

  async propose(ctx: RequestContext, versionId: string, dto: CreateCharterAmendmentDto): Promise<CharterAmendmentDto> {
    const version = await this.versions.load(ctx, versionId);
    if (!isEditable(version.status)) {
      throw new DomainError(
        DomainErrorCode.CHARTER_STATE_INVALID,
        'Amendments are proposed on a draft; this version is ' + version.status + '.',
      );
    }
    const id = await this.feedback.insertAmendment(ctx.em, {
      workspaceId: version.workspaceId,
      processId: version.processId,
      versionId: version.id,
      sectionKey: dto.sectionKey,
      proposedText: dto.proposedText,
      rationale: dto.rationale?.trim() || null,
      authorId: ctx.actor.id,
    });
    recordAudit(ctx, {
      objectType: 'charter_amendment',
      action: 'proposed',
      objectId: id,
      payload: { versionId: version.id, sectionKey: dto.sectionKey },
    });
    await notifyAmendmentProposed(ctx.em, processFacts(ctx), { id, versionNumber: version.number, sectionKey: dto.sectionKey }, ctx.actor);
    return amendmentDto((await this.feedback.findAmendment(ctx.em, version.processId, id)) as AmendmentRow);
  }

  /** Accepting writes the suggested text into the draft's section, as an edit of the draft (version + 1). */
  async decide(ctx: RequestContext, amendmentId: string, accept: boolean, reason: string | undefined): Promise<CharterAmendmentDto> {
    const process = ctx.processId as string;
    const amendment = await this.feedback.findAmendment(ctx.em, process, amendmentId);
    if (!amendment) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such amendment.');
    const trimmed = reason?.trim() || null;
    if (!accept && (!trimmed || trimmed.length < 3))
      throw new DomainError(DomainErrorCode.REASON_REQUIRED, 'Say why the amendment is rejected.', 'reason');
    if (amendment.status !== 'open')
      throw new DomainError(DomainErrorCode.CHARTER_STATE_INVALID, `This amendment was already ${amendment.status}.`);
    if (accept) {
      const draft = await this.versions.load(ctx, amendment.versionId);
      if (!isEditable(draft.status))
        throw new DomainError(
          DomainErrorCode.CHARTER_STATE_INVALID,
          `The version is ${draft.status}; withdraw it to a draft before accepting amendments.`,
        );
      const content = { ...draft.content, sections: { ...draft.content.sections, [amendment.sectionKey]: amendment.proposedText } };
      if (!(await this.charters.updateIfCurrent(ctx.em, draft.id, draft.version, { content }))) {
        throw new DomainError(DomainErrorCode.VERSION_CONFLICT, 'The draft changed at the same moment; try again.');
      }
    }
    if (!(await this.feedback.decide(ctx.em, amendment.id, accept ? 'accepted' : 'rejected', trimmed, ctx.actor.id))) {
      throw new DomainError(DomainErrorCode.CHARTER_STATE_INVALID, 'Someone decided this amendment at the same moment.');
    }
    recordAudit(ctx, {
      objectType: 'charter_amendment',
      action: accept ? 'accepted' : 'rejected',
      objectId: amendment.id,
      payload: { versionId: amendment.versionId, sectionKey: amendment.sectionKey },
    });
    const decided = await this.versions.load(ctx, amendment.versionId);
    await notifyAmendmentDecided(
      ctx.em,
      processFacts(ctx),
      {
        id: amendment.id,
        versionNumber: decided.number,
        sectionKey: amendment.sectionKey,
        authorId: amendment.authorId,
        outcome: accept ? 'accepted' : 'rejected',
      },
      ctx.actor.id,
    );
    return amendmentDto((await this.feedback.findAmendment(ctx.em, process, amendment.id)) as AmendmentRow);
  }
}
