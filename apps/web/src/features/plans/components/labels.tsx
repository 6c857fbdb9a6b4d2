import type { ActionStatus, PlanStatus } from '@common-ground/domain';
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

export function OverdueBadge() {
  return <Badge tone="warning">Overdue</Badge>;
}
