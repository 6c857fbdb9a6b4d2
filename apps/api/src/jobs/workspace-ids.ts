import type { EntityManager } from 'typeorm';

/**
 * Every workspace's id, for a sweep that fans out one job per workspace. The app role cannot list other
 * workspaces (row-level security); `job_workspace_ids()` is the one narrow SECURITY DEFINER exception and
 * returns ids only: the per-workspace job then reads inside that workspace's scope.
 */
export async function workspaceIds(em: EntityManager): Promise<string[]> {
  const rows = await em.query<{ id: string }[]>('SELECT id FROM job_workspace_ids() AS id');
  return rows.map((row) => row.id);
}
