import { Injectable } from '@nestjs/common';
import { assertReportedOn, can, DomainError, DomainErrorCode, localDate, reportBackDue, invalidInput } from '@common-ground/domain';
import { AgreementsRepository, type AccountabilityRow } from '../agreements/agreements.repository';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import type { ProcessEntity } from '../processes/process.entity';
import type { RecordReportBackDto, ReportBackEntryDto, ReportBackScheduleDto } from './dto/report-back.dto';
import { type LastReportBack, ReportBacksRepository } from './report-backs.repository';

/**
 * The feedback loop (Lesson 11 §6): who owes a report-back to whom and when, from the accountability map,
 * and the record that one happened, which moves the next due date.
 */
@Injectable()
export class ReportBacksService {
  constructor(
    private readonly reportBacks: ReportBacksRepository,
    private readonly agreements: AgreementsRepository,
  ) {}

  async schedule(ctx: RequestContext): Promise<ReportBackScheduleDto> {
    const process = processOf(ctx);
    const today = localDate(new Date(), process.timezone);
    const rows = await this.agreements.accountabilityMap(ctx.em, process.id);
    const latest = await this.reportBacks.latest(ctx.em, process.id);
    const last = new Map(latest.map((report) => [report.userId, report]));
    const items = rows.map((row) => this.entry(ctx, process, today, row, last.get(row.userId)));
    return { items, overdue: items.filter((item) => item.overdue).length, today };
  }

  /** Staff record anyone's report-back; a participant only their own (403 otherwise). */
  async record(ctx: RequestContext, userId: string, dto: RecordReportBackDto): Promise<ReportBackEntryDto> {
    const process = processOf(ctx);
    if (!this.recordsForOthers(ctx) && userId !== ctx.actor.id) {
      throw new DomainError(DomainErrorCode.FORBIDDEN, 'You can record only your own report-backs.');
    }
    const row = (await this.agreements.accountabilityMap(ctx.em, process.id)).find((item) => item.userId === userId);
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person is not an active participant of the process.');
    if (!row.entry) {
      throw invalidInput(
        'reportBackScheduleMissing',
        'Record first to whom this participant reports and how often (the accountability map on the Agreements tab).',
      );
    }
    assertReportedOn(dto.reportedOn, localDate(new Date(), process.timezone));
    const id = await this.reportBacks.insert(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      userId,
      reportedOn: dto.reportedOn,
      note: dto.note ?? '',
      recordedBy: ctx.actor.id,
    });
    await this.agreements.recordReportBack(ctx.em, process.id, userId, dto.reportedOn, process.timezone);
    // The note stays in the record; the event says whose report-back and for which day.
    recordAudit(ctx, { objectType: 'report_back', action: 'recorded', objectId: id, payload: { userId, reportedOn: dto.reportedOn } });
    return (await this.schedule(ctx)).items.find((item) => item.userId === userId) as ReportBackEntryDto;
  }

  /** Those who keep the accountability map record report-backs for anyone. */
  private recordsForOthers(ctx: RequestContext): boolean {
    return can(ctx.grants, 'accountability.manage') && can(ctx.grants, 'reportBacks.record');
  }

  private entry(
    ctx: RequestContext,
    process: ProcessEntity,
    today: string,
    row: AccountabilityRow,
    last: LastReportBack | undefined,
  ): ReportBackEntryDto {
    const { entry } = row;
    const due = entry ? reportBackDue(entry.frequency, new Date(entry.lastReportedAt ?? entry.createdAt), process.timezone, today) : null;
    const mayRecord =
      entry !== null &&
      process.status === 'active' &&
      can(ctx.grants, 'reportBacks.record') &&
      (this.recordsForOthers(ctx) || row.userId === ctx.actor.id);
    return {
      userId: row.userId,
      displayName: row.displayName,
      scheduled: entry !== null,
      accountableTo: entry?.accountableTo ?? null,
      constituency: entry?.constituency ?? null,
      channel: entry?.channel ?? null,
      frequency: entry?.frequency ?? null,
      lastReportedOn: last?.reportedOn ?? (entry?.lastReportedAt ? localDate(new Date(entry.lastReportedAt), process.timezone) : null),
      lastNote: last?.note ?? null,
      dueOn: due?.dueOn ?? null,
      overdue: due?.overdue ?? false,
      mayRecord,
    };
  }
}
