import { Injectable } from '@nestjs/common';
import type { DiversityTargets, DoNoHarmAnswers, InclusionGroup, InclusionParticipant } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { activeParticipant } from '../common/db/fragments';
import { updateIfCurrent } from '../common/db/update-if-current';
import { DoNoHarmAssessmentEntity, ParticipantDemographicsEntity, SelectionCriteriaEntity } from './selection.entity';

export interface CriteriaRow extends SelectionCriteriaEntity {
  updaterName: string;
}

export interface DoNoHarmRow extends DoNoHarmAssessmentEntity {
  completerName: string | null;
}

export interface ConceptNoteRow {
  number: number;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
}

export interface InclusionFacts {
  participants: InclusionParticipant[];
  groups: InclusionGroup[];
  targets: DiversityTargets | null;
}

/** Selection criteria, the Do-No-Harm assessment, the concept note and self-declared demographics. */
@Injectable()
export class SelectionRepository {
  async findCriteria(em: EntityManager, processId: string): Promise<CriteriaRow | null> {
    const rows = await em
      .createQueryBuilder(SelectionCriteriaEntity, 'c')
      .innerJoin('c.updater', 'u')
      .addSelect('u.display_name', 'updater_name')
      .where('c.process_id = :processId', { processId })
      .getRawAndEntities();
    const entity = rows.entities[0];
    return entity ? Object.assign(entity, { updaterName: (rows.raw[0] as { updater_name: string }).updater_name }) : null;
  }

  /** Inserts at version 0, otherwise updates at `version`; false when someone saved first. */
  async saveCriteria(em: EntityManager, row: Omit<SelectionCriteriaEntity, 'version' | 'updatedAt'>, version: number): Promise<boolean> {
    if (version === 0) {
      const result = await em
        .createQueryBuilder()
        .insert()
        .into(SelectionCriteriaEntity)
        .values(row)
        .orIgnore()
        .returning('process_id')
        .execute();
      return (result.raw as unknown[]).length > 0;
    }
    const { processId, workspaceId: _workspaceId, ...fields } = row;
    return updateIfCurrent(em, SelectionCriteriaEntity, { processId }, version, fields);
  }

  async findDoNoHarm(em: EntityManager, processId: string): Promise<DoNoHarmRow | null> {
    const rows = await em
      .createQueryBuilder(DoNoHarmAssessmentEntity, 'd')
      .leftJoin('d.completer', 'u')
      .addSelect('u.display_name', 'completer_name')
      .where('d.process_id = :processId', { processId })
      .getRawAndEntities();
    const entity = rows.entities[0];
    return entity ? Object.assign(entity, { completerName: (rows.raw[0] as { completer_name: string | null }).completer_name }) : null;
  }

  /**
   * Saves the answers at `version`; false on a conflict. Changed answers clear the convener's "complete"
   * mark: what was marked complete is no longer what is written.
   */
  async saveDoNoHarmAnswers(
    em: EntityManager,
    key: { workspaceId: string; processId: string },
    answers: DoNoHarmAnswers,
    userId: string,
    version: number,
  ): Promise<boolean> {
    const rows =
      version === 0
        ? await em.query<unknown[]>(
            `insert into do_no_harm_assessments (workspace_id, process_id, answers, updated_by) values ($1, $2, $3, $4)
             on conflict do nothing returning process_id`,
            [key.workspaceId, key.processId, JSON.stringify(answers), userId],
          )
        : await em.query<unknown[]>(
            `with changed as (
               update do_no_harm_assessments
                  set completed_at = case when answers = $2::jsonb then completed_at end,
                      completed_by = case when answers = $2::jsonb then completed_by end,
                      answers = $2, updated_by = $3, updated_at = now(), version = version + 1
                where process_id = $1 and version = $4 returning process_id)
             select process_id from changed`,
            [key.processId, JSON.stringify(answers), userId, version],
          );
    return rows.length === 1;
  }

  async completeDoNoHarm(em: EntityManager, processId: string, userId: string, version: number): Promise<boolean> {
    return updateIfCurrent(em, DoNoHarmAssessmentEntity, { processId }, version, { completedAt: () => 'now()', completedBy: userId });
  }

  async latestConceptNote(em: EntityManager, processId: string): Promise<ConceptNoteRow | null> {
    return (await this.conceptNotes(em, processId, 'order by v.number desc limit 1'))[0] ?? null;
  }

  async conceptNoteVersion(em: EntityManager, processId: string, number: number): Promise<ConceptNoteRow | null> {
    return (await this.conceptNotes(em, processId, 'and v.number = $2', [number]))[0] ?? null;
  }

  /** Versions newest first, without their text. */
  async listConceptNoteVersions(
    em: EntityManager,
    processId: string,
    before: number | null,
    limit: number,
  ): Promise<Omit<ConceptNoteRow, 'body'>[]> {
    return em.query<Omit<ConceptNoteRow, 'body'>[]>(
      `select v.number, v.author_id as "authorId", u.display_name as "authorName", v.created_at as "createdAt"
         from concept_note_versions v join users u on u.id = v.author_id
        where v.process_id = $1 and ($2::int is null or v.number < $2) order by v.number desc limit $3`,
      [processId, before, limit],
    );
  }

