import { createDataSource } from './data-source';

/** The role every app connection belongs to; created by the first migration. */
export const APP_GROUP_ROLE = 'cg_app';

/** Applies pending migrations as the schema owner; returns the names applied. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const dataSource = createDataSource(ownerUrl, 2);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Creates (or updates the password of) the login role the embedded setup connects as:
 * a member of cg_app, never superuser, owner or BYPASSRLS, so row-level security applies to it.
 */
export async function ensureAppLogin(ownerUrl: string, login: string, password: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(login)) throw new Error(`Invalid role name ${login}`);
  const dataSource = createDataSource(ownerUrl, 1);
  await dataSource.initialize();
  try {
    const exists = await dataSource.query<unknown[]>('select 1 from pg_roles where rolname = $1', [login]);
    const literal = await dataSource.query<{ q: string }[]>('select quote_literal($1) as q', [password]);
    const verb = exists.length === 0 ? 'create' : 'alter';
    await dataSource.query(`${verb} role ${login} with login nosuperuser nobypassrls nocreatedb nocreaterole password ${literal[0].q}`);
    await dataSource.query(`grant ${APP_GROUP_ROLE} to ${login}`);
  } finally {
    await dataSource.destroy();
  }
}

export function urlWithCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
}
