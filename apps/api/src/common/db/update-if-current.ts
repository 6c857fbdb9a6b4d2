import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A column's new value, or raw SQL for it (e.g. `() => 'now()'`), as TypeORM's own `set()` accepts. */
export type Changes<T> = { [K in keyof T]?: T[K] | (() => string) };

/**
 * Optimistic locking, explicit (TypeORM's `@VersionColumn` does not check on save()):
 * `UPDATE … SET …, version = version + 1 WHERE <key> AND version = $n`. True when the row was still at
 * `version` and changed; false when someone changed it first (or it is gone), which callers answer 409.
 * Column names come from the entity's metadata, never from the caller's strings: a property the entity
 * does not map is a programming error and throws. `updated_at` moves when the entity has one.
 */
export async function updateIfCurrent<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  key: Partial<T>,
  version: number,
  changes: Changes<T>,
): Promise<boolean> {
  const metadata = em.connection.getMetadata(target);
  const params: unknown[] = [];
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column for "${property}"`);
    return found;
  };
  const quote = (name: string) => `"${name}"`;

  const sets: string[] = [];
  for (const [property, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const target = column(property);
    if (target.isVersion || target.propertyName === 'version') throw new Error('updateIfCurrent moves the version itself');
    if (typeof value === 'function') {
      sets.push(`${quote(target.databaseName)} = ${(value as () => string)()}`);
    } else {
      params.push(em.connection.driver.preparePersistentValue(value, target));
      sets.push(`${quote(target.databaseName)} = $${params.length}`);
    }
  }
  sets.push('"version" = "version" + 1');
  const updated = metadata.updateDateColumn;
  if (updated && !(updated.propertyName in changes)) sets.push(`${quote(updated.databaseName)} = now()`);

  const where: string[] = [];
  for (const [property, value] of Object.entries(key)) {
    params.push(value);
    where.push(`${quote(column(property).databaseName)} = $${params.length}`);
  }
  if (where.length === 0) throw new Error('updateIfCurrent needs a key');
  params.push(version);
  where.push(`"version" = $${params.length}`);

  // In a CTE, so the driver answers rows (a bare UPDATE comes back as [rows, count]).
  const rows = await em.query<{ changed: number }[]>(
    `with changed as (update ${quote(metadata.tableName)} set ${sets.join(', ')} where ${where.join(' and ')} returning 1)
     select count(*)::int as changed from changed`,
    params,
  );
  return rows[0]?.changed === 1;
}