  /**
   * Adds version baseVersion + 1, only if baseVersion is the latest; false when someone saved first.
   * Two saves from the same base race on the unique (process_id, number): the loser waits for the winner
   * and then inserts nothing. `on conflict do nothing` rather than catching the violation, because a
   * failed statement aborts the transaction and the caller still has to read the winner's version.
   */
  async insertConceptNote(
    em: EntityManager,
    note: { workspaceId: string; processId: string; body: string; authorId: string },
    baseVersion: number,
  ): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `insert into concept_note_versions (workspace_id, process_id, number, body, author_id)
       select $1, $2, $3 + 1, $4, $5
        where (select coalesce(max(number), 0) from concept_note_versions where process_id = $2) = $3
       on conflict (process_id, number) do nothing
       returning id`,
      [note.workspaceId, note.processId, baseVersion, note.body, note.authorId],
    );
    return rows.length === 1;
  }

  private conceptNotes(em: EntityManager, processId: string, clause: string, params: unknown[] = []): Promise<ConceptNoteRow[]> {
    return em.query<ConceptNoteRow[]>(
      `select v.number, v.body, v.author_id as "authorId", u.display_name as "authorName", v.created_at as "createdAt"
         from concept_note_versions v join users u on u.id = v.author_id where v.process_id = $1 ${clause}`,
      [processId, ...params],
    );
  }

  findDemographics(em: EntityManager, processId: string, userId: string): Promise<ParticipantDemographicsEntity | null> {
    return em.findOneBy(ParticipantDemographicsEntity, { processId, userId });
  }

  async saveDemographics(em: EntityManager, row: Omit<ParticipantDemographicsEntity, 'updatedAt'>): Promise<void> {
    await em.query(
      `insert into participant_demographics (workspace_id, process_id, user_id, gender, age_band, region, wheel_areas)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (process_id, user_id) do update
          set gender = excluded.gender, age_band = excluded.age_band, region = excluded.region, wheel_areas = excluded.wheel_areas, updated_at = now()`,
      [row.workspaceId, row.processId, row.userId, row.gender, row.ageBand, row.region, row.wheelAreas],
    );
  }

  /** Withdrawing every answer removes the record rather than keeping an empty one. */
  async deleteDemographics(em: EntityManager, processId: string, userId: string): Promise<void> {
    await em.query('delete from participant_demographics where process_id = $1 and user_id = $2', [processId, userId]);
  }

  /** The seats (participants who are not alternates) with their declarations, the groups and the targets, in one statement. */
  async inclusionFacts(em: EntityManager, processId: string): Promise<InclusionFacts> {
    const rows = await em.query<{ participants: InclusionParticipant[]; groups: InclusionGroup[]; targets: DiversityTargets | null }[]>(
      `select
         coalesce((select json_agg(json_build_object(
                    'groupId', m.stakeholder_group_id,
                    'demographics', case when d.user_id is null then null else json_build_object(
                       'gender', d.gender, 'ageBand', d.age_band, 'region', d.region, 'wheelAreas', d.wheel_areas) end))
                     from process_members m
                     left join participant_demographics d on d.process_id = m.process_id and d.user_id = m.user_id
                    where m.process_id = $1 and ${activeParticipant('m')}), '[]') as participants,
         coalesce((select json_agg(json_build_object('id', g.id, 'name', g.name, 'indispensable', g.indispensable) order by g.position, g.id)
                     from stakeholder_groups g where g.process_id = $1), '[]') as groups,
         (select json_build_object('minWomenPercent', c.min_women_percent, 'everyIndispensableGroup', c.every_indispensable_group,
                                   'minRegions', c.min_regions, 'ageBandMinimums', c.age_band_minimums)
            from selection_criteria c where c.process_id = $1) as targets`,
      [processId],
    );
    return rows[0];
  }

  /** Checks for a new process invitation, in one statement. */
  async invitationChecks(
    em: EntityManager,
    processId: string,
    email: string,
    groupId: string | null,
    principalId: string | null,
  ): Promise<{ alreadyMember: boolean; groupExists: boolean; principalIsParticipant: boolean }> {
    const rows = await em.query<{ alreadyMember: boolean; groupExists: boolean; principalIsParticipant: boolean }[]>(
      `select exists (select 1 from process_members m join users u on u.id = m.user_id where m.process_id = $1 and lower(u.email) = lower($2)) as "alreadyMember",
              exists (select 1 from stakeholder_groups where process_id = $1 and id = $3) as "groupExists",
              exists (select 1 from process_members where process_id = $1 and user_id = $4 and ${activeParticipant('process_members')}) as "principalIsParticipant"`,
      [processId, email, groupId, principalId],
    );
    return rows[0];
  }
}
