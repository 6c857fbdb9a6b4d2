import type { ActionStatus, PlanStatus } from '@common-ground/domain';
import { Badge } from '../../../components/states';
import { formatDay } from '../../../lib/format';

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

/** Whether the group agreed a statement, and when. */
export function AgreedBadge({ agreedOn }: { agreedOn: string | null }) {
  return agreedOn ? <Badge tone="accent">Agreed {formatDay(agreedOn)}</Badge> : <Badge tone="muted">Not agreed yet</Badge>;
}

export function OverdueBadge() {
  return <Badge tone="warning">Overdue</Badge>;
}
