import type { ActionStatus, IndicatorDirection, PlanStatus } from '@common-ground/domain';
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
