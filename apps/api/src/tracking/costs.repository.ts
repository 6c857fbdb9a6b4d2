import { Injectable } from '@nestjs/common';
import type { CostAmount, CostStatus } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';

export interface CostLineRow {
  id: string;
  actionId: string;
  planId: string;
  item: string;
  /** numeric(14,2) as text: exact. */
  amount: string;
  currency: string;
  fundingSource: string;
  status: CostStatus;
  version: number;
}

export interface CostLineWrite {
  item: string;
  /** A decimal string with two decimals, e.g. "1500.50". */
  amount: string;
  currency: string;
  fundingSource: string;
  status: CostStatus;
}

const LINE_SELECT = `select id, action_id as "actionId", plan_id as "planId", item, amount::text as amount, currency, funding_source as "fundingSource", status, version from cost_lines`;

/** Cost lines of actions. Amounts travel as text, so no cent is lost to floating point. */
@Injectable()
export class CostsRepository {
  listForAction(em: EntityManager, actionId: string): Promise<CostLineRow[]> {
    return em.query<CostLineRow[]>(`${LINE_SELECT} where action_id = $1 order by created_at, id`, [actionId]);
  }

  async find(em: EntityManager, processId: string, id: string): Promise<CostLineRow | null> {
    const rows = await em.query<CostLineRow[]>(`${LINE_SELECT} where process_id = $1 and id = $2`, [processId, id]);
    return rows[0] ?? null;
  }

  async countForAction(em: EntityManager, actionId: string): Promise<number> {
    const rows = await em.query<{ count: number }[]>('select count(*)::int as count from cost_lines where action_id = $1', [actionId]);
    return rows[0].count;
  }

  async insert(
    em: EntityManager,
    action: { id: string; planId: string; workspaceId: string; processId: string },
    line: CostLineWrite,
    userId: string,
  ): Promise<string> {
    const rows = await em.query<{ id: string }[]>(
      `insert into cost_lines (workspace_id, process_id, plan_id, action_id, item, amount, currency, funding_source, status, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
      [
        action.workspaceId,
        action.processId,
        action.planId,
        action.id,
        line.item,
        line.amount,
        line.currency,
        line.fundingSource,
        line.status,
        userId,
      ],
    );
    return rows[0].id;
  }

  /** Writes the line at `version`; false when someone changed it first. */
  async update(em: EntityManager, id: string, version: number, line: CostLineWrite): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `with updated as (
         update cost_lines set item = $3, amount = $4, currency = $5, funding_source = $6, status = $7, version = version + 1, updated_at = now()
          where id = $1 and version = $2 returning id)
       select id from updated`,
      [id, version, line.item, line.amount, line.currency, line.fundingSource, line.status],
    );
    return rows.length > 0;
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.query('delete from cost_lines where id = $1', [id]);
  }

  /** A plan's costs summed per currency, funding source and status (the domain adds them up further). */
  planSums(em: EntityManager, planId: string): Promise<CostAmount[]> {
    return em.query<CostAmount[]>(
      `select currency, funding_source as "fundingSource", status, sum(amount)::text as amount
         from cost_lines where plan_id = $1 group by currency, funding_source, status`,
      [planId],
    );
  }

  /** Each action's costs of a plan summed per currency, for the export. */
  actionSums(em: EntityManager, planId: string): Promise<{ actionId: string; currency: string; amount: string }[]> {
    return em.query<{ actionId: string; currency: string; amount: string }[]>(
      `select action_id as "actionId", currency, sum(amount)::text as amount from cost_lines where plan_id = $1 group by action_id, currency order by currency`,
      [planId],
    );
  }
}
