import { Injectable } from '@nestjs/common';
import type { ConsultationChannel, InterestLevel, ProspectStatus } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { updateIfCurrent } from '../common/db/update-if-current';
import { ProspectConsultationEntity, ProspectEntity } from './prospect.entity';
import { containsPattern } from '../common/db/like';
import type { Page } from './register.repository';

export interface ProspectRow {
  id: string;
  name: string;
  organisation: string | null;
  stakeholderId: string | null;
  stakeholderName: string | null;
  /** null when the query left personal data out. */
  email: string | null;
  status: ProspectStatus;
  statusChangedAt: Date;
  consultations: number;
  lastConsultedOn: string | null;
  version: number;
  createdAt: Date;
}

export interface ProspectFilter {
  search: string | null;
  status: ProspectStatus | null;
  stakeholderId: string | null;
  offset: number;
  limit: number;
  withEmail: boolean;
}

export type ProspectChanges = Partial<
  Pick<ProspectEntity, 'name' | 'organisation' | 'stakeholderId' | 'email' | 'status' | 'statusChangedAt'>
>;

export interface ConsultationRow {
  id: string;
  heldOn: string;
  channel: ConsultationChannel;
  interest: InterestLevel;
  concerns: string | null;
  outcome: string | null;
  recordedBy: string;
  recorderName: string;
  createdAt: Date;
}

export interface LinkedProspectRow {
  id: string;
  name: string;
  status: ProspectStatus;
}

const prospectSelect = (withEmail: boolean) =>
  `select p.id, p.name, p.organisation, p.stakeholder_id as "stakeholderId", s.name as "stakeholderName",
          ${withEmail ? 'p.email' : 'null'} as email, p.status, p.status_changed_at as "statusChangedAt",
          c.count as consultations, c.last as "lastConsultedOn", p.version, p.created_at as "createdAt"
     from prospects p
     left join stakeholders s on s.id = p.stakeholder_id
     cross join lateral (
       select count(*)::int as count, to_char(max(k.held_on), 'YYYY-MM-DD') as last from prospect_consultations k where k.prospect_id = p.id
     ) c`;

/** Queries of prospective participants and the log of consultations with them. */
@Injectable()
export class ProspectsRepository {
  async list(em: EntityManager, processId: string, filter: ProspectFilter): Promise<Page<ProspectRow>> {
    const params: unknown[] = [processId];
    const where = ['p.process_id = $1'];
    if (filter.search) {
      params.push(containsPattern(filter.search));
      where.push(`(p.name ilike $${params.length} or p.organisation ilike $${params.length})`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`p.status = $${params.length}`);
    }
    if (filter.stakeholderId) {
      params.push(filter.stakeholderId);
      where.push(`p.stakeholder_id = $${params.length}`);
    }
    const condition = where.join(' and ');
    const rows = await em.query<ProspectRow[]>(
      `${prospectSelect(filter.withEmail)} where ${condition} order by lower(p.name), p.id limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    const count = await em.query<{ total: number }[]>(`select count(*)::int as total from prospects p where ${condition}`, params);
    return { rows, total: count[0].total };
  }

  async find(em: EntityManager, processId: string, id: string, withEmail: boolean): Promise<ProspectRow | null> {
    const rows = await em.query<ProspectRow[]>(`${prospectSelect(withEmail)} where p.process_id = $1 and p.id = $2`, [processId, id]);
    return rows[0] ?? null;
  }

  async insert(
    em: EntityManager,
    row: Pick<ProspectEntity, 'workspaceId' | 'processId' | 'name' | 'organisation' | 'stakeholderId' | 'email'>,
  ): Promise<string> {
    const result = await em.insert(ProspectEntity, row);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies the changes only at `version`; false when someone else changed the prospect first. */
  async update(em: EntityManager, processId: string, id: string, version: number, changes: ProspectChanges): Promise<boolean> {
    return updateIfCurrent(em, ProspectEntity, { processId, id }, version, changes);
  }

  async delete(em: EntityManager, processId: string, id: string): Promise<boolean> {
    const result = await em.delete(ProspectEntity, { processId, id });
    return result.affected === 1;
  }

  consultations(em: EntityManager, prospectId: string): Promise<ConsultationRow[]> {
    return em.query<ConsultationRow[]>(
      `select k.id, to_char(k.held_on, 'YYYY-MM-DD') as "heldOn", k.channel, k.interest, k.concerns, k.outcome,
              k.recorded_by as "recordedBy", u.display_name as "recorderName", k.created_at as "createdAt"
         from prospect_consultations k join users u on u.id = k.recorded_by
        where k.prospect_id = $1 order by k.held_on desc, k.created_at desc, k.id`,
      [prospectId],
    );
  }

  /** Appends to the log unless it already holds `cap` consultations: the new consultation's id, or null then. */
  async insertConsultation(
    em: EntityManager,
    row: Pick<
      ProspectConsultationEntity,
      'workspaceId' | 'prospectId' | 'heldOn' | 'channel' | 'interest' | 'concerns' | 'outcome' | 'recordedBy'
    >,
    cap: number,
  ): Promise<string | null> {
    const rows = await em.query<{ id: string }[]>(
      `insert into prospect_consultations (workspace_id, prospect_id, held_on, channel, interest, concerns, outcome, recorded_by)
       select $1, $2, $3, $4, $5, $6, $7, $8 where (select count(*) from prospect_consultations where prospect_id = $2) < $9
       returning id`,
      [row.workspaceId, row.prospectId, row.heldOn, row.channel, row.interest, row.concerns, row.outcome, row.recordedBy, cap],
    );
    return rows[0]?.id ?? null;
  }

  async deleteConsultation(em: EntityManager, prospectId: string, id: string): Promise<boolean> {
    const result = await em.delete(ProspectConsultationEntity, { prospectId, id });
    return result.affected === 1;
  }

  /** Prospects who would represent this stakeholder. */
  linkedTo(em: EntityManager, processId: string, stakeholderId: string): Promise<LinkedProspectRow[]> {
    return em.query<LinkedProspectRow[]>(
      'select id, name, status from prospects where process_id = $1 and stakeholder_id = $2 order by lower(name), id',
      [processId, stakeholderId],
    );
  }
}
