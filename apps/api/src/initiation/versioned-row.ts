import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { updateIfCurrent } from '../common/db/update-if-current';

interface VersionedSave<T> {
  /** The row's key, e.g. `{ processId }`. */
  key: Partial<T>;
  workspaceId: string;
  fields: Partial<T>;
  /** The version the writer loaded; 0 when there was no row yet. */
  version: number;
}

/**
 * Optimistic locking for a document saved as a whole: at version 0 it is inserted unless someone
 * inserted it first; otherwise it is updated only if still at `version`. False means a conflict.
 */
export async function saveVersionedRow<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  save: VersionedSave<T>,
): Promise<boolean> {
  if (save.version === 0) {
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(target)
      .values({ ...save.key, workspaceId: save.workspaceId, ...save.fields })
      .orIgnore()
      .returning('version')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
  return updateIfCurrent(em, target, save.key, save.version, save.fields);
}
