import { type MilestoneState } from '@common-ground/domain';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { Badge } from '../../../components/states';
import { commonMessages } from '../../../i18n/common-messages';

export const MILESTONE_STATE_TONES: Record<MilestoneState, 'neutral' | 'accent' | 'muted' | 'warning'> = {
  reached: 'accent',
  overdue: 'warning',
  due_soon: 'neutral',
  upcoming: 'muted',
};

/** Where a milestone stands (libs/domain's MILESTONE_STATE_LABELS), keyed by state. */
export const MILESTONE_STATE_MESSAGES = untyped(
  defineMessages({
    reached: { id: 'tracking.milestoneState.reached', defaultMessage: 'Reached' },
    overdue: { id: 'tracking.milestoneState.overdue', defaultMessage: 'Overdue' },
    due_soon: { id: 'tracking.milestoneState.due_soon', defaultMessage: 'Due soon' },
    upcoming: { id: 'tracking.milestoneState.upcoming', defaultMessage: 'Upcoming' },
  }),
) satisfies Record<MilestoneState, MessageDescriptor>;

const m = untyped(
  defineMessages({
    quickWin: { id: 'tracking.labels.quickWin', defaultMessage: 'Quick win' },
    percent: { id: 'tracking.labels.percent', defaultMessage: '{percent} %' },
  }),
);

export function MilestoneStateBadge({ state }: { state: MilestoneState }) {
  const intl = useIntl();
  return <Badge tone={MILESTONE_STATE_TONES[state]}>{intl.formatMessage(MILESTONE_STATE_MESSAGES[state])}</Badge>;
}

export function QuickWinBadge() {
  const intl = useIntl();
  return <Badge tone="accent">{intl.formatMessage(m.quickWin)}</Badge>;
}

/** A share from 0 to 1 as a bar; the text beside it says the same for those who do not see the bar. */
export function ShareBar({ share, label }: { share: number | null; label: string }) {
  const intl = useIntl();
  return (
    <span className="share">
      <progress className="share-bar" max={1} value={share ?? 0} aria-label={label} />
      <span className="share-text">
        {share === null
          ? intl.formatMessage(commonMessages.none)
          : intl.formatMessage(m.percent, { percent: String(Math.round(share * 100)) })}
      </span>
    </span>
  );
}
