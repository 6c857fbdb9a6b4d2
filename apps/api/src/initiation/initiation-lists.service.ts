import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { keysetCursor } from '../common/db/cursor';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import type { ListItemDto, ListQueryDto } from './dto/initiation-lists.dto';
import type { InitiationListItemEntity } from './initiation-lists.entity';
import { InitiationListsRepository } from './initiation-lists.repository';
import type { ListFields, ListSpec } from './initiation-lists.specs';

const DEFAULT_PAGE = 25;

/** Listing, adding, editing (at a version) and removing the rows of any initiation list. */
@Injectable()
export class InitiationListsService {
  constructor(private readonly lists: InitiationListsRepository) {}

  async page<E extends InitiationListItemEntity, D extends ListItemDto>(
    ctx: RequestContext,
    spec: ListSpec<E, D>,
    query: ListQueryDto,
  ): Promise<{ items: D[]; nextCursor: string | null }> {
    const process = processOf(ctx);
    const limit = query.limit ?? DEFAULT_PAGE;
    const rows = await this.lists.page(ctx.em, spec.target, process.id, {
      search: query.q || null,
      searchable: spec.searchable,
      limit,
      after: keysetCursor.decodeOptional(query.cursor),
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map((row) => spec.toDto(row.item)), nextCursor: rows.length > limit && last ? keysetCursor.encode(last.cursor) : null };
  }

  async add<E extends InitiationListItemEntity, D extends ListItemDto>(
    ctx: RequestContext,
    spec: ListSpec<E, D>,
    fields: ListFields<E>,
  ): Promise<D> {
    const process = processOf(ctx);
    const row = await this.lists.insert(ctx.em, spec.target, {
      ...fields,
      workspaceId: process.workspaceId,
      processId: process.id,
    } as Partial<E>);
    recordAudit(ctx, { objectType: spec.objectType, action: 'created', objectId: row.id });
    return spec.toDto(row);
  }

  async replace<E extends InitiationListItemEntity, D extends ListItemDto>(
    ctx: RequestContext,
    spec: ListSpec<E, D>,
    id: string,
    { version, ...fields }: ListFields<E> & { version: number },
  ): Promise<D> {
    const process = processOf(ctx);
    const current = await this.lists.find(ctx.em, spec.target, process.id, id);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, `No such ${spec.noun}.`);
    if (!(await this.lists.update(ctx.em, spec.target, process.id, id, version, fields as unknown as Partial<E>))) {
      throw versionConflict(`Someone changed this ${spec.noun} since you loaded it.`, spec.toDto(current));
    }
    recordAudit(ctx, {
      objectType: spec.objectType,
      action: 'updated',
      objectId: id,
      payload: { fields: Object.keys(fields), version: version + 1 },
    });
    return spec.toDto((await this.lists.find(ctx.em, spec.target, process.id, id)) as E);
  }

  async remove<E extends InitiationListItemEntity, D extends ListItemDto>(
    ctx: RequestContext,
    spec: ListSpec<E, D>,
    id: string,
  ): Promise<void> {
    const process = processOf(ctx);
    if (!(await this.lists.remove(ctx.em, spec.target, process.id, id)))
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No such ${spec.noun}.`);
    recordAudit(ctx, { objectType: spec.objectType, action: 'deleted', objectId: id });
  }
}
