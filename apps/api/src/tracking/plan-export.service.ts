import { Injectable } from '@nestjs/common';
import {
  ACTION_STATUS_LABELS,
  DomainError,
  DomainErrorCode,
  formatCalendarDay,
  formatInstantInZone,
  isOverdue,
  localDate,
  neutralizeFormula,
  PLAN_STATUS_LABELS,
  WHEEL_AREA_LABELS,
} from '@common-ground/domain';
import { stringify } from 'csv-stringify/sync';
import { processOf, type RequestContext } from '../common/request-context';
import { CostsRepository } from './costs.repository';
import { type ActionRow, PlansRepository } from '../plans/plans.repository';

const OWNER_KIND_LABELS = { member: 'Person', stakeholder_group: 'Stakeholder group', working_group: 'Working group' } as const;

export const PLAN_CSV_HEADER = [
  'Plan',
  'Plan status',
  'Action',
  'How',
  'Owner',
  'Owner type',
  'Start',
  'Due',
  'Status',
  'Overdue',
  'Coordination Wheel area',
  'Depends on',
  'Progress %',
  'Costs',
  'Drop reason',
  'Status since',
];

/** A file name from the plan's title: letters, digits and dashes only. */
function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `action-plan-${slug || 'export'}.csv`;
}

/**
 * An action plan as CSV for a spreadsheet (RFC 4180 via csv-stringify): a header row, CRLF line ends,
 * a field quoted when it holds a comma, a quote (doubled) or a line break, UTF-8 with a byte-order mark
 * so spreadsheets read accents right, and every cell guarded against formula injection
 * (`neutralizeFormula`, libs/domain/src/spreadsheet.ts). Dates are written for people, never as raw ISO
 * strings: days as the process's language writes them, instants in the process's time zone with its name.
 */
@Injectable()
export class PlanExportService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly costs: CostsRepository,
  ) {}

  async planCsv(ctx: RequestContext, planId: string): Promise<{ name: string; content: Buffer }> {
    const process = processOf(ctx);
    const today = localDate(new Date(), process.timezone);
    // People read these cells: days and times in the process's document language, times in its zone, named.
    const locale = process.language;
    const day = (value: string | null) => (value ? formatCalendarDay(value, locale) : '');
    const plan = await this.plans.planRow(ctx.em, process.id, planId, today);
    if (!plan) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such action plan.');
    const actions = await this.plans.listActions(ctx.em, process.id, { planId: plan.id });
    const costs = new Map<string, string[]>();
    for (const sum of await this.costs.actionSums(ctx.em, plan.id))
      costs.set(sum.actionId, [...(costs.get(sum.actionId) ?? []), `${sum.amount} ${sum.currency}`]);
    const row = (action: ActionRow) => [
      plan.title,
      PLAN_STATUS_LABELS[plan.status],
      action.title,
      action.description,
      action.ownerName ?? '',
      action.ownerKind ? OWNER_KIND_LABELS[action.ownerKind] : '',
      day(action.startDate),
      day(action.dueDate),
      ACTION_STATUS_LABELS[action.status],
      isOverdue(action, today) ? 'yes' : 'no',
      action.wheelArea ? WHEEL_AREA_LABELS[action.wheelArea] : '',
      action.dependsOn.map((dependency) => dependency.title).join('; '),
      action.progressPercent === null ? '' : String(action.progressPercent),
      (costs.get(action.id) ?? []).join('; '),
      action.dropReason ?? '',
      formatInstantInZone(action.statusChangedAt, locale, process.timezone),
    ];
    const records = [PLAN_CSV_HEADER, ...actions.map(row)].map((cells) => cells.map(neutralizeFormula));
    // csv-stringify quotes a field holding the delimiter or a quote; with CRLF records it must also be told
    // to quote a lone CR or LF inside a field, or a multi-line "How" would split the row.
    const text = stringify(records, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    return { name: fileName(plan.title), content: Buffer.from(text, 'utf8') };
  }
}
