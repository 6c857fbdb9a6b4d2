import type { ActionStatus, IndicatorDirection, OwnerKind, PlanStatus, WheelArea, WorkingGroupKind } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { Badge } from '../../../components/states';

export const PLAN_STATUS_TONES: Record<PlanStatus, 'neutral' | 'accent' | 'muted' | 'warning'> = {
  draft: 'muted',
  proposed: 'warning',
  approved: 'accent',
};

export const ACTION_STATUS_TONES: Record<ActionStatus, 'neutral' | 'accent' | 'muted' | 'warning'> = {
  planned: 'neutral',
  in_progress: 'accent',
  done: 'accent',
  blocked: 'warning',
  dropped: 'muted',
};

/** The plan vocabulary of libs/domain as messages keyed by the domain value. */
export const PLAN_STATUS_MESSAGES = defineMessages<PlanStatus>({
  draft: { id: 'plans.planStatus.draft', defaultMessage: 'Draft' },
  proposed: { id: 'plans.planStatus.proposed', defaultMessage: 'Proposed' },
  approved: { id: 'plans.planStatus.approved', defaultMessage: 'Approved' },
});

export const ACTION_STATUS_MESSAGES = defineMessages<ActionStatus>({
  planned: { id: 'plans.actionStatus.planned', defaultMessage: 'Planned' },
  in_progress: { id: 'plans.actionStatus.in_progress', defaultMessage: 'In progress' },
  done: { id: 'plans.actionStatus.done', defaultMessage: 'Done' },
  blocked: { id: 'plans.actionStatus.blocked', defaultMessage: 'Blocked' },
  dropped: { id: 'plans.actionStatus.dropped', defaultMessage: 'Dropped' },
});

export const WORKING_GROUP_KIND_MESSAGES = defineMessages<WorkingGroupKind>({
  working_group: { id: 'plans.workingGroupKind.working_group', defaultMessage: 'Working group' },
  task_force: { id: 'plans.workingGroupKind.task_force', defaultMessage: 'Task force' },
});

export const OWNER_KIND_MESSAGES = defineMessages<OwnerKind>({
  member: { id: 'plans.ownerKind.member', defaultMessage: 'Person' },
  stakeholder_group: { id: 'plans.ownerKind.stakeholder_group', defaultMessage: 'Stakeholder group' },
  working_group: { id: 'plans.ownerKind.working_group', defaultMessage: 'Working group' },
});

export const WHEEL_AREA_MESSAGES = defineMessages<WheelArea>({
  joint_capacity_building: { id: 'plans.wheelArea.joint_capacity_building', defaultMessage: 'Joint capacity building' },
  joint_assessment: { id: 'plans.wheelArea.joint_assessment', defaultMessage: 'Joint assessment' },
  joint_planning: { id: 'plans.wheelArea.joint_planning', defaultMessage: 'Joint planning' },
  joint_implementation: { id: 'plans.wheelArea.joint_implementation', defaultMessage: 'Joint implementation' },
  joint_monitoring_evaluation: { id: 'plans.wheelArea.joint_monitoring_evaluation', defaultMessage: 'Joint monitoring and evaluation' },
});

/** In a sentence ("Target · should increase"). */
export const INDICATOR_DIRECTION_MESSAGES = defineMessages<IndicatorDirection>({
  increase: { id: 'plans.indicatorDirection.increase', defaultMessage: 'should increase' },
  decrease: { id: 'plans.indicatorDirection.decrease', defaultMessage: 'should decrease' },
});

const messages = defineMessages({
  overdue: { id: 'plans.overdue', defaultMessage: 'Overdue' },
});

export function OverdueBadge() {
  const intl = useIntl();
  return <Badge tone="warning">{intl.formatMessage(messages.overdue)}</Badge>;
}
