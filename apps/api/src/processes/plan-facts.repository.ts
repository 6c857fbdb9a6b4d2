import { Injectable } from '@nestjs/common';
import type { PlanFacts } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';

/** What the Implement gate reads about the action plans, in one statement. Dropped actions do not count. */
@Injectable()
export class PlanFactsRepository {
  async read(em: EntityManager, processId: string): Promise<PlanFacts> {
    const rows = await em.query<PlanFacts[]>(
      `select
         (select count(*) from action_plans where process_id = $1 and status = 'approved')::int as "approvedPlans",
         count(*) filter (where num_nonnulls(a.owner_user_id, a.owner_stakeholder_group_id, a.owner_working_group_id) = 0)::int as "actionsWithoutOwner",
         count(*) filter (where a.due_date is null)::int as "actionsWithoutDueDate"
         from actions a join action_plans p on p.id = a.plan_id
        where a.process_id = $1 and p.status = 'approved' and a.status <> 'dropped'`,
      [processId],
    );
    return rows[0];
  }
}
