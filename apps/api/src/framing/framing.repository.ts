import { Injectable } from '@nestjs/common';
import type { VisionKind } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { updateIfCurrent } from '../common/db/update-if-current';
import { VisionStatementEntity } from './framing.entity';

export interface ProblemVersionRow {
  number: number;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
  agreedOn: string | null;
}

export type ProblemSummaryRow = Omit<ProblemVersionRow, 'text'> & { excerpt: string };

export interface VisionRow {
  id: string;
  kind: VisionKind;
  stakeholderGroupId: string | null;
  perspective: string | null;
  text: string;
  agreedOn: string | null;
  version: number;
  updatedBy: string;
  editorName: string;
  updatedAt: Date;
}

const EXCERPT_LENGTH = 160;

/** The problem statement's versions and the vision statements. Dates come back as `YYYY-MM-DD` text. */
@Injectable()
export class FramingRepository {
  problemHistory(em: EntityManager, processId: string): Promise<ProblemSummaryRow[]> {
    return em.query<ProblemSummaryRow[]>(
      `select v.number, left(v.text, ${EXCERPT_LENGTH}) as excerpt, v.created_by as "authorId", u.display_name as "authorName",
              v.created_at as "createdAt", v.agreed_on::text as "agreedOn"
         from problem_statement_versions v join users u on u.id = v.created_by
        where v.process_id = $1 order by v.number desc`,
      [processId],
    );
  }

  /** One version by number, or the current one when `number` is null. */
  async problemVersion(em: EntityManager, processId: string, number: number | null): Promise<ProblemVersionRow | null> {
    const rows = await em.query<ProblemVersionRow[]>(
      `select v.number, v.text, v.created_by as "authorId", u.display_name as "authorName", v.created_at as "createdAt", v.agreed_on::text as "agreedOn"
         from problem_statement_versions v join users u on u.id = v.created_by
        where v.process_id = $1 and ($2::int is null or v.number = $2) order by v.number desc limit 1`,
      [processId, number],
    );
    return rows[0] ?? null;
  }

  /**
   * Appends version `base + 1` only if `base` is still the newest. Two saves on the same base race for the
   * same number: the unique key lets one in and the other gets nothing back, which is a conflict.
   */
  async appendProblemVersion(
    em: EntityManager,
    row: { workspaceId: string; processId: string; base: number; text: string; authorId: string },
  ): Promise<boolean> {
    const inserted = await em.query<unknown[]>(
      `insert into problem_statement_versions (workspace_id, process_id, number, text, created_by)
       select $1, $2, $3::int + 1, $4, $5
        where coalesce((select max(number) from problem_statement_versions where process_id = $2), 0) = $3
       on conflict do nothing returning number`,
      [row.workspaceId, row.processId, row.base, row.text, row.authorId],
    );
    return inserted.length > 0;
  }

  /**
   * Records (or clears) the agreement of version `number`, only while it is the newest. (The UPDATE sits
   * in a CTE because TypeORM answers a bare UPDATE … RETURNING with [rows, count], not rows.)
   */
  async agreeProblemVersion(
    em: EntityManager,
    processId: string,
    number: number,
    agreedOn: string | null,
    userId: string,
  ): Promise<boolean> {
    const updated = await em.query<unknown[]>(
      `with agreed as (
         update problem_statement_versions set agreed_on = $3, agreed_by = $4
          where process_id = $1 and number = $2 and number = (select max(number) from problem_statement_versions where process_id = $1)
          returning number)
       select number from agreed`,
      [processId, number, agreedOn, agreedOn === null ? null : userId],
    );
    return updated.length > 0;
  }

  listVisions(em: EntityManager, processId: string, id: string | null = null): Promise<VisionRow[]> {
    return em.query<VisionRow[]>(
      `select v.id, v.kind, v.stakeholder_group_id as "stakeholderGroupId", coalesce(g.name, v.perspective) as perspective, v.text,
              v.agreed_on::text as "agreedOn", v.version, v.updated_by as "updatedBy", u.display_name as "editorName", v.updated_at as "updatedAt"
         from vision_statements v join users u on u.id = v.updated_by
         left join stakeholder_groups g on g.id = v.stakeholder_group_id
        where v.process_id = $1 and ($2::uuid is null or v.id = $2)
        order by v.kind = 'joint', lower(coalesce(g.name, v.perspective)), v.id`,
      [processId, id],
    );
  }

  findVision(em: EntityManager, processId: string, id: string): Promise<VisionStatementEntity | null> {
    return em.findOneBy(VisionStatementEntity, { processId, id });
  }

  /** The new vision's id, or null when the process already has a vision for this perspective (or a joint one). */
  async insertVision(
    em: EntityManager,
    vision: Pick<
      VisionStatementEntity,
      'workspaceId' | 'processId' | 'kind' | 'stakeholderGroupId' | 'perspective' | 'text' | 'agreedOn' | 'updatedBy'
    >,
  ): Promise<string | null> {
    const rows = await em.query<{ id: string }[]>(
      `insert into vision_statements (workspace_id, process_id, kind, stakeholder_group_id, perspective, text, agreed_on, updated_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning id`,
      [
        vision.workspaceId,
        vision.processId,
        vision.kind,
        vision.stakeholderGroupId,
        vision.perspective,
        vision.text,
        vision.agreedOn,
        vision.updatedBy,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Applies the change at `version`; false when someone changed the vision first. */
  async updateVision(
    em: EntityManager,
    id: string,
    version: number,
    change: { text: string; agreedOn: string | null; updatedBy: string },
  ): Promise<boolean> {
    return updateIfCurrent(em, VisionStatementEntity, { id }, version, change);
  }

  async deleteVision(em: EntityManager, id: string): Promise<void> {
    await em.delete(VisionStatementEntity, { id });
  }

  /** The process's stakeholder groups, for naming a perspective and listing those without a vision. */
  stakeholderGroups(em: EntityManager, processId: string): Promise<{ id: string; name: string }[]> {
    return em.query<{ id: string; name: string }[]>('select id, name from stakeholder_groups where process_id = $1 order by position, id', [
      processId,
    ]);
  }
}
