import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ProgressRow {
  id: string;
  actionId: string;
  body: string;
  percent: number | null;
  milestoneId: string | null;
  milestoneTitle: string | null;
  indicatorValue: number | null;
  links: string[];
  authorId: string;
  authorName: string;
  createdAt: Date;
}

export interface ProgressWrite {
  workspaceId: string;
  processId: string;
  actionId: string;
  body: string;
  percent: number | null;
  milestoneId: string | null;
  indicatorValue: number | null;
  links: readonly string[];
  authorId: string;
}

const PROGRESS_SELECT = `
  select u.id, u.action_id as "actionId", u.body, u.percent, u.milestone_id as "milestoneId", m.title as "milestoneTitle",
         u.indicator_value::float8 as "indicatorValue", u.links, u.author_id as "authorId", p.display_name as "authorName", u.created_at as "createdAt"
    from progress_updates u
    join users p on p.id = u.author_id
    left join milestones m on m.id = u.milestone_id`;

/** Progress updates on actions: an append-only timeline. */
@Injectable()
export class ProgressRepository {
  listForAction(em: EntityManager, actionId: string, page: { limit: number; offset: number }): Promise<ProgressRow[]> {
    return em.query<ProgressRow[]>(`${PROGRESS_SELECT} where u.action_id = $1 order by u.created_at desc, u.id desc limit $2 offset $3`, [
      actionId,
      page.limit,
      page.offset,
    ]);
  }

  async find(em: EntityManager, id: string): Promise<ProgressRow> {
    return (await em.query<ProgressRow[]>(`${PROGRESS_SELECT} where u.id = $1`, [id]))[0];
  }

  /** Inserts the update; a percentage also becomes the action's latest one (not a change of the action's version). */
  async insert(em: EntityManager, update: ProgressWrite): Promise<string> {
    const rows = await em.query<{ id: string }[]>(
      `insert into progress_updates (workspace_id, process_id, action_id, body, percent, milestone_id, indicator_value, links, author_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) returning id`,
      [
        update.workspaceId,
        update.processId,
        update.actionId,
        update.body,
        update.percent,
        update.milestoneId,
        update.indicatorValue,
        JSON.stringify(update.links),
        update.authorId,
      ],
    );
    if (update.percent !== null)
      await em.query('update actions set progress_percent = $2 where id = $1', [update.actionId, update.percent]);
    return rows[0].id;
  }
}
