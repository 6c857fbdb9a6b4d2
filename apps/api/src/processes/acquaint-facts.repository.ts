import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { activeParticipant } from '../common/db/fragments';

export interface AcquaintFactsRow {
  adoptedGroundRules: number;
  participants: { id: string; groupId: string | null }[];
  indispensableGroups: { id: string; name: string }[];
  withoutAccountability: number;
  grievanceProcedure: boolean;
  adoptedCharter: boolean;
  signedFor: string[];
}

/** What the Agree gate reads about the Acquaint phase's agreements, in one statement. */
@Injectable()
export class AcquaintFactsRepository {
  async read(em: EntityManager, processId: string): Promise<AcquaintFactsRow> {
    const rows = await em.query<AcquaintFactsRow[]>(
      `select
         (select count(*) from ground_rules where process_id = $1 and status = 'adopted')::int as "adoptedGroundRules",
         coalesce((select json_agg(json_build_object('id', user_id, 'groupId', stakeholder_group_id))
                     from process_members where process_id = $1 and ${activeParticipant('process_members')}), '[]') as participants,
         coalesce((select json_agg(json_build_object('id', id, 'name', name))
                     from stakeholder_groups where process_id = $1 and indispensable), '[]') as "indispensableGroups",
         (select count(*) from process_members m where m.process_id = $1 and ${activeParticipant('m')}
             and not exists (select 1 from accountability_entries a where a.process_id = m.process_id and a.user_id = m.user_id))::int as "withoutAccountability",
         exists (select 1 from grievance_procedures where process_id = $1) as "grievanceProcedure",
         exists (select 1 from charter_versions where process_id = $1 and status = 'adopted') as "adoptedCharter",
         array(select s.on_behalf_of from charter_signatures s join charter_versions v on v.id = s.version_id
                where v.process_id = $1 and v.status = 'adopted') as "signedFor"`,
      [processId],
    );
    return rows[0];
  }
}
