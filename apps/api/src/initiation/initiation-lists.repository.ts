import { Injectable } from '@nestjs/common';
import { Brackets, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { updateIfCurrent } from '../common/db/update-if-current';
import type { InitiationListItemEntity } from './initiation-lists.entity';
import type { KeysetCursor } from '../common/db/cursor';
import { containsPattern } from '../common/db/like';

export interface PageRequest {
  /** Words to look for in the searchable columns; null lists everything. */
  search: string | null;
  searchable: readonly string[];
  limit: number;
  after: KeysetCursor | null;
}

/** The rows of the initiation lists (champions, core group, resources, cost lines, funding), whatever the kind. */
@Injectable()
export class InitiationListsRepository {
  /** Up to `limit + 1` rows after the cursor, oldest first (keyset pagination on created_at, id). */
  async page<E extends InitiationListItemEntity>(
    em: EntityManager,
    target: new () => E,
    processId: string,
    request: PageRequest,
  ): Promise<{ item: E; cursor: KeysetCursor }[]> {
    const query = em
      .createQueryBuilder(target, 'i')
      .addSelect(`to_char(i.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_at')
      .where('i.processId = :processId', { processId })
      .orderBy('i.createdAt', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(request.limit + 1);
    if (request.search) {
      const search = containsPattern(request.search);
      query.andWhere(
        new Brackets((any) => {
          for (const column of request.searchable) any.orWhere(`i.${column} ilike :search`, { search });
        }),
      );
    }
    if (request.after) {
      query.andWhere('(i.createdAt, i.id) > (cast(:afterAt as timestamptz), cast(:afterId as uuid))', {
        afterAt: request.after.createdAt,
        afterId: request.after.id,
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ cursor_at: string }>();
    return entities.map((item, index) => ({ item, cursor: { createdAt: raw[index].cursor_at, id: item.id } }));
  }

  find<E extends InitiationListItemEntity>(em: EntityManager, target: new () => E, processId: string, id: string): Promise<E | null> {
    return em.findOneBy(target, { processId, id } as FindOptionsWhere<E>);
  }

  /** Inserts the row and reads it back, so amounts come back in PostgreSQL's canonical form ("4000.00"). */
  async insert<E extends InitiationListItemEntity>(em: EntityManager, target: new () => E, row: Partial<E>): Promise<E> {
    const saved = await em.save(target, em.create(target, row as never));
    return em.findOneByOrFail(target, { id: saved.id } as FindOptionsWhere<E>);
  }

  /** Changes the row only if it is still at `version`; false when someone changed it meanwhile. */
  async update<E extends InitiationListItemEntity>(
    em: EntityManager,
    target: new () => E,
    processId: string,
    id: string,
    version: number,
    fields: Partial<E>,
  ): Promise<boolean> {
    return updateIfCurrent<E>(em, target, { processId, id } as Partial<E>, version, fields);
  }

  async remove<E extends InitiationListItemEntity>(
    em: EntityManager,
    target: new () => E,
    processId: string,
    id: string,
  ): Promise<boolean> {
    const result = await em.delete(target, { processId, id });
    return result.affected === 1;
  }
}
