import { MILESTONE_STATE_LABELS, type ActionStatus, type MilestoneState, type PlanStatus } from '@common-ground/domain';
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

export const MILESTONE_STATE_TONES: Record<MilestoneState, 'neutral' | 'accent' | 'muted' | 'warning'> = {
  reached: 'accent',
  overdue: 'warning',
  due_soon: 'neutral',
  upcoming: 'muted',
};

export function MilestoneStateBadge({ state }: { state: MilestoneState }) {
  return <Badge tone={MILESTONE_STATE_TONES[state]}>{MILESTONE_STATE_LABELS[state]}</Badge>;
}

export function QuickWinBadge() {
  return <Badge tone="accent">Quick win</Badge>;
}

/** A share from 0 to 1 as a bar; the text beside it says the same for those who do not see the bar. */
export function ShareBar({ share, label }: { share: number | null; label: string }) {
  return (
    <span className="share">
      <progress className="share-bar" max={1} value={share ?? 0} aria-label={label} />
      <span className="share-text">{share === null ? '—' : `${String(Math.round(share * 100))} %`}</span>
    </span>
  );
}
