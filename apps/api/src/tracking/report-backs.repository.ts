import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface LastReportBack {
  userId: string;
  reportedOn: string;
  note: string;
}

/** Report-backs that happened (append-only). */
@Injectable()
export class ReportBacksRepository {
  async insert(
    em: EntityManager,
    report: { workspaceId: string; processId: string; userId: string; reportedOn: string; note: string; recordedBy: string },
  ): Promise<string> {
    const [{ id }] = await em.query<{ id: string }[]>(
      `insert into report_backs (workspace_id, process_id, user_id, reported_on, note, recorded_by) values ($1, $2, $3, $4, $5, $6) returning id`,
      [report.workspaceId, report.processId, report.userId, report.reportedOn, report.note, report.recordedBy],
    );
    return id;
  }

  /** Each participant's latest report-back (by date, then by when it was recorded). */
  latest(em: EntityManager, processId: string): Promise<LastReportBack[]> {
    return em.query<LastReportBack[]>(
      `select distinct on (user_id) user_id as "userId", reported_on::text as "reportedOn", note
         from report_backs where process_id = $1 order by user_id, reported_on desc, created_at desc`,
      [processId],
    );
  }
}
