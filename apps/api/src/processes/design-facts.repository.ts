import { Injectable } from '@nestjs/common';
import type { DoNoHarmAnswers } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { activeParticipant } from '../common/db/fragments';

export interface DesignFactsRow {
  criteria: string | null;
  doNoHarmAnswers: DoNoHarmAnswers | null;
  doNoHarmCompleted: boolean;
  indispensableGroups: number;
  unrepresentedIndispensable: string[];
}

/** What the Acquaint gate reads about the Design phase's preparation, in one statement. */
@Injectable()
export class DesignFactsRepository {
  async read(em: EntityManager, processId: string): Promise<DesignFactsRow> {
    const rows = await em.query<DesignFactsRow[]>(
      `select
         (select criteria from selection_criteria where process_id = $1) as criteria,
         (select answers from do_no_harm_assessments where process_id = $1) as "doNoHarmAnswers",
         exists (select 1 from do_no_harm_assessments where process_id = $1 and completed_at is not null) as "doNoHarmCompleted",
         (select count(*) from stakeholder_groups where process_id = $1 and indispensable)::int as "indispensableGroups",
         array(select g.name from stakeholder_groups g
                where g.process_id = $1 and g.indispensable
                  and not exists (select 1 from process_members m
                                   where m.process_id = $1 and m.stakeholder_group_id = g.id and ${activeParticipant('m')})
                order by g.position, g.id) as "unrepresentedIndispensable"`,
      [processId],
    );
    return rows[0];
  }
}
