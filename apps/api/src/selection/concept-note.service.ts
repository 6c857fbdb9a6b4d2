import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import type {
  ConceptNoteDto,
  ConceptNoteVersionDto,
  ConceptNoteVersionListDto,
  ConceptNoteVersionListQueryDto,
  SaveConceptNoteDto,
} from './dto/selection.dto';
import { recordAudit } from '../audit/record-audit';
import { type ConceptNoteRow, SelectionRepository } from './selection.repository';

const DEFAULT_PAGE = 20;

function toSummary(row: Omit<ConceptNoteRow, 'body'>) {
  return {
    number: row.number,
    author: { id: row.authorId, displayName: row.authorName },
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

const toVersion = (row: ConceptNoteRow): ConceptNoteVersionDto => ({ ...toSummary(row), body: row.body });

/** The concept note (Lesson 11 §3 "Formulating the idea"): every save is a new version; none is ever overwritten. */
@Injectable()
export class ConceptNoteService {
  constructor(private readonly selection: SelectionRepository) {}

  async latest(ctx: RequestContext): Promise<ConceptNoteDto> {
    const process = processOf(ctx);
    const row = await this.selection.latestConceptNote(ctx.em, process.id);
    return { latest: row ? toVersion(row) : null };
  }

  async versions(ctx: RequestContext, query: ConceptNoteVersionListQueryDto): Promise<ConceptNoteVersionListDto> {
    const process = processOf(ctx);
    const limit = query.limit ?? DEFAULT_PAGE;
    const rows = await this.selection.listConceptNoteVersions(ctx.em, process.id, query.before ?? null, limit + 1);
    const page = rows.slice(0, limit);
    return { items: page.map(toSummary), nextBefore: rows.length > limit ? (page[page.length - 1]?.number ?? null) : null };
  }

  async version(ctx: RequestContext, number: number): Promise<ConceptNoteVersionDto> {
    const process = processOf(ctx);
    const row = await this.selection.conceptNoteVersion(ctx.em, process.id, number);
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'The concept note has no such version.');
    return toVersion(row);
  }

  /** Saves a new version on top of `baseVersion`; when someone saved after it, 409 with their version. */
  async save(ctx: RequestContext, dto: SaveConceptNoteDto): Promise<ConceptNoteVersionDto> {
    const process = processOf(ctx);
    const saved = await this.selection.insertConceptNote(
      ctx.em,
      { workspaceId: process.workspaceId, processId: process.id, body: dto.body, authorId: ctx.actor.id },
      dto.baseVersion,
    );
    if (!saved)
      throw versionConflict('Someone saved a newer version of the concept note since you loaded it.', (await this.latest(ctx)).latest);
    recordAudit(ctx, {
      objectType: 'concept_note',
      action: 'version_saved',
      objectId: process.id,
      payload: { number: dto.baseVersion + 1 },
    });
    return this.version(ctx, dto.baseVersion + 1);
  }
}
