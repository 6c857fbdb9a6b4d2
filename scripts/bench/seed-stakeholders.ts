/**
 * The stakeholder-map case of the benchmark: one process with a full-size register, seeded with
 * set-based SQL as the schema owner. 500 stakeholders across the process's stakeholder groups; four
 * blocks of 500 relationships, one kind each, linking stakeholder i to i + 1, 8, 15 or 22 (no pair twice).
 */
import pg from 'pg';

export const MAP_STAKEHOLDERS = 500;
export const MAP_RELATIONSHIPS = 2000;

export async function seedStakeholderMap(ownerUrl: string, workspaceId: string, processId: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const q = (text: string, params: unknown[] = []) => client.query(text, params);
  try {
    await q('begin');
    await q(
      `insert into stakeholder_groups (workspace_id, process_id, name, indispensable, position)
       select $1, $2, name, n <= 3, n from unnest($3::text[]) with ordinality as t(name, n)`,
      [
        workspaceId,
        processId,
        ['Civil society', "Women's organisations", 'Youth', 'Police', 'Military', 'Government', 'Private sector', 'International partners'],
      ],
    );
    await q(
      `insert into stakeholders (workspace_id, process_id, kind, name, group_id, influence, interest, stance, notes, contact_points)
       select $1, $2, case when n % 6 = 0 then 'individual' else 'organisation' end,
              'Stakeholder ' || lpad(n::text, 3, '0'),
              (select id from stakeholder_groups g where g.process_id = $2 order by position offset n % 9 limit 1),
              1 + n % 5, 1 + (n * 7) % 5, (array['supportive', 'neutral', 'opposed', 'unknown'])[1 + n % 4],
              'Seeded for the benchmark', jsonb_build_array(jsonb_build_object('kind', 'email', 'value', 'office' || n || '@bench.example', 'note', null))
         from generate_series(0, $3::int - 1) n`,
      [workspaceId, processId, MAP_STAKEHOLDERS],
    );
    await q(
      `with numbered as (select id, row_number() over (order by name) - 1 as i from stakeholders where process_id = $2)
       insert into stakeholder_relationships (workspace_id, process_id, source_id, target_id, kind, strength, note)
       select $1, $2, a.id, b.id, (array['alliance', 'tension', 'conflict', 'dependency'])[1 + k], 1 + (a.i + k) % 3, null
         from generate_series(0, 3) k
         join numbered a on true
         join numbered b on b.i = (a.i + 1 + 7 * k) % $3`,
      [workspaceId, processId, MAP_STAKEHOLDERS],
    );
    await q('commit');
    for (const table of ['stakeholder_groups', 'stakeholders', 'stakeholder_relationships']) await q(`vacuum (analyze) ${table}`);
    const count = async (table: string) =>
      Number(((await q(`select count(*)::int as c from ${table} where process_id = $1`, [processId])).rows[0] as { c: number }).c);
    return { mapStakeholders: await count('stakeholders'), mapRelationships: await count('stakeholder_relationships') };
  } catch (error) {
    await q('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
