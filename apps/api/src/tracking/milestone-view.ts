import { indicatorProgress, milestoneState } from '@common-ground/domain';
import type { MilestoneDetailDto, MilestoneDto } from './dto/milestone.dto';
import type { MilestoneRow, MilestoneValueRow } from './milestones.repository';

export function toMilestoneDto(row: MilestoneRow, today: string, mayRecord: boolean): MilestoneDto {
  const indicator = { baseline: row.baseline, target: row.target, direction: row.direction };
  return {
    id: row.id,
    planId: row.planId,
    planTitle: row.planTitle,
    actionId: row.actionId,
    actionTitle: row.actionTitle,
    title: row.title,
    dueDate: row.dueDate,
    quickWin: row.quickWin,
    indicator: { unit: row.unit, ...indicator },
    currentValue: row.currentValue,
    currentOn: row.currentOn,
    progress: indicatorProgress(indicator, row.currentValue),
    state: milestoneState({ ...indicator, dueDate: row.dueDate, current: row.currentValue }, today),
    mayRecord,
    version: row.version,
  };
}

export function toMilestoneDetail(row: MilestoneRow, values: MilestoneValueRow[], today: string, mayRecord: boolean): MilestoneDetailDto {
  return {
    ...toMilestoneDto(row, today, mayRecord),
    values: values.map((value) => ({
      id: value.id,
      value: value.value,
      measuredOn: value.measuredOn,
      note: value.note,
      recordedBy: { id: value.recordedBy, displayName: value.recorderName },
      recordedAt: new Date(value.recordedAt).toISOString(),
      progressUpdateId: value.progressUpdateId,
    })),
    today,
  };
}
