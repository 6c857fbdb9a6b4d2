import { MILESTONE_STATE_LABELS, type MilestoneState } from '@common-ground/domain';
import { Badge } from '../../../components/states';

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
